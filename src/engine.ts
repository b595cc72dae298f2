/**
 * The reference interpreter: json-rules-engine runs the rule files as they are.
 *
 * Two engines evaluate the same rules. The exact engine treats a missing fact as undefined (no condition on it
 * holds), so its successes are the rules that certainly apply. The wildcard engine treats a missing fact as "any
 * value the schema still allows" (`feasibleValues`: e.g. only the offices of a known election), so its successes are
 * the rules that could still apply once the missing facts are known. Rule files use only monotone operators (`equal`, `in` under `all`), which makes both
 * readings exact.
 */
import { Engine } from 'json-rules-engine';
import { FACT_NAMES, feasibleValues, type Facts, type FactValue } from './facts.js';
import { loadRules, type LoadedRule } from './rule-files.js';

/** Names of the rules that certainly apply and of those that could apply. @internal */
export interface Evaluation {
  readonly definite: readonly string[];
  readonly possible: readonly string[];
}

/** The value of a missing fact in the wildcard reading: any of the values the schema still allows. */
class Unknown {
  constructor(readonly values: readonly FactValue[]) {}
}

let engines: { exact: Engine; wildcard: Engine; order: ReadonlyMap<string, number> } | undefined;

const toEngineRule = (rule: LoadedRule) => ({
  name: rule.name,
  priority: rule.priority,
  conditions: rule.conditions,
  event: rule.event,
});

function getEngines() {
  if (!engines) {
    const { rules } = loadRules();
    const exact = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true });
    const wildcard = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true });
    wildcard.addOperator('equal', (a: unknown, b: unknown) =>
      a instanceof Unknown ? a.values.includes(b as FactValue) : a === b,
    );
    wildcard.addOperator('in', (a: unknown, b: unknown) =>
      Array.isArray(b) && (a instanceof Unknown ? a.values.some((v) => b.includes(v)) : b.includes(a)),
    );
    engines = { exact, wildcard, order: new Map(rules.map((r, i) => [r.name, i])) };
  }
  return engines;
}

/**
 * Runs the rules on a set of facts with json-rules-engine.
 * @internal
 */
export async function evaluateWithJsonRulesEngine(facts: Facts): Promise<Evaluation> {
  const { exact, wildcard, order } = getEngines();
  const known: Record<string, unknown> = {};
  const open: Record<string, unknown> = {};
  for (const name of FACT_NAMES) {
    const value = facts[name];
    if (value !== undefined) known[name] = value;
    open[name] = value ?? new Unknown(feasibleValues(name, facts));
  }
  const [a, b] = await Promise.all([exact.run(known), wildcard.run(open)]);
  const names = (results: { name?: unknown }[]) =>
    results.map((r) => String(r.name)).sort((x, y) => order.get(x)! - order.get(y)!);
  return { definite: names(a.results), possible: names(b.results) };
}
