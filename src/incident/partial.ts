/**
 * A partial incident: what a reporter has entered so far. Valid when the schema accepts it with its required fields
 * filled in; the same zod schema and the same bilingual issues as a whole incident, nothing written twice. A report
 * with several acts (`acts`) likewise, against the schema of such reports.
 */
import { validateIncident, validateWith, type InvalidIncident } from './errors.js';
import { isObject, type Json } from './paths.js';
import { builtInMultiActSchema, hasActs, type ActEntry, type Incident, type IncidentAct, type IncidentSchema, type MultiActIncident, type MultiActSchema } from './schema.js';

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
  /** Never: a draft with `acts` is a {@link PartialMultiActIncident}. */
  readonly acts?: never;
};

/**
 * One act of a report with several acts as a form holds it before it is complete: its act may be missing, and, when
 * given, has its `kind`.
 * @example
 * ```ts
 * import type { PartialActEntry } from 'netralitas-asn';
 * const entry: PartialActEntry = { stage: 'calon' };
 * ```
 */
export type PartialActEntry = Omit<ActEntry, 'act'> & {
  readonly act?: IncidentAct;
};

/**
 * A report with several acts as a form holds it before it is complete: every field optional, the employment status
 * included, and `acts` the list of its acts so far (empty before the first is entered), each a {@link PartialActEntry}.
 * @example
 * ```ts
 * import type { PartialMultiActIncident } from 'netralitas-asn';
 * const draft: PartialMultiActIncident = { actor: { employment: 'pns' }, acts: [{ act: { kind: 'online_campaign' } }, {}] };
 * ```
 */
export type PartialMultiActIncident = Omit<MultiActIncident, 'actor' | 'acts'> & {
  readonly actor?: Partial<MultiActIncident['actor']>;
  readonly acts: readonly PartialActEntry[];
  /** Never: the acts of a report are in `acts`. */
  readonly act?: never;
};

/**
 * What a form holds: a {@link PartialIncident}, or a {@link PartialMultiActIncident} (a report with several acts, told
 * apart by its `acts`).
 * @example
 * ```ts
 * import type { PartialReport } from 'netralitas-asn';
 * const drafts: PartialReport[] = [{ stage: 'calon' }, { acts: [] }];
 * ```
 */
export type PartialReport = PartialIncident | PartialMultiActIncident;

/** The schemas a partial report is checked against: a law's, or by default the built-in law's. @internal */
export interface PartialSchemas {
  readonly incident?: IncidentSchema;
  readonly report?: MultiActSchema;
}

/**
 * Stand-ins for the two required fields, used only to validate a partial incident and never returned: `pns`, which no
 * cross-field rule restricts, and an act with no fields of its own.
 */
const STAND_INS = { employment: 'pns', act: { kind: 'take_part_in_campaign' } } as const;

/**
 * Validates untrusted input as a partial incident: valid when a whole incident with the missing employment status and
 * act filled in would be, so the issues are those of {@link validateIncident} (bilingual, naming the field): an unknown
 * key or value, an act field without its `kind`, an office not contested in the election, a PPPK on CLTN. A report
 * with several acts (`acts`, see `multiActIncidentSchema`) is valid when the report with the missing employment status
 * and every missing act filled in would be (and an empty `acts` when one act would be); its issues name the act
 * (`acts.1.act.kind`). Never throws. A classifier made with packs (`createClassifier`) has its own
 * `validatePartialIncident`, which knows the packs' regions and elections.
 * @example
 * ```ts
 * import { validatePartialIncident } from 'netralitas-asn';
 * validatePartialIncident({ stage: 'calon' }).ok; // true
 * const v = validatePartialIncident({ stage: 'kampanye' });
 * if (!v.ok) v.error.issues[0]?.path; // 'stage'
 * validatePartialIncident({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'online_campaign' } }, {}] }).ok; // true
 * ```
 */
export function validatePartialIncident(input: unknown): { readonly ok: true; readonly incident: PartialReport } | InvalidIncident {
  return validatePartialIn(input, {});
}

/** {@link validatePartialIncident} under a law's schemas (a classifier's, with its packs' values). @internal */
export function validatePartialIn(input: unknown, schemas: PartialSchemas): { readonly ok: true; readonly incident: PartialReport } | InvalidIncident {
  const schema = schemas.incident;
  if (hasActs(input)) return validatePartialReport(input as Json, schemas.report ?? (builtInMultiActSchema() as unknown as MultiActSchema));
  if (!isObject(input)) return validateIncident(input, schema) as InvalidIncident;
  let filled: Json;
  let noAct: boolean;
  let actor: ReturnType<typeof fillActor>;
  try {
    // Each field read once: a getter may throw, or answer differently the second time.
    actor = fillActor(input.actor);
    const act: unknown = input.act;
    noAct = act === undefined;
    filled = { ...input, actor: actor.filled, act: noAct ? STAND_INS.act : act };
  } catch {
    return validateIncident(input, schema) as InvalidIncident; // unreadable input: the same typed error
  }
  const checked = validateIncident(filled, schema);
  if (!checked.ok) return checked;
  const incident: Json = { ...checked.incident };
  if (noAct) delete incident.act;
  if (actor.noActor) delete incident.actor;
  else if (actor.noEmployment) {
    const { employment: _, ...rest } = checked.incident.actor;
    incident.actor = rest;
  }
  return { ok: true, incident: incident as PartialIncident };
}

/** The actor with the stand-in employment status where it has none (`undefined`: the input has no actor). */
function fillActor(actor: unknown): { readonly filled: unknown; readonly noActor: boolean; readonly noEmployment: boolean } {
  const noActor = actor === undefined;
  const noEmployment = noActor || (isObject(actor) && actor.employment === undefined);
  return { filled: noEmployment ? { ...(isObject(actor) ? actor : {}), employment: STAND_INS.employment } : actor, noActor, noEmployment };
}

/** A partial report with several acts: checked with its stand-ins filled in, returned without them. */
function validatePartialReport(input: Json, schema: MultiActSchema): { readonly ok: true; readonly incident: PartialMultiActIncident } | InvalidIncident {
  let filled: Json;
  let actor: ReturnType<typeof fillActor>;
  /** The acts given a stand-in act, by index (an empty `acts` is checked as one stand-in act, and returned empty). */
  const standIns = new Set<number>();
  let empty = false;
  try {
    // Each field read once, as for a single act.
    actor = fillActor(input.actor);
    const acts: unknown = input.acts;
    let filledActs: unknown = acts;
    if (Array.isArray(acts)) {
      empty = acts.length === 0;
      filledActs = empty
        ? [{ act: STAND_INS.act }]
        : acts.map((entry: unknown, i) => {
            if (!isObject(entry) || entry.act !== undefined) return entry;
            standIns.add(i);
            return { ...entry, act: STAND_INS.act };
          });
    }
    filled = { ...input, actor: actor.filled, acts: filledActs };
  } catch {
    return validateWith(input, schema) as InvalidIncident; // unreadable input: the same typed error
  }
  const checked = validateWith<MultiActIncident>(filled, schema);
  if (!checked.ok) return checked;
  const report: Json = { ...checked.incident };
  report.acts = empty
    ? []
    : checked.incident.acts.map((entry, i) => {
        if (!standIns.has(i)) return entry;
        const { act: _, ...rest } = entry;
        return rest;
      });
  if (actor.noActor) delete report.actor;
  else if (actor.noEmployment) {
    const { employment: _, ...rest } = checked.incident.actor;
    report.actor = rest;
  }
  return { ok: true, incident: report as PartialMultiActIncident };
}
