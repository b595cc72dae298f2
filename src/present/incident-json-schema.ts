/**
 * The incident JSON Schema of the built-in law, shipped as data: made by zod's `z.toJSONSchema` and annotated with the
 * labels (src/present/json-schema.ts) when the package is generated (scripts/generate-data.mjs), so that the form
 * entry carries the schema and not zod's JSON Schema code (issue 12, form bundle); test/json-schema.test.ts checks it
 * against the schema zod makes now.
 */
import { BUILT_IN_INCIDENT_JSON_SCHEMA } from '../law/generated/incident-json-schema.js';
import { lazyObject } from './lazy-object.js';

let builtIn: Readonly<Record<string, unknown>> | undefined;

/**
 * The built-in law's incident JSON Schema, made from its data on first use, once.
 * @example
 * ```ts
 * builtInIncidentJsonSchema() === builtInIncidentJsonSchema(); // true
 * ```
 * @internal
 */
export const builtInIncidentJsonSchema = (): Readonly<Record<string, unknown>> => (builtIn ??= BUILT_IN_INCIDENT_JSON_SCHEMA());

/**
 * The JSON Schema (draft 2020-12) of an incident, from zod's `z.toJSONSchema(incidentSchema)`, with titles and
 * descriptions in Bahasa Indonesia (`title`, `description`) and English (`x-translations.en`), and value labels
 * beside each enumeration (`x-enum-labels`). Strict keys, enumerations and types are all in it; the check that the
 * office is contested in the election is not (it is a zod refinement), so validate with {@link validateIncident} too.
 *
 * @example
 * ```ts
 * import { incidentJsonSchema } from 'netralitas-asn';
 * const actor = (incidentJsonSchema.properties as any).actor;
 * actor.title;                          // 'Terlapor'
 * actor['x-translations'].en.title;     // 'Reported person'
 * actor.properties.employment['x-enum-labels'].pns.en; // 'PNS (civil servant)'
 * ```
 */
export const incidentJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ lazyObject(builtInIncidentJsonSchema);
