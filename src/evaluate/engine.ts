/**
 * The reference interpreter: json-rules-engine runs the rule files' conditions as they are (see toEngineRule).
 *
 * One run gives both readings. A missing fact is given to the engine as "any value the schema still allows"
 * (`feasibleValues`: e.g. only the offices of a known election), and the `equal` and `in` operators accept it when any
 * of those values would pass. The rules that succeed are the rules that could apply once the missing facts are known;
 * those of them whose conditions all read known facts (json-rules-engine reports each condition's fact value) are the
 * rules that certainly apply. Rule files use only monotone operators (`equal`, `in` under `all`), which makes both
 * readings exact.
 */
import type { Engine } from 'json-rules-engine';
import { FACT_NAMES, feasibleValues, type Facts, type FactSpace, type FactValue } from '../incident/facts.js';
import type { LoadedRule } from '../law/rule-files.js';

/** Names of the rules that certainly apply and of those that could apply. @internal */
export interface Evaluation {
  readonly definite: readonly string[];
  readonly possible: readonly string[];
}

/** The value of a missing fact: any of the values the schema still allows. */
class Unknown {
  readonly unknown = true;
  constructor(readonly values: readonly FactValue[]) {}
}

const isUnknown = (value: unknown): value is Unknown =>
  value instanceof Unknown || (typeof value === 'object' && value !== null && (value as { unknown?: unknown }).unknown === true);

type BuiltEngine = { engine: Engine; order: ReadonlyMap<string, number> };
const engines = new WeakMap<readonly LoadedRule[], BuiltEngine>();

/**
 * A rule as the engine gets it: its name, priority and conditions as the rule file has them, and its event's type. The
 * event's params (the finding, its sanction, its bases and bilingual explanation) are left out: the engine never reads
 * them (they are not facts to resolve: `replaceFactsInEventParams` is off), only copies them into every rule's result
 * on every run, which was a third of `classify`'s time; the result is built from the rule found by `name`.
 */
const toEngineRule = (rule: LoadedRule) => ({
  name: rule.name,
  priority: rule.priority,
  conditions: rule.conditions,
  event: { type: rule.event.type },
});

/** json-rules-engine's Engine, loaded on the first run only: the entries load fast without it (issue 12, start-up). */
let EngineClass: typeof Engine | undefined;

/** Loads json-rules-engine once (a CommonJS package: its exports are named or on the default export). */
async function loadEngine(): Promise<typeof Engine> {
  if (!EngineClass) {
    const loaded = (await import('json-rules-engine')) as unknown as { Engine?: typeof Engine; default?: { Engine: typeof Engine } };
    EngineClass = loaded.Engine ?? loaded.default!.Engine;
  }
  return EngineClass;
}

function buildEngine(RulesEngine: typeof Engine, rules: readonly LoadedRule[]): BuiltEngine {
  const e = new RulesEngine(rules.map(toEngineRule), { allowUndefinedFacts: true });
  e.addOperator('equal', (a: unknown, b: unknown) => (isUnknown(a) ? a.values.includes(b as FactValue) : a === b));
  e.addOperator(
    'in',
    (a: unknown, b: unknown) => Array.isArray(b) && (isUnknown(a) ? a.values.some((v) => b.includes(v)) : b.includes(a)),
  );
  return { engine: e, order: new Map(rules.map((r, i) => [r.name, i])) };
}

async function getEngine(rules: readonly LoadedRule[]): Promise<BuiltEngine> {
  let built = engines.get(rules);
  if (!built) engines.set(rules, (built = buildEngine(EngineClass ?? (await loadEngine()), rules)));
  return built;
}

interface ConditionResult {
  readonly factResult?: unknown;
}

/**
 * Runs the rules of a law on a set of facts with json-rules-engine.
 * @internal
 */
export async function evaluateWithJsonRulesEngine(facts: Facts, rules: readonly LoadedRule[], space: FactSpace): Promise<Evaluation> {
  const { engine: e, order } = engines.get(rules) ?? (await getEngine(rules));
  const values: Record<string, unknown> = {};
  for (const name of FACT_NAMES) values[name] = facts[name] ?? new Unknown(feasibleValues(name, facts, space));
  const { results } = await e.run(values);
  const succeeded = [...results].sort((x, y) => order.get(String(x.name))! - order.get(String(y.name))!);
  const possible = succeeded.map((r) => String(r.name));
  const definite = succeeded
    .filter((r) => ((r.conditions as { all?: ConditionResult[] }).all ?? []).every((c) => !isUnknown(c.factResult)))
    .map((r) => String(r.name));
  return { definite, possible };
}
