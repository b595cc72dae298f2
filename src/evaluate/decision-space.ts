/**
 * The decision space: every combination of the facts the rules read, per act, with each fact's values grouped into
 * the classes the rules cannot tell apart (two values are in one class when every condition on that fact in the
 * act's rules accepts both or neither) plus "missing". Derived from the rule files alone.
 */
import { ACT_KINDS, type ActKind } from '../vocabulary/enums.js';
import { FACTS, FACT_NAMES, type FactDomains, type FactName, type Facts, type FactValue } from '../incident/facts.js';
import { defaultLaw } from '../law/law.js';
import type { LoadedRule } from '../law/rule-files.js';

/** A class of values of one fact, or the fact missing (`values` empty). @internal */
export interface ValueClass {
  readonly fact: FactName;
  /** The values in the class; empty for "missing". */
  readonly values: readonly FactValue[];
}

/** One point of the decision space. @internal */
export interface DecisionPoint {
  readonly act: ActKind;
  /** One class per relevant fact, in {@link FACT_NAMES} order. */
  readonly classes: readonly ValueClass[];
  /** The facts with each class's first value as representative (missing facts absent). */
  readonly facts: Facts;
}

/** Facts that can never be missing (the schema requires them). */
const REQUIRED: readonly FactName[] = ['employment', 'act'];

const actsOf = (rule: LoadedRule): readonly unknown[] | undefined => {
  const c = rule.conditions.all.find((x) => x.fact === 'act');
  if (!c) return undefined;
  return Array.isArray(c.value) ? c.value : [c.value];
};

/** The rules that can fire for an act: those naming it, and those with no act condition. @internal */
export function rulesForAct(act: ActKind, rules: readonly LoadedRule[] = defaultLaw().rules): LoadedRule[] {
  return rules.filter((r) => {
    const acts = actsOf(r);
    return acts === undefined || acts.includes(act);
  });
}

/** The facts (other than `act`) read by the rules of an act, in {@link FACT_NAMES} order. @internal */
export function relevantFacts(act: ActKind, rules?: readonly LoadedRule[]): FactName[] {
  const read = new Set<FactName>();
  for (const rule of rulesForAct(act, rules)) for (const c of rule.conditions.all) read.add(c.fact);
  read.add('employment');
  return FACT_NAMES.filter((f) => f !== 'act' && read.has(f));
}

/**
 * The classes of a fact's values (in a law's domains, by default the built-in law's) for an act's rules, plus
 * "missing" where the fact is optional.
 * @internal
 */
export function valueClasses(act: ActKind, fact: FactName, rules?: readonly LoadedRule[], domains: FactDomains = defaultLaw().domains): ValueClass[] {
  const accepting: (readonly unknown[])[] = [];
  for (const rule of rulesForAct(act, rules)) {
    for (const c of rule.conditions.all) {
      if (c.fact === fact) accepting.push(Array.isArray(c.value) ? c.value : [c.value]);
    }
  }
  const byKey = new Map<string, FactValue[]>();
  for (const value of domains[fact]) {
    const key = accepting.map((set) => (set.includes(value) ? '1' : '0')).join('');
    const members = byKey.get(key) ?? [];
    members.push(value);
    byKey.set(key, members);
  }
  const classes: ValueClass[] = [...byKey.values()].map((values) => ({ fact, values }));
  if (!REQUIRED.includes(fact)) classes.push({ fact, values: [] });
  return classes;
}

/**
 * Every point of the decision space, act by act, in a fixed order; of the built-in law's rules, or of the given rules
 * (the mutation analysis passes the original rules and a mutant together, so that both sets of distinctions are
 * points) over the given domains (a law with packs has more regions and elections).
 * @internal
 */
export function* enumerateDecisionSpace(rules?: readonly LoadedRule[], acts: readonly ActKind[] = ACT_KINDS, domains?: FactDomains): Generator<DecisionPoint> {
  for (const act of acts) {
    const facts = relevantFacts(act, rules);
    const classes = facts.map((f) => valueClasses(act, f, rules, domains));
    const index = classes.map(() => 0);
    for (;;) {
      const chosen = classes.map((c, i) => c[index[i]!]!);
      const point: Facts = { act };
      for (const c of chosen) if (c.values.length > 0) point[c.fact] = c.values[0]!;
      yield { act, classes: chosen, facts: point };
      let i = index.length - 1;
      while (i >= 0 && index[i] === classes[i]!.length - 1) index[i--] = 0;
      if (i < 0) break;
      index[i]!++;
    }
  }
}

/**
 * The incident whose facts are the given ones (the inverse of `factsOf`), unvalidated: the schema may still reject
 * it (e.g. an office the election does not fill).
 * @internal
 */
export function incidentFromFacts(facts: Facts): Record<string, unknown> {
  const incident: Record<string, unknown> = {};
  for (const name of FACT_NAMES) {
    const value = facts[name];
    if (value === undefined) continue;
    const path = FACTS[name].path.split('.');
    let node = incident;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return incident;
}
