/**
 * The outcome of a set of rules that fire: verdict, category, sanction level and handling tracks. It is what two
 * completions of a report's missing facts must share for the report to be decided (src/evaluate/completions.ts), and what the
 * result states (src/decide/result.ts): one function for both, so the decision and the result cannot drift apart.
 */
import { CATEGORIES, SANCTION_LEVELS, type Category, type Employment, type SanctionLevel, type Track, type Verdict } from '../vocabulary/enums.js';
import type { LegalBasisId, Registry } from '../law/legal-bases.js';
import type { LoadedRule } from '../law/rule-files.js';
import { categoryUnder, resolveSanction, type SanctionResult } from '../law/sanctions.js';
import { trackOf, type TrackLaw } from '../law/tracks.js';
import { inForce, windowOf } from '../law/validity.js';
import { memoByLaw } from '../law/memo.js';
import { lawDaySpan } from '../law/day-span.js';

/** The outcome of one set of fired rules. @internal */
export interface Outcome {
  readonly verdict: Verdict;
  readonly category: Category | null;
  readonly level: SanctionLevel | null;
  readonly tracks: readonly Track[];
  /** verdict, category, level and tracks in one string: equal keys, equal outcomes. */
  readonly key: string;
}

/** A rule whose event is a violation. @internal */
export type ViolationRule = LoadedRule & { event: Extract<LoadedRule['event'], { type: 'violation' }> };

/** Whether a rule finds a violation. @internal */
export const isViolation = (rule: LoadedRule): rule is ViolationRule => rule.event.type === 'violation';

/**
 * Whether the rule is in force on the date: the law that makes the conduct an offence (`inForceWith`, else the rule's
 * first basis) is in force, whichever document lists it. Without a date every rule counts as in force.
 * @internal
 */
export function activeOn(rule: LoadedRule, date: string | undefined, registry?: Registry): boolean {
  if (date === undefined) return true;
  const params = rule.event.params as { bases: readonly LegalBasisId[]; inForceWith?: readonly LegalBasisId[] };
  const deciding = params.inForceWith ?? params.bases.slice(0, 1);
  return deciding.length === 0 || deciding.some((id) => inForce(windowOf(id, registry), date));
}

/** The category a violation takes for the actor. @internal */
export function categoryOf(rule: ViolationRule, employment: Employment, law: TrackLaw): Category {
  return categoryUnder(rule.event.params.category, employment, law);
}

/** The sanction of a violation for the actor on the date. @internal */
export function sanctionOf(rule: ViolationRule, employment: Employment, date: string | undefined, law: TrackLaw): SanctionResult {
  return sanctionMemo(law, rule, employment, date, lawDaySpan(law, date));
}

/**
 * The sanction of a rule's finding depends only on the law, the rule, the employment and the date, and on the date only
 * through the span of the law's dates it falls in (src/law/day-span.ts): built once per span, shared.
 */
const sanctionMemo = memoByLaw(
  (rule: ViolationRule, employment: Employment, _date: string | undefined, span: string) => `${rule.name}|${employment}|${span}`,
  (law: TrackLaw, rule: ViolationRule, employment: Employment, date: string | undefined): SanctionResult => {
    const p = rule.event.params;
    return resolveSanction(p.sanction, employment, date, law, (p.disputed ?? []).map((x) => ({ level: x.level, bases: x.bases })), p.levelBases ?? []);
  },
);

/** The sanction level of a violation (the completion analysis asks for it many times; the sanction is memoised). */
const levelOf = (rule: ViolationRule, employment: Employment, date: string | undefined, law: TrackLaw): SanctionLevel =>
  sanctionOf(rule, employment, date, law).level;

/**
 * The outcome of a set of fired rules (all in force on the date). `out_of_scope` from a scope rule wins; otherwise a
 * violation, then an exemption, decides; with none of them the act is outside the implemented lists (SKB D-13).
 * Election crimes run beside the administrative track whatever its verdict (UU 7/2017 Pasal 280 and 494 and the
 * Pilkada law name TNI, Polri and village heads too).
 * @internal
 */
export function outcomeOf(fired: readonly LoadedRule[], employment: Employment, date: string | undefined, law: TrackLaw): Outcome {
  // One pass over the rules in a plain loop: this runs for every completion of every report, and each array method
  // with a callback here was inlined by V8's optimising compiler into every function that inlines this one, which made
  // their compilations, repeated in every fresh process, cost more than the work (issue 12).
  let outOfScope = false;
  let noViolation = false;
  let crime = false;
  const violations: ViolationRule[] = [];
  for (let i = 0; i < fired.length; i++) {
    const rule = fired[i]!;
    const type = rule.event.type;
    if (type === 'out_of_scope') outOfScope = true;
    else if (type === 'no_violation') noViolation = true;
    else if (type === 'election_crime') crime = true;
    else if (isViolation(rule)) violations.push(rule);
  }
  if (outOfScope) violations.length = 0;
  const verdict: Verdict = outOfScope ? 'out_of_scope' : violations.length > 0 ? 'violation' : noViolation ? 'no_violation' : 'out_of_scope';
  let category: Category | null = null;
  let level: SanctionLevel | null = null;
  const tracks = new Set<Track>();
  for (const v of violations) {
    const c = categoryOf(v, employment, law);
    if (category === null || CATEGORIES.indexOf(c) > CATEGORIES.indexOf(category)) category = c;
    const l = levelOf(v, employment, date, law);
    if (level === null || SANCTION_LEVELS.indexOf(l) > SANCTION_LEVELS.indexOf(level)) level = l;
    tracks.add(trackOf(c, law));
  }
  if (crime) tracks.add('gakkumdu');
  const sorted = [...tracks].sort();
  return { verdict, category, level, tracks: sorted, key: `${verdict}|${category}|${level}|${sorted.join(',')}` };
}
