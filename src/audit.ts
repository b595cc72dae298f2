/**
 * The audit block of a result: what produced it, so that a verdict shown years later can be reproduced.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { DATA_HASH, VERSION } from './generated/data.js';
import type { Incident } from './schema.js';

/** Provenance of a result. */
export interface Audit {
  /** Package name. */
  readonly library: 'netralitas-asn';
  /** Package version. */
  readonly version: string;
  /** sha256 of the rule files, the calendars and the legal registry this version ships. */
  readonly dataHash: string;
  /** sha256 of the validated incident in canonical JSON (keys sorted). */
  readonly incidentHash: string;
}

/** JSON with object keys sorted at every level. @internal */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** @internal */
export function auditOf(incident: Incident): Audit {
  return {
    library: 'netralitas-asn',
    version: VERSION,
    dataHash: DATA_HASH,
    incidentHash: bytesToHex(sha256(utf8ToBytes(canonicalJson(incident)))),
  };
}
