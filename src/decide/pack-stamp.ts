/**
 * The audit of a result made with packs beyond the built-in law names each of them with the sha256 of its data, so a
 * result says which law decided it. One function for the library's classifier and the CLI's batch workers, so both
 * give the same bytes.
 */
import type { InvalidIncident } from '../incident/errors.js';
import { BUILT_IN_PACKS } from '../law/generated/data.js';
import type { Law } from '../law/law.js';
import { canonicalJson, sha256Hex } from './audit.js';
import { syncClassifierOf, validatedClassifierOf, type SyncClassify, type ValidatedClassify } from './classify-sync.js';
import type { Decided } from './pipeline.js';

/** The hash of each pack's data, computed once (the built-in packs are the same objects in every classifier). */
const packHashes = new WeakMap<object, string>();

/** The sha256 of a pack's data in canonical JSON. @internal */
export function packHash(data: unknown): string {
  let hash = typeof data === 'object' && data !== null ? packHashes.get(data) : undefined;
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(data));
    if (typeof data === 'object' && data !== null) packHashes.set(data, hash);
  }
  return hash;
}

/** A function that adds the law's own packs to a result's audit block. @internal */
export function packStamp(law: Law): <R extends Decided>(r: R) => R {
  const stamps = law.packs.slice(BUILT_IN_PACKS.length).map((p) => ({ id: p.id, hash: packHash(p.data) }));
  return (r) => (r.ok && stamps.length > 0 ? ({ ...r, audit: { ...r.audit, packs: stamps } } as typeof r) : r);
}

/** The synchronous classifier of a law, its results stamped with the law's own packs. @internal */
export function stampedSync(law: Law): SyncClassify {
  const sync = syncClassifierOf(law);
  const stamp = packStamp(law);
  return (input, options) => stamp(sync(input, options));
}

/** The classifier of a law for incidents it has validated, its results stamped with the law's own packs. @internal */
export function stampedValidated(law: Law): ValidatedClassify {
  const classify = validatedClassifierOf(law);
  const stamp = packStamp(law);
  return (incident, options) => stamp(classify(incident, options));
}
