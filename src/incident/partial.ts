/**
 * A partial incident: what a reporter has entered so far. Valid when the schema accepts it with its two required
 * fields filled in; the same zod schema and the same bilingual issues as a whole incident, nothing written twice.
 */
import { validateIncident, type InvalidIncident } from './errors.js';
import { isObject, type Json } from './paths.js';
import type { Incident, IncidentAct, IncidentSchema } from './schema.js';

/**
 * An incident as a form holds it before it is complete: every field optional, the employment status and the act
 * included. An act, when given, has its `kind` (its other fields belong to that kind).
 * @example
 * ```ts
 * import type { PartialIncident } from 'netralitas-asn';
 * const draft: PartialIncident = { actor: { cltn: false }, stage: 'calon' };
 * ```
 */
export type PartialIncident = Omit<Incident, 'actor' | 'act'> & {
  readonly actor?: Partial<Incident['actor']>;
  readonly act?: IncidentAct;
};

/**
 * Stand-ins for the two required fields, used only to validate a partial incident and never returned: `pns`, which no
 * cross-field rule restricts, and an act with no fields of its own.
 */
const STAND_INS = { employment: 'pns', act: { kind: 'take_part_in_campaign' } } as const;

/**
 * Validates untrusted input as a partial incident: valid when a whole incident with the missing employment status and
 * act filled in would be, so the issues are those of {@link validateIncident} (bilingual, naming the field): an unknown
 * key or value, an act field without its `kind`, an office not contested in the election, a PPPK on CLTN. Never throws.
 * A classifier made with packs (`createClassifier`) has its own `validatePartialIncident`, which knows the packs'
 * regions and elections.
 * @example
 * ```ts
 * import { validatePartialIncident } from 'netralitas-asn';
 * validatePartialIncident({ stage: 'calon' }).ok; // true
 * const v = validatePartialIncident({ stage: 'kampanye' });
 * if (!v.ok) v.error.issues[0]?.path; // 'stage'
 * ```
 */
export function validatePartialIncident(input: unknown): { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident {
  return validatePartialIn(input, undefined);
}

/** {@link validatePartialIncident} under a law's incident schema (a classifier's, with its packs' values). @internal */
export function validatePartialIn(input: unknown, schema: IncidentSchema | undefined): { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident {
  if (!isObject(input)) return validateIncident(input, schema) as InvalidIncident;
  let filled: Json;
  let noAct: boolean;
  let noEmployment: boolean;
  let noActor: boolean;
  try {
    // Each field read once: a getter may throw, or answer differently the second time.
    const actor: unknown = input.actor;
    const act: unknown = input.act;
    noActor = actor === undefined;
    noAct = act === undefined;
    noEmployment = noActor || (isObject(actor) && actor.employment === undefined);
    const filledActor = noEmployment ? { ...(isObject(actor) ? actor : {}), employment: STAND_INS.employment } : actor;
    filled = { ...input, actor: filledActor, act: noAct ? STAND_INS.act : act };
  } catch {
    return validateIncident(input, schema) as InvalidIncident; // unreadable input: the same typed error
  }
  const checked = validateIncident(filled, schema);
  if (!checked.ok) return checked;
  const incident: Json = { ...checked.incident };
  if (noAct) delete incident.act;
  if (noActor) delete incident.actor;
  else if (noEmployment) {
    const { employment: _, ...rest } = checked.incident.actor;
    incident.actor = rest;
  }
  return { ok: true, incident: incident as PartialIncident };
}
