/**
 * The service's cache of serialised answers. A result is a pure function of the validated incident (and the
 * presumptions): the same facts on the same date give the same result, whoever reports them. Only the report's own
 * `reference` and the `incidentHash` of the audit block (which covers the reference) differ. So the service keeps the
 * JSON of recent answers keyed by the incident without its reference, and for a repeat writes that JSON with the
 * reference and the incident's own hash put in: the bytes `JSON.stringify(classifySync(incident))` gives, without
 * classifying or serialising again. Nothing is shared with a caller (a repeat gets bytes of its own), and the cache is
 * bounded (least recently used entries go first).
 *
 * An answer is kept only when its facts come a second time: the first time only the key is noted. An answer is about
 * 20 KB of text, and one kept for each of a stream of distinct incidents lives long enough to be moved to the old
 * generation of the heap before it is dropped unused; by a measurement, that doubled the cost of answering incidents
 * that never repeat (the fixtures in turn: 120 µs without a cache, 186 µs with one keeping every answer).
 */
import { canonicalJson, sha256Hex } from '../decide/audit.js';
import { stampedSync, stampedValidated } from '../decide/pack-stamp.js';
import { validateIn } from '../decide/pipeline.js';
import { defaultLaw, type Law } from '../law/law.js';
import { presumedIncident } from '../decide/presume.js';
import type { Presume } from '../law/presumptions.js';
import { hasActs, type Incident } from '../incident/schema.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { Verdict } from '../vocabulary/enums.js';
import { jsonText } from '../decide/result-json.js';

/** An answer as the route sends it: its JSON and what the logs record. @internal */
export interface SerialisedAnswer {
  readonly ok: true;
  /** The answer's JSON: the text of a fresh answer, the UTF-8 bytes of one from the cache. */
  readonly json: string | Uint8Array<ArrayBuffer>;
  readonly verdict: Verdict;
  readonly dataHash: string;
  readonly incidentHash: string;
  /** Whether the text came from the cache (a repeat) rather than from a classification. */
  readonly cached: boolean;
}

/** The JSON of a result without its reference, cut around the incident hash. */
interface Entry {
  /** After `{"ok":true,` up to the incident hash, as UTF-8. */
  readonly before: Buffer;
  /** After the incident hash to the end, as UTF-8. */
  readonly after: Buffer;
  readonly verdict: Verdict;
  readonly dataHash: string;
}

const HEAD = '{"ok":true,';
const HEAD_BYTES = Buffer.from(HEAD, 'utf8');

/**
 * A bounded cache of answers, and the function that answers an unvalidated body through it.
 * @example
 * ```ts
 * const answers = answerCache(512);
 * const a = answers.classify({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });
 * a.ok && typeof a.json === 'string' && JSON.parse(a.json).verdict; // 'violation' (a fresh answer is text, a repeat UTF-8 bytes)
 * ```
 * @internal
 */
export function answerCache(capacity: number, law: Law = defaultLaw()) {
  const classifySync = stampedSync(law);
  const classifyValidated = stampedValidated(law);
  const entries = new Map<string, Entry>();
  /** Keys seen once and not kept, up to four times the capacity (then the list starts again). */
  const seenOnce = new Set<string>();
  let hits = 0;
  let misses = 0;

  /** Whether the answer of `key` is to be kept: the second time it comes. */
  const worthKeeping = (key: string) => {
    if (capacity <= 0) return false;
    if (seenOnce.delete(key)) return true;
    if (seenOnce.size >= 4 * capacity) seenOnce.clear();
    seenOnce.add(key);
    return false;
  };
  const remember = (key: string, entry: Entry) => {
    if (entries.size >= capacity) entries.delete(entries.keys().next().value!);
    entries.set(key, entry);
  };

  /** Classifies `input` (under `presume`), as `classifySync` would, and returns the JSON text of its answer. */
  function classify(input: unknown, presume?: Presume): SerialisedAnswer | InvalidIncident {
    // A report with several acts is answered whole, outside the cache (the cache holds single-act answers).
    if (hasActs(input)) {
      const answer = classifySync(input, presume === undefined ? undefined : { presume });
      if (!answer.ok) return answer;
      const { incidentHash, dataHash } = answer.audit;
      return { ok: true, json: jsonText(answer), verdict: answer.verdict, dataHash, incidentHash, cached: false };
    }
    const validated = validateIn(law, input);
    if (!validated.ok) return validated;
    const incident: Incident = validated.incident;
    const { reference, ...facts } = incident;
    const factsJson = canonicalJson(facts);
    const key = `${presume === undefined ? '' : canonicalJson(presume)}\u0000${factsJson}`;
    let entry = entries.get(key);
    if (entry !== undefined) {
      hits++;
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      // The audit block hashes the incident decided on: with the presumptions filled in, where there are any.
      // Without a reference, the incident's canonical JSON is that of its facts, written once above.
      const decided = presume === undefined ? incident : presumedIncident(incident, presume);
      const incidentHash = sha256Hex(decided === incident && reference === undefined ? factsJson : canonicalJson(decided));
      // As bytes: the response needs no length scan of a 10-20 KB string and no encoding of it (the kept parts are
      // UTF-8 already; the hash is hex).
      const head = reference === undefined ? HEAD_BYTES : Buffer.from(`${HEAD}"reference":${JSON.stringify(reference)},`, 'utf8');
      const json = Buffer.concat([head, entry.before, Buffer.from(incidentHash, 'latin1'), entry.after]);
      return { ok: true, json, verdict: entry.verdict, dataHash: entry.dataHash, incidentHash, cached: true };
    }
    misses++;
    const answer = classifyValidated(incident, presume === undefined ? undefined : { presume });
    if (!answer.ok) return answer; // a presumption this incident cannot take: the library's error
    const json = jsonText(answer);
    const { incidentHash, dataHash } = answer.audit;
    if (worthKeeping(key)) {
      const start = reference === undefined ? HEAD.length : HEAD.length + `"reference":${JSON.stringify(reference)},`.length;
      const at = json.lastIndexOf(`"incidentHash":"${incidentHash}"`) + '"incidentHash":"'.length;
      if (json.startsWith(HEAD) && at > start) {
        remember(key, { before: Buffer.from(json.slice(start, at), 'utf8'), after: Buffer.from(json.slice(at + incidentHash.length), 'utf8'), verdict: answer.verdict, dataHash });
      }
    }
    return { ok: true, json, verdict: answer.verdict, dataHash, incidentHash, cached: false };
  }

  return {
    classify,
    /** Hits and misses so far, and the entries held. */
    stats: () => ({ hits, misses, size: entries.size }),
  };
}
