/**
 * The one classification pipeline: validate the input against the law's schema, take its facts, derive the stage and
 * phase from the date and the law's calendars, evaluate the law's rules, build the result. Every classifier
 * (json-rules-engine or compiled, built-in law or with packs, mutants in mutation testing) is this pipeline with its
 * own law and evaluator.
 */
import { deriveFacts } from '../evaluate/derive.js';
import type { Evaluation } from '../evaluate/engine.js';
import { validateIncident, validateWith, type InvalidIncident } from '../incident/errors.js';
import { factsOf, type Facts } from '../incident/facts.js';
import { hasActs, incidentOfAct, type Incident, type MultiActIncident } from '../incident/schema.js';
import { incidentSchemaOf, multiActSchemaOf, type Law } from '../law/law.js';
import { combineActs, type MultiActResult, type PresumedMultiActResult } from './multi-act.js';
import { buildResult, citation, type ClassificationResult } from './result.js';
import { assessRepeat } from './repeat.js';
import { planPresumed, validatePresume, type PresumedResult } from './presume.js';

/** Options of a classification. @internal */
export interface DecideOptions {
  readonly presume?: unknown;
}

/** The input validated against the law's schema. @internal */
export const validateIn = (law: Law, input: unknown) => validateIncident(input, incidentSchemaOf(law));

/** What a classification answers: a result (decided under presumptions where given), or the input's issues. @internal */
export type Decided = ClassificationResult | PresumedResult | MultiActResult | PresumedMultiActResult | InvalidIncident;

/**
 * What a classifier answers for an input of type `I`: for a report with several acts (`acts`) a
 * {@link MultiActResult}, for an incident with one `act` a single result, for input of unknown shape either.
 * @example
 * ```ts
 * import type { AnswerTo, Incident } from 'netralitas-asn';
 * type Single = AnswerTo<Incident>; // ClassificationResult | PresumedResult | InvalidIncident
 * ```
 */
export type AnswerTo<I> = I extends { readonly acts: unknown }
  ? MultiActResult | PresumedMultiActResult | InvalidIncident
  : I extends { readonly act: unknown }
    ? ClassificationResult | PresumedResult | InvalidIncident
    : Decided;

/**
 * The answer to an input known to be a single-act incident (the decision space, the fixtures of one act), narrowed to
 * the single result types; throws if it is the result of a report with several acts.
 * @example
 * ```ts
 * singleAnswer(classifySync(incidentFromFacts(point.facts))).verdict;
 * ```
 * @internal
 */
export function singleAnswer(answer: Decided): ClassificationResult | PresumedResult | InvalidIncident {
  if (answer.ok && 'findings' in answer) throw new TypeError('expected the answer to an incident with one act');
  return answer;
}

/**
 * The input validated against the law's schema for its shape: a report with several acts (`acts`) or an incident.
 * @internal
 */
export const validateInput = (law: Law, input: unknown) => (hasActs(input) ? validateWith<MultiActIncident>(input, multiActSchemaOf(law)) : validateIn(law, input));

/** The incidents to decide (one, or with presumptions the runs the plan needs) and how their results combine. */
type Runs = { readonly incidents: readonly Incident[]; readonly combine: (results: ClassificationResult[]) => Exclude<Decided, InvalidIncident> };

/** Validation and presumptions: the step both evaluators share before any rule is run. */
function runsOf(input: unknown, law: Law, options: DecideOptions | undefined): Runs | InvalidIncident {
  if (hasActs(input)) return actRunsOf(input, law, options);
  const validated = validateIn(law, input);
  if (!validated.ok) return validated;
  return runsOfIncident(validated.incident, law, options);
}

/** The runs of one validated incident: itself, or with presumptions the runs their plan needs. */
function runsOfIncident(incident: Incident, law: Law, options: DecideOptions | undefined): Runs | InvalidIncident {
  if (options?.presume === undefined) return { incidents: [incident], combine: (results) => results[0]! };
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(incident, presume.presume, (x) => validateIn(law, x));
  return { incidents: plan.all, combine: (results) => plan.combine(results) };
}

