/**
 * The synchronous classifier: the rules compiled from the rule files, no json-rules-engine at run time.
 */
import { evaluateCompiled } from '../evaluate/compiled.js';
import { deriveFacts } from '../evaluate/derive.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import { factsOf } from '../incident/facts.js';
import { buildResult, type ClassificationResult } from './result.js';
import type { Incident } from '../incident/schema.js';
import { planPresumed, validatePresume, type PresumedResult } from './presume.js';

/**
 * Classifies a reported incident synchronously with the rules compiled from the same rule files, without
 * json-rules-engine at run time: the same result as {@link classify}, for forms that answer on every keystroke and for
 * batch work.
 *
 * @typeParam I - `unknown` by default (any input, e.g. parsed JSON); pass {@link Incident} (`classifySync<Incident>(...)`)
 *   to have an incident written in code checked at compile time.
 * @param input - untrusted input; it is validated against {@link incidentSchema}.
 * @returns the result (`ok: true`), or `ok: false` with bilingual validation issues naming each field.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const result = classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });
 * if (result.ok) result.sanction?.level; // 'pemberhentian_tidak_dengan_hormat'
 * ```
 */
export function classifySync<I = unknown>(input: I, options?: { readonly presume?: unknown }): ClassificationResult | PresumedResult | InvalidIncident {
  const validated = validateIncident(input);
  if (!validated.ok) return validated;
  if (options?.presume === undefined) return decideSync(validated.incident);
  const presume = validatePresume(options.presume);
  if (!presume.ok) return presume;
  const plan = planPresumed(validated.incident, presume.presume);
  return plan.combine(plan.all.map(decideSync));
}

function decideSync(incident: Incident): ClassificationResult {
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident));
  return buildResult({ incident, facts, derived, conflicts, evaluation: evaluateCompiled(facts) });
}
