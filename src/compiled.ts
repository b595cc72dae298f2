/**
 * A synchronous evaluator compiled from the same rule files that json-rules-engine interprets: each rule's
 * conditions become a closure over the facts, once, on first use. It implements the two readings of
 * {@link evaluateWithJsonRulesEngine} (missing fact as undefined, and as "any value") for the only operators the
 * rule schema admits (`equal`, `in` under `all`); test/equality.test.ts proves both evaluators equal.
 */
import type { Evaluation } from './engine.js';
import { FACTS, type FactName, type Facts, type FactValue } from './facts.js';
import { loadRules } from './rule-files.js';

type Test = (value: FactValue) => boolean;
interface CompiledRule {
  readonly name: string;
  readonly facts: readonly FactName[];
  readonly tests: readonly Test[];
}
interface Compiled {
  readonly all: readonly CompiledRule[];
  /** For each act, the rules that can fire for it (those naming it, and those with no act condition), in file order. */
  readonly byAct: ReadonlyMap<FactValue, readonly CompiledRule[]>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (!compiled) {
    const all: CompiledRule[] = loadRules().rules.map((rule) => ({
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
    compiled = { all, byAct };
  }
  return compiled;
}

/**
 * Evaluates the compiled rules synchronously. The act is always known (the schema requires it), so only the rules
 * that can fire for it are tried: a rule whose act condition fails is neither certain nor open.
 * @internal
 */
export function evaluateCompiled(facts: Facts): Evaluation {
  const definite: string[] = [];
  const possible: string[] = [];
  const { all, byAct } = compile();
  const rules = (facts.act !== undefined && byAct.get(facts.act)) || all;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let certain = true;
    let open = true;
    for (let i = 0; i < rule.tests.length; i++) {
      const value = facts[rule.facts[i]!];
      if (value === undefined) {
        certain = false;
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
