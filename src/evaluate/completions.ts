/**
 * Deciding a report that lacks facts: every completion of its missing facts (each value the schema and the known facts
 * still allow) is judged, and the report is decided exactly when every completion has the same outcome (verdict,
 * category, sanction level, tracks). Otherwise the facts whose answer can change the outcome are asked, the one that
 * reaches a decision in the fewest answers first. Values that no rule tells apart are judged once (value classes).
 *
 * The evaluator (json-rules-engine or the compiled rules) says which rules certainly fire and which could; the rules
 * that could fire decide each completion by their conditions on the missing facts alone (monotone `equal`/`in`).
 */
import { hasOwnCycles, regionsToRead } from '../law/calendar.js';
import { phaseValueOn, stageValueOn } from './derive.js';
import type { Law } from '../law/law.js';
import type { Employment, Office } from '../vocabulary/enums.js';
import { FACT_NAMES, feasibleValues, type FactName, type Facts, type FactValue } from '../incident/facts.js';
import { outcomeOf, type Outcome } from './outcome.js';
import type { LoadedRule } from '../law/rule-files.js';

/** One completion: the values given to the missing facts, the rules that fire and their outcome. @internal */
export interface Completion {
  /** For each missing fact, the class of values given to it. */
  readonly classes: ReadonlyMap<FactName, readonly FactValue[]>;
  /** The rules that fire. */
  readonly fired: readonly LoadedRule[];
  readonly outcome: Outcome;
}

/** What the completions say. @internal */
export interface Analysis {
  /** Whether every completion has the same outcome. */
  readonly decided: boolean;
  readonly completions: readonly Completion[];
  /** The rules that fire in every completion. */
  readonly always: readonly LoadedRule[];
  /** Missing facts whose answer can change the outcome, the best first question first (empty when decided). */
  readonly questions: readonly FactName[];
  /** For each question, the rules whose firing depends on it. */
  readonly dependsOn: ReadonlyMap<FactName, readonly string[]>;
}

interface Context {
  /** The law the rules belong to: the facts' domains and the calendars. */
  readonly law: Law;
  readonly facts: Facts;
  /** Facts the report gave but the calendar contradicts: unknown, and not filled from the calendar either. */
  readonly contested?: ReadonlySet<FactName>;
  readonly employment: Employment;
  readonly date: string | undefined;
}

/** Beyond this many completions the analysis is not exhaustive: it then asks every missing fact (never decides). */
const MAX_COMPLETIONS = 20_000;

/** The classes of a missing fact's feasible values that the open rules cannot tell apart. */
function classesOf(fact: FactName, open: readonly LoadedRule[], facts: Facts, law: Law, dated: boolean): FactValue[][] {
  const accepting: (readonly unknown[])[] = [];
  for (const rule of open) {
    for (const c of rule.conditions.all) if (c.fact === fact) accepting.push(Array.isArray(c.value) ? c.value : [c.value]);
  }
  const byKey = new Map<string, FactValue[]>();
  for (const value of feasibleValues(fact, facts, law)) {
    // Offices and elections are also told apart by the schema's cross-field rule, and, for a dated report, regions
    // with their own election cycles by their calendars, so that a class's first value is as consistent with the other
    // facts as any of its values.
    let key =
      fact === 'office'
        ? `${law.electionsFilling(value as Office).join(',')}:`
        : fact === 'election'
          ? `${String(value)}:`
          : fact === 'region' && dated && hasOwnCycles(law, String(value))
            ? `${String(value)}:`
            : '';
    for (const set of accepting) key += set.includes(value) ? '1' : '0';
    const members = byKey.get(key);
    if (members) members.push(value);
    else byKey.set(key, [value]);
  }
  return [...byKey.values()];
}

/** Whether a rule's conditions on the missing facts accept the completion's values. */
function accepts(rule: LoadedRule, values: Facts, known: Facts): boolean {
  for (const c of rule.conditions.all) {
    if (known[c.fact] !== undefined) continue;
    const v = values[c.fact];
    if (v === undefined) return false;
    if (c.operator === 'equal' ? c.value !== v : !(c.value as readonly FactValue[]).includes(v)) return false;
  }
  return true;
}

/**
 * Whether a completion is one the schema and the calendars allow: an office the election fills, and a stage and a
 * campaign phase that the calendar gives for the incident date once the election and office are known.
 */
