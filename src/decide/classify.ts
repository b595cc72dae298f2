/**
 * The public classifier: validate, derive from the calendar, evaluate the rules with json-rules-engine, build the
 * result. Never throws for any input.
 */
import { deriveFacts } from '../evaluate/derive.js';
import { evaluateWithJsonRulesEngine } from '../evaluate/engine.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import { factsOf } from '../incident/facts.js';
import { buildResult, type ClassificationResult } from './result.js';
import { runLimit } from '../evaluate/run-limit.js';
import type { Incident } from '../incident/schema.js';
import { planPresumed, validatePresume, type PresumedResult } from './presume.js';

/** Engine runs in flight at once; more calls wait in line (see run-limit.ts). */
const ENGINE_RUNS = 8;
const limited = runLimit(ENGINE_RUNS);

/**
 * Classifies a reported incident with json-rules-engine, the reference interpreter of the rule files.
 *
 * @typeParam I - `unknown` by default (any input, e.g. parsed JSON); pass {@link Incident} (`classifySync<Incident>(...)`)
 *   to have an incident written in code checked at compile time.
 * @param input - untrusted input; it is validated against {@link incidentSchema}.
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
export async function classify<I = unknown>(input: I, options?: { readonly presume?: unknown }): Promise<ClassificationResult | PresumedResult | InvalidIncident> {
  const validated = validateIncident(input);
  if (!validated.ok) return validated;
  if (options?.presume === undefined) return decide(validated.incident);
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(validated.incident, presume.presume);
  return plan.combine(await Promise.all(plan.all.map(decide)));
}

async function decide(incident: Incident): Promise<ClassificationResult> {
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident));
  const evaluation = await limited(() => evaluateWithJsonRulesEngine(facts));
  return buildResult({ incident, facts, derived, conflicts, evaluation });
}

