/**
 * A synchronous evaluator compiled from the same rule files that json-rules-engine interprets: each rule's
 * conditions become a closure over the facts, once, on first use. It implements the two readings of
 * {@link evaluateWithJsonRulesEngine} (missing fact as undefined, and as "any value") for the only operators the
 * rule schema admits (`equal`, `in` under `all`); test/equality.test.ts proves both evaluators equal.
 */
import type { Evaluation } from './engine.js';
import type { FactName, Facts, FactValue } from './facts.js';
import { loadRules, type LoadedRule } from './rule-files.js';

type Test = (value: FactValue) => boolean;
/** A rule compiled to closures over the facts. @internal */
export interface CompiledRule {
  readonly name: string;
  readonly tests: readonly (readonly [FactName, Test])[];
}

let compiled: readonly CompiledRule[] | undefined;

/**
 * Compiles a validated rule set (by default, the bundled one) to closures over the facts.
 * @internal
 */
export function compileRules(rules: readonly LoadedRule[]): readonly CompiledRule[] {
  return rules.map((rule) => ({
      name: rule.name,
      tests: rule.conditions.all.map((c): readonly [FactName, Test] => {
        if (c.operator === 'equal') {
          const expected = c.value;
          return [c.fact, (v) => v === expected];
        }
        const set = new Set<unknown>(c.value as readonly FactValue[]);
        return [c.fact, (v) => set.has(v)];
      }),
    }));
}

function compile(): readonly CompiledRule[] {
  compiled ??= compileRules(loadRules().rules);
  return compiled;
}

/**
 * Evaluates the compiled rules (by default, the bundled rule files) synchronously.
 * @internal
 */
export function evaluateCompiled(facts: Facts, rules: readonly CompiledRule[] = compile()): Evaluation {
  const definite: string[] = [];
  const possible: string[] = [];
  for (const rule of rules) {
    let certain = true;
    let open = true;
    for (const [fact, test] of rule.tests) {
      const value = facts[fact];
      if (value === undefined) {
        certain = false;
      } else if (!test(value)) {
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