function consistent(values: Facts, classes: ReadonlyMap<FactName, readonly FactValue[]>, ctx: Context): boolean {
  // Without closures (see analyse): this runs for every completion.
  const { law, date, facts } = ctx;
  const election = (facts.election ?? values.election) as string | undefined;
  const office = (facts.office ?? values.office) as Office | undefined;
  if (election !== undefined && office !== undefined && !law.officesOf(election).includes(office)) return false;
  if (date !== undefined && election !== undefined) {
    // Where the region is not known, the calendar of any region with its own cycles may be the one: a value is
    // allowed when some region's calendar gives none or gives one of the completion's class.
    const regions = regionsToRead(law, election, (facts.region ?? values.region) as string | undefined);
    if (values.stage !== undefined && office !== undefined && !ctx.contested?.has('stage')) {
      const stages = classes.get('stage')!;
      let allowed = false;
      for (let i = 0; i < regions.length && !allowed; i++) {
        const stage = stageValueOn(law, election, office, date, regions[i]);
        allowed = stage === undefined || stages.includes(stage);
      }
      if (!allowed) return false;
    }
    if (values.phase !== undefined && !ctx.contested?.has('phase')) {
      const phases = classes.get('phase')!;
      let allowed = false;
      for (let i = 0; i < regions.length && !allowed; i++) {
        const phase = phaseValueOn(law, election, date, regions[i]);
        allowed = phase === undefined || phases.includes(phase);
      }
      if (!allowed) return false;
    }
  }
  return true;
}

/**
 * Judges every completion of the missing facts that the rules which could fire read.
 * @internal
 */
export function analyse(definite: readonly LoadedRule[], possible: readonly LoadedRule[], ctx: Context): Analysis {
  // Plain loops, not array methods with callbacks: this runs for every report, and V8's optimising compiler inlined
  // each such method with its callback, which made the compilations of this function, repeated in every fresh
  // process and again after each deoptimisation, cost more CPU than the work itself (issue 12).
  const definiteNames = new Set<string>();
  for (const r of definite) definiteNames.add(r.name);
  const open: LoadedRule[] = [];
  for (const r of possible) if (!definiteNames.has(r.name)) open.push(r);
  const missing: FactName[] = [];
  for (const rule of open) {
    for (const c of rule.conditions.all) if (ctx.facts[c.fact] === undefined && !missing.includes(c.fact)) missing.push(c.fact);
  }
  missing.sort((a, b) => FACT_NAMES.indexOf(a) - FACT_NAMES.indexOf(b));
  if (missing.length === 0) {
    const outcome = outcomeOf(definite, ctx.employment, ctx.date, ctx.law);
    return { decided: true, completions: [{ classes: new Map(), fired: definite, outcome }], always: definite, questions: [], dependsOn: new Map() };
  }

  const classes: (readonly FactValue[])[][] = [];
  let total = 1;
  let someEmpty = false;
  for (const f of missing) {
    const c = classesOf(f, open, ctx.facts, ctx.law, ctx.date !== undefined);
    classes.push(c);
    total *= Math.max(1, c.length);
    if (c.length === 0) someEmpty = true;
  }
  const dependsOn = new Map<FactName, string[]>();
  for (const f of missing) {
    const names: string[] = [];
    for (const r of open) if (readsFact(r, f)) names.push(r.name);
    dependsOn.set(f, names);
  }
  if (total > MAX_COMPLETIONS || someEmpty) {
    return { decided: false, completions: [], always: definite, questions: missing, dependsOn };
  }

  const completions = completionsOf(missing, classes, definite, open, ctx);
  const always = alwaysFired(completions, definite);
  const outcomes = new Set<string>();
  for (const c of completions) outcomes.add(c.outcome.key);
  if (outcomes.size <= 1) return { decided: true, completions, always, questions: [], dependsOn };
  const questions = questionsOf(missing, completions);
  return { decided: false, completions, always, questions, dependsOn: new Map(questions.map((f) => [f, dependsOn.get(f) ?? []])) };
}

/**
 * Every completion the schema and the calendars allow: each combination of the missing facts' classes (the first value
 * of each class stands for it), with the rules that fire and their outcome.
 */
function completionsOf(
  missing: readonly FactName[],
  classes: readonly (readonly (readonly FactValue[])[])[],
  definite: readonly LoadedRule[],
  open: readonly LoadedRule[],
  ctx: Context,
): Completion[] {
  const completions: Completion[] = [];
  const index = missing.map(() => 0);
  for (;;) {
    const values: Facts = {};
    const chosen = new Map<FactName, readonly FactValue[]>();
    for (let i = 0; i < missing.length; i++) {
      const cls = classes[i]![index[i]!]!;
      values[missing[i]!] = cls[0]!;
      chosen.set(missing[i]!, cls);
    }
    if (consistent(values, chosen, ctx)) {
      const fired: LoadedRule[] = [];
      for (const r of definite) fired.push(r);
      for (const r of open) if (accepts(r, values, ctx.facts)) fired.push(r);
      completions.push({ classes: chosen, fired, outcome: outcomeOf(fired, ctx.employment, ctx.date, ctx.law) });
    }
    let i = index.length - 1;
    while (i >= 0 && index[i] === classes[i]!.length - 1) index[i--] = 0;
    if (i < 0) return completions;
    index[i]!++;
  }
}

