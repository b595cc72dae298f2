/**
 * The audit block of a result: what produced it, so that a verdict shown years later can be reproduced.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { BUILT_IN_PACKS, LAW_FILES, VERSION } from '../law/generated/data.js';
import type { Incident } from '../incident/schema.js';


/**
 * Provenance of a result: library, version, hash of the shipped data and hash of the validated incident.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.audit.library; // 'netralitas-asn'
 * if (r.ok) r.audit.incidentHash.length; // 64 (hex sha256)
 * ```
 */
export interface Audit {
  /** Package name. */
  readonly library: 'netralitas-asn';
  /** Package version. */
  readonly version: string;
  /**
   * sha256 of the built-in law this result was computed with: the built-in packs as loaded (their rules, calendars
   * and legal registry) and the law parameters, in canonical JSON. The package ships the same data (`packs/`,
   * `law/`) and `law/data-hash.mjs`, which recomputes it.
   */
  readonly dataHash: string;
  /** sha256 of the validated incident in canonical JSON (keys sorted). */
  readonly incidentHash: string;
  /** The law packs loaded beside the built-in law (absent when none): id and sha256 of the pack in canonical JSON. */
  readonly packs?: readonly { readonly id: string; readonly hash: string }[];
}

/** JSON with object keys sorted at every level. @internal */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += (canonicalJson(value[i]) as string | undefined) ?? ''; // as Array#join writes an undefined element
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    let out = '{';
    for (const key of keys) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      if (out.length > 1) out += ',';
      out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/** sha256 (hex) of the UTF-8 encoding of a text, in plain JavaScript: works in every runtime. @internal */
export const sha256HexPortable = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

interface NodeCrypto {
  /** One-shot hash (Node >= 20.12); a string is hashed as UTF-8. */
  hash?(algorithm: 'sha256', text: string, encoding: 'hex'): string;
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}
let nodeCrypto: NodeCrypto | null | undefined;

/**
 * sha256 (hex) of the UTF-8 encoding of a text: Node's native crypto where the runtime hands it out synchronously
 * (`process.getBuiltinModule`, Node >= 20.16; several times faster, and the hash was the largest part of a
 * classification's cost), else {@link sha256HexPortable} (browsers, older Node). The same digest either way;
 * test/audit-hash.test.ts checks it.
 * @internal
 */
export function sha256Hex(text: string): string {
  if (nodeCrypto === undefined) {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    try {
      nodeCrypto = (process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? null;
    } catch {
      nodeCrypto = null;
    }
  }
  if (!nodeCrypto) return sha256HexPortable(text);
  return nodeCrypto.hash ? nodeCrypto.hash('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

let dataHash: string | undefined;

/**
 * The hash of the built-in law loaded in this process, computed from that data on first use: an edit of a built-in
 * pack (its rules, calendars, registry) or of the law parameters changes it, so a result cannot claim a law it was not
 * computed with. A classifier with packs names each further pack with its own hash (`audit.packs`).
 * @internal
 */
export function lawDataHash(): string {
  dataHash ??= sha256Hex(canonicalJson({ law: LAW_FILES, packs: BUILT_IN_PACKS }));
  return dataHash;
}

/** @internal */
export function auditOf(incident: Incident): Audit {
  return {
    library: 'netralitas-asn',
    version: VERSION,
    dataHash: lawDataHash(),
    incidentHash: sha256Hex(canonicalJson(incident)),
  };
}
