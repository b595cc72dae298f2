/**
 * A synchronous evaluator compiled from the same rule files that json-rules-engine interprets: each rule's
 * conditions become a closure over the facts, once, on first use. It implements the two readings of
 * {@link evaluateWithJsonRulesEngine} (missing fact as undefined, and as "any value the schema allows") for the only
 * operators the rule schema admits (`equal`, `in` under `all`); the equality tests prove both evaluators equal.
 */
import type { Evaluation } from './engine.js';
import { FACTS, feasibleValues, type FactName, type Facts, type FactSpace, type FactValue } from '../incident/facts.js';
import type { LoadedRule } from '../law/rule-files.js';

type Test = (value: FactValue) => boolean;

/** A rule compiled to closures over the facts. @internal */
export interface CompiledRule {
  readonly name: string;
  readonly facts: readonly FactName[];
  readonly tests: readonly Test[];
}

/** A compiled rule set, with the rules that can fire for each act. @internal */
export interface CompiledRules {
  readonly all: readonly CompiledRule[];
  /** For each act, the rules that can fire for it (those naming it, and those with no act condition), in file order. */
  readonly byAct: ReadonlyMap<FactValue, readonly CompiledRule[]>;
  /** What the facts range over in the law the rules belong to. */
  readonly space: FactSpace;
}

/**
 * Compiles a validated rule set of a law to closures over the facts.
 * @internal
 */
export function compileRules(rules: readonly LoadedRule[], space: FactSpace): CompiledRules {
  const all: CompiledRule[] = rules.map((rule) => ({
    name: rule.name,
    facts: rule.conditions.all.map((c) => c.fact),
    tests: rule.conditions.all.map((c): Test => {
      if (c.operator === 'equal') {
        const expected = c.value;
        return (v) => v === expected;
      }
      const set = new Set<unknown>(c.value as readonly FactValue[]);
      return (v) => set.has(v);
    }),
  }));
  const byAct = new Map<FactValue, CompiledRule[]>();
  for (const act of FACTS.act.domain) {
    byAct.set(
      act,
      all.filter((r) => r.facts.every((fact, i) => fact !== 'act' || r.tests[i]!(act))),
    );
  }
  return { all, byAct, space };
}

/**
 * Evaluates compiled rules synchronously. The act is always known (the
 * schema requires it), so only the rules that can fire for it are tried: a rule whose act condition fails is neither
 * certain nor open. An unknown fact keeps a rule open only if some value the schema still allows for it (given the
 * known facts, see `feasibleValues`) passes the condition.
 * @internal
 */
export function evaluateCompiled(facts: Facts, ruleSet: CompiledRules): Evaluation {
  const definite: string[] = [];
  const possible: string[] = [];
  const rules = (facts.act !== undefined && ruleSet.byAct.get(facts.act)) || ruleSet.all;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let certain = true;
    let open = true;
    for (let i = 0; i < rule.tests.length; i++) {
      const fact = rule.facts[i]!;
      const value = facts[fact];
      if (value === undefined) {
        certain = false;
        if (!feasibleValues(fact, facts, ruleSet.space).some(rule.tests[i]!)) {
          open = false;
          break;
        }
      } else if (!rule.tests[i]!(value)) {
        certain = false;
        open = false;
        break;
      }
    }
    if (certain) definite.push(rule.name);
    if (open) possible.push(rule.name);
  }
  return { definite, possible };
}
