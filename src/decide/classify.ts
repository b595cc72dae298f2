/**
 * The public classifier: validate, derive from the calendar, evaluate the rules with json-rules-engine (the reference
 * interpreter), build the result. Never throws for any input.
 */
import { evaluateWithJsonRulesEngine } from '../evaluate/engine.js';
import { runLimit } from '../evaluate/run-limit.js';
import type { InvalidIncident } from '../incident/errors.js';
import { defaultLaw, type Law } from '../law/law.js';
import { decideAsync, type AnswerTo, type Decided, type DecideOptions } from './pipeline.js';
import type { PresumedResult } from './presume.js';
import type { ClassificationResult } from './result.js';

/** Classifications in flight at once; more calls wait in line (see run-limit.ts). */
const ENGINE_RUNS = 2;
const limited = runLimit(ENGINE_RUNS);

/**
 * Classifies with json-rules-engine on a law's rules, sharing the process's limit on classifications in flight: a call
 * waits in line holding only its input, and validates, evaluates and builds its result once its turn comes (waiting
 * with its input validated and its facts derived, each held about 4 KB more).
 * @internal
 */
export function classifyIn(law: Law, input: unknown, options?: DecideOptions): Promise<Decided> {
  return limited(() => decideAsync(input, law, (facts) => evaluateWithJsonRulesEngine(facts, law.rules, law), options));
}

/**
 * Classifies a reported incident with json-rules-engine, the reference interpreter of the rule files.
 *
 * @typeParam I - `unknown` by default (any input, e.g. parsed JSON); pass {@link Incident} (`classifySync<Incident>(...)`)
 *   to have an incident written in code checked at compile time.
 * @param input - untrusted input; it is validated against {@link incidentSchema}.
 * @param options.presume - presumptions for facts the report leaves unsaid (see {@link PRESUMPTIONS}).
 * @returns the result (`ok: true`), or `ok: false` with bilingual validation issues naming each field.
 * @example
 * ```ts
 * import { classify } from 'netralitas-asn';
 * const result = await classify({
 *   actor: { employment: 'pns' },
 *   act: { kind: 'install_campaign_props' },
 *   target: { office: 'bupati' },
 *   election: 'pilkada_2024',
 *   date: '2024-10-01',
 * });
 * if (result.ok) console.log(result.verdict, result.violations[0]?.list, result.violations[0]?.item); // violation disiplin 1
 * ```
 */
export async function classify<I = unknown>(input: I, options?: { readonly presume?: unknown }): Promise<AnswerTo<I>> {
  return (await classifyIn(defaultLaw(), input, options)) as AnswerTo<I>;
}
