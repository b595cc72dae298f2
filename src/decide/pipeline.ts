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

/** The incidents to decide (one, or with presumptions the runs the plan needs) and how their results combine. */
type Runs = { readonly incidents: readonly Incident[]; readonly combine: (results: ClassificationResult[]) => ClassificationResult | PresumedResult };

/** Validation and presumptions: the step both evaluators share before any rule is run. */
function runsOf(input: unknown, law: Law, options: DecideOptions | undefined): Runs | InvalidIncident {
  const validated = validateIn(law, input);
  if (!validated.ok) return validated;
  if (options?.presume === undefined) return { incidents: [validated.incident], combine: (results) => results[0]! };
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(validated.incident, presume.presume, (x) => validateIn(law, x));
  return { incidents: plan.all, combine: (results) => plan.combine(results) };
}

/** The facts of one incident, with the stage and phase derived from the law's calendars. */
const prepare = (incident: Incident, law: Law) => ({ incident, law, ...deriveFacts(incident, factsOf(incident), law) });

/** The pipeline with a synchronous evaluator. @internal */
export function decideSync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Evaluation,
  options?: DecideOptions,
): ClassificationResult | PresumedResult | InvalidIncident {
  const runs = runsOf(input, law, options);
  if ('ok' in runs) return runs;
  return runs.combine(
    runs.incidents.map((incident) => {
      const p = prepare(incident, law);
      return buildResult({ ...p, evaluation: evaluate(p.facts) });
    }),
  );
}

/** The pipeline with an asynchronous evaluator (json-rules-engine). @internal */
export async function decideAsync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Promise<Evaluation>,
  options?: DecideOptions,
): Promise<ClassificationResult | PresumedResult | InvalidIncident> {
  const runs = runsOf(input, law, options);
  if ('ok' in runs) return runs;
  return runs.combine(
    await Promise.all(
      runs.incidents.map(async (incident) => {
        const p = prepare(incident, law);
        return buildResult({ ...p, evaluation: await evaluate(p.facts) });
      }),
    ),
  );
}
