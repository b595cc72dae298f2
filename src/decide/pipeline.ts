/**
 * The one classification pipeline: validate the input, take its facts, derive the stage and phase from the date,
 * evaluate the rules, build the result. Every classifier (json-rules-engine or compiled, built-in law or with packs,
 * mutants in mutation testing) is this pipeline with its own evaluator.
 */
import { deriveFacts } from '../evaluate/derive.js';
import type { Evaluation } from '../evaluate/engine.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import { factsOf, type Facts } from '../incident/facts.js';
import type { LoadedRule } from '../law/rule-files.js';
import { buildResult, type ClassificationResult } from './result.js';

/** The rules an evaluation ran, by name; the bundled rules when absent. @internal */
export type RulesByName = ReadonlyMap<string, LoadedRule> | undefined;

/** The pipeline with a synchronous evaluator. @internal */
export function decideSync(input: unknown, evaluate: (facts: Facts) => Evaluation, rules?: RulesByName): ClassificationResult | InvalidIncident {
  const validated = validateIncident(input);
  if (!validated.ok) return validated;
  const { incident } = validated;
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident));
  return buildResult({ incident, facts, derived, conflicts, evaluation: evaluate(facts), ...(rules ? { rules } : {}) });
}

/** The pipeline with an asynchronous evaluator (json-rules-engine). @internal */
export async function decideAsync(
  input: unknown,
  evaluate: (facts: Facts) => Promise<Evaluation>,
  rules?: RulesByName,
): Promise<ClassificationResult | InvalidIncident> {
  const validated = validateIncident(input);
  if (!validated.ok) return validated;
  const { incident } = validated;
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident));
  const evaluation = await evaluate(facts);
  return buildResult({ incident, facts, derived, conflicts, evaluation, ...(rules ? { rules } : {}) });
}