/**
 * The rules of the first completion whose finding every completion makes: an item counts as always found when every
 * completion finds it, by whichever rule (two rules reach PP 94 angka 2, one for party and one for civil-service
 * attributes).
 */
function alwaysFired(completions: readonly Completion[], definite: readonly LoadedRule[]): LoadedRule[] {
  const first = completions[0]?.fired ?? definite;
  let alwaysKeys = new Set<string>();
  for (const r of first) alwaysKeys.add(findingKey(r));
  for (let k = 1; k < completions.length; k++) {
    const here = new Set<string>();
    for (const r of completions[k]!.fired) here.add(findingKey(r));
    const kept = new Set<string>();
    for (const key of alwaysKeys) if (here.has(key)) kept.add(key);
    alwaysKeys = kept;
  }
  const always: LoadedRule[] = [];
  for (const r of first) if (alwaysKeys.has(findingKey(r))) always.push(r);
  return always;
}

/** The missing facts to ask where the completions differ in outcome, the best first question first. */
function questionsOf(missing: readonly FactName[], completions: readonly Completion[]): FactName[] {
  let relevant = missing.filter((f) => narrows(f, completions) || matters(f, missing, completions));
  // Where only answers together can tell the outcomes apart (the schema leaves out some combinations), ask every fact
  // that varies.
  if (relevant.length === 0) relevant = missing.filter((f) => new Set(completions.map((c) => classKey(c, f))).size > 1);
  return orderQuestions(relevant, missing, completions);
}

/** Whether a rule has a condition on a fact. */
function readsFact(rule: LoadedRule, fact: FactName): boolean {
  for (const c of rule.conditions.all) if (c.fact === fact) return true;
  return false;
}

/** What a fired rule finds: its item where it names one (by list and item, so that two rules reaching one item agree), else the rule. */
function findingKey(r: LoadedRule): string {
  const p = r.event.params as { list?: string; item?: number | string };
  return p.list === undefined ? r.name : `${r.event.type}|${p.list} ${String(p.item)}`;
}

/** The class index of a fact in a completion. */
const classKey = (c: Completion, f: FactName) => String(c.classes.get(f)?.[0]);

/** Whether some answer for a fact rules out an outcome that is still possible. */
function narrows(fact: FactName, completions: readonly Completion[]): boolean {
  const all = new Set(completions.map((c) => c.outcome.key));
  for (const group of groupBy(completions, fact)) {
    if (new Set(group.map((c) => c.outcome.key)).size < all.size) return true;
  }
  return false;
}

/** Whether the answer for a fact can change the outcome: two completions differing in it alone differ in outcome. */
function matters(fact: FactName, missing: readonly FactName[], completions: readonly Completion[]): boolean {
  const others = missing.filter((f) => f !== fact);
  const byRest = new Map<string, string>();
  for (const c of completions) {
    const rest = others.map((f) => classKey(c, f)).join('|');
    const seen = byRest.get(rest);
    if (seen === undefined) byRest.set(rest, c.outcome.key);
    else if (seen !== c.outcome.key) return true;
  }
  return false;
}

/**
 * The questions in the order that reaches a decision in the fewest answers on average over the completions (each
 * class of values counted once), asking at each step the question a reporter who answers the first one would get;
 * ties keep the form order. Exact (memoised search) for the small numbers of missing facts a report has.
 */
function orderQuestions(relevant: readonly FactName[], missing: readonly FactName[], completions: readonly Completion[]): FactName[] {
  if (relevant.length <= 1) return [...relevant];
  const memo = new Map<string, number>();
  const cost = (subset: readonly Completion[], asked: readonly FactName[]): number => {
    if (new Set(subset.map((c) => c.outcome.key)).size <= 1) return 0;
    const memoKey = asked.map((f) => `${f}=${classKey(subset[0]!, f)}`).join('&');
    const cached = memo.get(memoKey);
    if (cached !== undefined) return cached;
    let best = Infinity;
    for (const f of missing) {
      if (asked.includes(f)) continue;
      const groups = groupBy(subset, f);
      if (groups.length <= 1) continue;
      let total = 0;
      for (const g of groups) total += g.length * cost(g, [...asked, f].sort());
      best = Math.min(best, 1 + total / subset.length);
    }
    if (best === Infinity) best = 0;
    memo.set(memoKey, best);
    return best;
  };
  const score = new Map<FactName, number>();
  for (const f of relevant) {
    const groups = groupBy(completions, f);
    let total = 0;
    for (const g of groups) total += g.length * cost(g, [f]);
    score.set(f, 1 + total / completions.length);
  }
  return [...relevant].sort((a, b) => score.get(a)! - score.get(b)!);
}

function groupBy(completions: readonly Completion[], fact: FactName): Completion[][] {
  const groups = new Map<string, Completion[]>();
  for (const c of completions) {
    const k = classKey(c, fact);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()];
}
