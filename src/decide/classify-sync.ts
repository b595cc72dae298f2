/**
 * The synchronous classifier: the rules compiled from the rule files, no json-rules-engine at run time.
 */
import { evaluateCompiled } from '../evaluate/compiled.js';
import { deriveFacts } from '../evaluate/derive.js';
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import { factsOf } from '../incident/facts.js';
import { buildResult, type ClassificationResult } from './result.js';

/**
 * Classifies a reported incident synchronously with the rules compiled from the same rule files, without
 * json-rules-engine at run time: the same result as {@link classify}, for forms that answer on every keystroke and for
 * batch work.
 *
 * @param input - untrusted input; it is validated against {@link incidentSchema}.
 * @returns the result (`ok: true`), or `ok: false` with bilingual validation issues naming each field.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const result = classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });
 * if (result.ok) result.sanction?.level; // 'pemberhentian_tidak_dengan_hormat'
 * ```
 */
export function classifySync(input: unknown): ClassificationResult | InvalidIncident {
  const validated = validateIncident(input);
  if (!validated.ok) return validated;
  const { incident } = validated;
  const { facts, derived, conflicts } = deriveFacts(incident, factsOf(incident));
  return buildResult({ incident, facts, derived, conflicts, evaluation: evaluateCompiled(facts) });
}
