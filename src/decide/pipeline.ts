/**
 * The one classification pipeline: validate the input against the law's schema, take its facts, derive the stage and
 * phase from the date and the law's calendars, evaluate the law's rules, build the result. Every classifier
 * (json-rules-engine or compiled, built-in law or with packs, mutants in mutation testing) is this pipeline with its
 * own law and evaluator.
 */
import { deriveFacts } from '../evaluate/derive.js';
import type { Evaluation } from '../evaluate/engine.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import { factsOf, type Facts } from '../incident/facts.js';
import type { Incident } from '../incident/schema.js';
import { incidentSchemaOf, type Law } from '../law/law.js';
import { buildResult, type ClassificationResult } from './result.js';
import { planPresumed, validatePresume, type PresumedResult } from './presume.js';

/** Options of a classification. @internal */
export interface DecideOptions {
  readonly presume?: unknown;
}

/** The input validated against the law's schema. @internal */
export const validateIn = (law: Law, input: unknown) => validateIncident(input, incidentSchemaOf(law));

/** One validated incident through the rest of the pipeline, with a synchronous evaluator. @internal */
export function decideIncident(incident: Incident, law: Law, evaluate: (facts: Facts) => Evaluation): ClassificationResult {
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident), law);
  return buildResult({ incident, facts, derived, conflicts, evaluation: evaluate(facts), law });
}

/** The pipeline with a synchronous evaluator. @internal */
export function decideSync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Evaluation,
  options?: DecideOptions,
): ClassificationResult | PresumedResult | InvalidIncident {
  const validated = validateIn(law, input);
  if (!validated.ok) return validated;
  if (options?.presume === undefined) return decideIncident(validated.incident, law, evaluate);
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(validated.incident, presume.presume, (x) => validateIn(law, x));
  return plan.combine(plan.all.map((incident) => decideIncident(incident, law, evaluate)));
}

/** The pipeline with an asynchronous evaluator (json-rules-engine). @internal */
export async function decideAsync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Promise<Evaluation>,
  options?: DecideOptions,
): Promise<ClassificationResult | PresumedResult | InvalidIncident> {
  const validated = validateIn(law, input);
  if (!validated.ok) return validated;
  const decide = async (incident: Incident) => {
    const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident), law);
    return buildResult({ incident, facts, derived, conflicts, evaluation: await evaluate(facts), law });
  };
  if (options?.presume === undefined) return decide(validated.incident);
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(validated.incident, presume.presume, (x) => validateIn(law, x));
  return plan.combine(await Promise.all(plan.all.map(decide)));
}
