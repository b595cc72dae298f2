/**
 * Classifying under stated presumptions: fill facts a report leaves unsaid (never a stated fact), decide, and list each
 * presumption the outcome rests on together with the outcome had it taken its other value.
 */
import type { Incident } from '../incident/schema.js';
import { invalidIncident, validateIncident, type InvalidIncident } from '../incident/errors.js';
import { PRESUMPTIONS, presumeSchema, type Presume, type PresumptionPath } from '../law/presumptions.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import type { ClassificationResult } from './result.js';

/**
 * The outcome a reviewer compares: verdict, category, sanction level and cited items.
 * @example
 * ```ts
 * import type { PresumedOutcome } from 'netralitas-asn';
 * const o: PresumedOutcome = { verdict: 'no_violation', category: null, level: null, items: [] };
 * ```
 */
export interface PresumedOutcome {
  readonly verdict: ClassificationResult['verdict'];
  readonly category: ClassificationResult['category'];
  readonly level: string | null;
  readonly items: readonly string[];
}

/**
 * One presumption the result relied on.
 * @example
 * ```ts
 * import { classifySync, type PresumptionUsed } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, { presume: { 'actor.cltn': false } });
 * const used: readonly PresumptionUsed[] = r.ok && 'presumptions' in r ? r.presumptions : []; // []
 * ```
 */
export interface PresumptionUsed {
  /** The incident path presumed (`target.relation`, `actor.cltn`). */
  readonly path: PresumptionPath;
  /** The value presumed. */
  readonly value: string | boolean;
  /** Why the presumption is safe, in both languages. */
  readonly reason: Bilingual;
  /** Where the reason comes from. */
  readonly source: string;
  /** The outcome had the fact taken its other value (or, when that value is not valid for this incident, been left unsaid). */
  readonly otherwise: PresumedOutcome;
}

/**
 * A result decided under presumptions.
 * @example
 * ```ts
 * import { classifySync, type PresumedResult } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, { presume: { 'actor.cltn': false } });
 * if (r.ok && 'presumptions' in r) (r as PresumedResult).presumptions.length; // 0
 * ```
 */
export type PresumedResult = ClassificationResult & { readonly presumptions: readonly PresumptionUsed[] };

export const outcomeOf = (r: ClassificationResult | InvalidIncident): PresumedOutcome | undefined =>
  r.ok
    ? {
        verdict: r.verdict,
        category: r.category,
        level: r.sanction?.level ?? null,
        items: r.violations.map((v) => `${v.list} ${v.item}`),
      }
    : undefined;

const same = (a: PresumedOutcome | undefined, b: PresumedOutcome | undefined) => JSON.stringify(a) === JSON.stringify(b);

function valueAt(incident: Incident, path: PresumptionPath): unknown {
  let node: unknown = incident;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function withValue(incident: Incident, path: PresumptionPath, value: unknown): Incident {
  const set = (node: unknown, keys: readonly string[]): unknown => {
    const object = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    const [key, ...rest] = keys;
    return { ...object, [key!]: rest.length === 0 ? value : set(object[key!], rest) };
  };
  return set(incident, path.split('.')) as Incident;
}

/** Validates the `presume` option, with the library's bilingual issues naming `presume.<path>`. */
export function validatePresume(presume: unknown): { ok: true; presume: Presume } | InvalidIncident {
  const parsed = presumeSchema.safeParse(presume);
  if (parsed.success) return { ok: true, presume: parsed.data };
  const known = Object.keys(PRESUMPTIONS).map((k) => JSON.stringify(k)).join(', ');
  const issues = parsed.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.')];
    return keys.map((key) => ({
      path: key === '' ? 'presume' : `presume.${JSON.stringify(key).slice(1, -1)}`,
      code: issue.code,
      message: t(
        `Praduga tidak dikenal atau nilainya tidak valid: ${JSON.stringify(key)}. Yang dikenal: ${known}.`,
        `Unknown presumption or invalid value: ${JSON.stringify(key)}. Known: ${known}.`,
      ),
    }));
  });
  return invalidIncident(issues);
}

type Run<R> = (incident: Incident) => R;

/**
 * Plans the runs for a presumed classification; `run` decides one incident (sync or async), and `finish` combines.
 * The function is written once for both classifiers: `all` is the list of incidents to decide, `combine` reads the results.
 */
/** The presumptions that apply (the report leaves their fact unsaid), and the incident with them filled in. */
function applyPresumed(incident: Incident, presume: Presume): { applied: PresumptionPath[]; full: Incident } {
  const applied = (Object.keys(presume) as PresumptionPath[]).filter(
    (path) => presume[path] !== undefined && valueAt(incident, path) === undefined,
  );
  let full = incident;
  for (const path of applied) full = withValue(full, path, presume[path]);
  return { applied, full };
}

/**
 * The incident a presumed result is decided on (and whose hash its audit block carries): the facts presumed filled in
 * where the report leaves them unsaid.
 * @example
 * ```ts
 * presumedIncident({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, { 'actor.cltn': false }).actor.cltn; // false
 * ```
 * @internal
 */
export const presumedIncident = (incident: Incident, presume: Presume): Incident => applyPresumed(incident, presume).full;

export function planPresumed(incident: Incident, presume: Presume, validate: (input: unknown) => ReturnType<typeof validateIncident> = validateIncident) {
  const { applied, full } = applyPresumed(incident, presume);
  const without = applied.map((path) => {
    let inc = incident;
    for (const other of applied) if (other !== path) inc = withValue(inc, other, presume[other]);
    return inc;
  });
  const flipped = applied.map((path, i) => {
    const { presumed, other } = PRESUMPTIONS[path]!;
    const value = presume[path] === presumed ? other : presumed;
    const flip = validate(withValue(without[i]!, path, value));
    return flip.ok ? flip.incident : without[i]!;
  });
  const all = [full, ...without, ...flipped];
  const combine = (results: readonly ClassificationResult[]): PresumedResult => {
    const main = results[0]!;
    const here = outcomeOf(main);
    const presumptions: PresumptionUsed[] = [];
    applied.forEach((path, i) => {
      const alone = results[1 + i]!;
      if (same(outcomeOf(alone), here) && JSON.stringify(alone.missingFacts) === JSON.stringify(main.missingFacts)) return;
      presumptions.push({
        path,
        value: presume[path]!,
        reason: PRESUMPTIONS[path]!.reason,
        source: PRESUMPTIONS[path]!.source,
        otherwise: outcomeOf(results[1 + applied.length + i]!)!,
      });
    });
    return { ...main, presumptions };
  };
  return { all, combine };
}
export type { Run };