/**
 * The runs of a report with several acts: each act's incident (see `incidentOfAct`) runs as a single incident would,
 * and the acts' results combine into the report's (see multi-act.ts).
 */
function actRunsOf(input: unknown, law: Law, options: DecideOptions | undefined): Runs | InvalidIncident {
  const validated = validateInput(law, input);
  if (!validated.ok) return validated;
  const report = validated.incident as MultiActIncident;
  const perAct: Runs[] = [];
  for (let i = 0; i < report.acts.length; i++) {
    // The act's incident is valid by the report's schema; validating it again gives it the single incident's exact form.
    const single = validateIn(law, incidentOfAct(report, i));
    if (!single.ok) return single;
    const runs = runsOfIncident(single.incident, law, options);
    if ('ok' in runs) return runs;
    perAct.push(runs);
  }
  return {
    incidents: perAct.flatMap((r) => r.incidents),
    combine: (results) => {
      let at = 0;
      const acts = perAct.map((r) => r.combine(results.slice(at, (at += r.incidents.length))) as ClassificationResult | PresumedResult);
      return combineActs(report, acts, law);
    },
  };
}

/**
 * A result with the actor's earlier penalties assessed (PP 94/2021 Pasal 35): the assessment, its note, and its bases
 * cited; unchanged without earlier penalties.
 */
function withRepeat(result: ClassificationResult, incident: Incident, law: Law): ClassificationResult {
  const repeat = assessRepeat(incident.actor, incident.date, result.verdict, result.sanction?.level, law);
  if (!repeat) return result;
  const citations = { ...result.citations };
  for (const id of repeat.bases) citations[id] ??= citation(law, id);
  return { ...result, notes: [...result.notes, repeat.note], citations, repeat };
}

/** The facts of one incident, with the stage and phase derived from the law's calendars. */
const prepare = (incident: Incident, law: Law) => ({ incident, law, ...deriveFacts(incident, factsOf(incident), law) });

/** The pipeline with a synchronous evaluator. @internal */
export function decideSync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Evaluation,
  options?: DecideOptions,
): Decided {
  return runSync(runsOf(input, law, options), law, evaluate);
}

/**
 * The pipeline with a synchronous evaluator, for an incident already validated against the law's schema (by
 * {@link validateIn}): the same answer as {@link decideSync} gives for the input it was validated from, without
 * validating it again.
 * @example
 * ```ts
 * const v = validateIn(law, input);
 * if (v.ok) decideIncidentSync(v.incident, law, evaluate); // as decideSync(input, law, evaluate)
 * ```
 * @internal
 */
export function decideIncidentSync(incident: Incident, law: Law, evaluate: (facts: Facts) => Evaluation, options?: DecideOptions): Decided {
  return runSync(runsOfIncident(incident, law, options), law, evaluate);
}

/** Evaluates the runs of an input and combines their results. */
function runSync(runs: Runs | InvalidIncident, law: Law, evaluate: (facts: Facts) => Evaluation): Decided {
  if ('ok' in runs) return runs;
  return runs.combine(
    runs.incidents.map((incident) => {
      const p = prepare(incident, law);
      return withRepeat(buildResult({ ...p, evaluation: evaluate(p.facts) }), incident, law);
    }),
  );
}

/** The pipeline with an asynchronous evaluator (json-rules-engine). @internal */
export async function decideAsync(
  input: unknown,
  law: Law,
  evaluate: (facts: Facts) => Promise<Evaluation>,
  options?: DecideOptions,
): Promise<Decided> {
  const runs = runsOf(input, law, options);
  if ('ok' in runs) return runs;
  return runs.combine(
    await Promise.all(
      runs.incidents.map(async (incident) => {
        const p = prepare(incident, law);
        return withRepeat(buildResult({ ...p, evaluation: await evaluate(p.facts) }), incident, law);
      }),
    ),
  );
}
