/**
 * Classifying under stated presumptions: fill facts a report leaves unsaid (never a stated fact), decide, and list each
 * presumption the outcome rests on together with the outcome had it taken its other value.
 */
import type { Incident } from '../incident/schema.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
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
  return path === 'actor.cltn' ? incident.actor.cltn : incident.target?.relation;
}

function withValue(incident: Incident, path: PresumptionPath, value: unknown): Incident {
  if (path === 'actor.cltn') return { ...incident, actor: { ...incident.actor, cltn: value as boolean } };
  return { ...incident, target: { ...incident.target, relation: value as 'spouse' | 'none' } };
}

/** Validates the `presume` option, with the library's bilingual issues naming `presume.<path>`. */
export function validatePresume(presume: unknown): { ok: true; presume: Presume } | InvalidIncident {
  const parsed = presumeSchema.safeParse(presume);
  if (parsed.success) return { ok: true, presume: parsed.data };
  const issues = parsed.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.')];
    return keys.map((key) => ({
      path: key === '' ? 'presume' : `presume.${JSON.stringify(key).slice(1, -1)}`,
      code: issue.code,
      message: t(
        `Praduga tidak dikenal atau nilainya tidak valid: ${key}. Yang dikenal: ${Object.keys(PRESUMPTIONS).join(', ')}.`,
        `Unknown presumption or invalid value: ${key}. Known: ${Object.keys(PRESUMPTIONS).join(', ')}.`,
      ),
    }));
  });
  return {
    ok: false,
    error: {
      code: 'invalid_incident',
      message: t(`Data kejadian tidak valid: ${issues.map((i) => i.path).join(', ')}.`, `Invalid incident: ${issues.map((i) => i.path).join(', ')}.`),
      issues,
    },
  };
}

type Run<R> = (incident: Incident) => R;

/**
 * Plans the runs for a presumed classification; `run` decides one incident (sync or async), and `finish` combines.
 * The function is written once for both classifiers: `all` is the list of incidents to decide, `combine` reads the results.
 */
export function planPresumed(incident: Incident, presume: Presume, validate: (input: unknown) => ReturnType<typeof validateIncident> = validateIncident) {
  const applied = (Object.keys(presume) as PresumptionPath[]).filter(
    (path) => presume[path] !== undefined && valueAt(incident, path) === undefined,
  );
  let full = incident;
  for (const path of applied) full = withValue(full, path, presume[path]);
  const without = applied.map((path) => {
    let inc = incident;
    for (const other of applied) if (other !== path) inc = withValue(inc, other, presume[other]);
    return inc;
  });
  const flipped = applied.map((path, i) => {
    const value = presume[path] === PRESUMPTIONS[path].presumed ? PRESUMPTIONS[path].other : PRESUMPTIONS[path].presumed;
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
        reason: PRESUMPTIONS[path].reason,
        source: PRESUMPTIONS[path].source,
        otherwise: outcomeOf(results[1 + applied.length + i]!)!,
      });
    });
    return { ...main, presumptions };
  };
  return { all, combine };
}
export type { Run };
