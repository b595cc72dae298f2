/** Validating input as the classifiers take it, without classifying it: the pipeline's own validation step. */
import type { InvalidIncident } from '../incident/errors.js';
import type { Incident, MultiActIncident } from '../incident/schema.js';
import { defaultLaw } from '../law/law.js';
import { validateInput } from './pipeline.js';

/**
 * What {@link validateReport} answers for input of type `I`: a report with several acts (`acts`) for input typed with
 * `acts`, an incident for input typed with one `act`, either for input of unknown shape.
 * @example
 * ```ts
 * import type { Incident, ValidatedReport } from 'netralitas-asn';
 * type One = ValidatedReport<Incident>; // { ok: true; incident: Incident } | InvalidIncident
 * ```
 */
export type ValidatedReport<I = unknown> = I extends { readonly acts: unknown }
  ? { readonly ok: true; readonly incident: MultiActIncident } | InvalidIncident
  : I extends { readonly act: unknown }
    ? { readonly ok: true; readonly incident: Incident } | InvalidIncident
    : { readonly ok: true; readonly incident: Incident | MultiActIncident } | InvalidIncident;

/**
 * Validates untrusted input as {@link classifySync} takes it: a report with several acts (an `acts` key) against
 * {@link multiActIncidentSchema}, anything else as {@link validateIncident} does. The issues are those `classifySync`
 * gives for the same input. Never throws.
 * @example
 * ```ts
 * import { validateReport } from 'netralitas-asn';
 * const v = validateReport({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }, { act: { kind: 'online_campaign' } }] });
 * v.ok && 'acts' in v.incident; // true
 * ```
 */
export function validateReport<I = unknown>(input: I): ValidatedReport<I> {
  return validateInput(defaultLaw(), input) as ValidatedReport<I>;
}
