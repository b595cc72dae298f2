/**
 * Applying a reporter's answer to a partial incident: the form's one write, typed by the question's field and checked
 * by the schema.
 */
import { FACTS, type IncidentField, type IncidentFieldValue } from '../incident/facts.js';
import { validatePartialIn, type PartialIncident } from '../incident/partial.js';
import type { IncidentSchema } from '../incident/schema.js';
import type { InvalidIncident } from '../incident/errors.js';
import { isObject, readPath, removePath, writePath, type Json } from '../incident/paths.js';

const FIELDS: ReadonlySet<string> = new Set(Object.values(FACTS).map((f) => f.path));

/**
 * Applies an answer to a partial incident and returns a new partial incident, validated (the input is not changed).
 * `question` is a {@link Question} (or any `{ field }` with an {@link IncidentField}); `value` is one of its option
 * values, typed from the schema, or `undefined` to clear the answer. Choosing another `act.kind` drops the fields of
 * the previous act, which do not belong to the new one; clearing `act.kind` clears the act. Anything else the schema
 * rejects (a value outside the field's options, an office not contested in the election, a PPPK on CLTN) comes back
 * as the same bilingual `ok: false` error {@link validateIncident} gives, naming the field. Never throws. A classifier
 * made with packs (`createClassifier`) has its own `applyAnswer`, which knows the packs' regions and elections.
 * @example
 * ```ts
 * import { applyAnswer, nextQuestions, type PartialIncident } from 'netralitas-asn';
 * let draft: PartialIncident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' } };
 * const next = nextQuestions(draft);
 * const q = Array.isArray(next) ? next[0] : undefined; // the stage question
 * if (q?.field === 'stage') {
 *   const applied = applyAnswer(draft, q, 'bakal_calon'); // 'kampanye' would not compile
 *   if (applied.ok) draft = applied.incident; // { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, stage: 'bakal_calon' }
 * }
 * ```
 */
export function applyAnswer<P extends IncidentField>(
  partial: PartialIncident,
  question: { readonly field: P },
  value: IncidentFieldValue<P> | undefined,
): { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident {
  return applyAnswerIn(undefined, partial, question, value);
}

/** {@link applyAnswer} under a law's incident schema (a classifier's, with its packs' values). @internal */
export function applyAnswerIn(
  schema: IncidentSchema | undefined,
  partial: PartialIncident,
  question: { readonly field: string },
  value: unknown,
): { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident {
  const validatePartialIncident = (x: unknown) => validatePartialIn(x, schema);
  const checked = validatePartialIncident(partial);
  if (!checked.ok) return checked;
  const field: unknown = isObject(question) ? question.field : undefined;
  if (typeof field !== 'string' || !FIELDS.has(field)) {
    return validatePartialIncident({ ...checked.incident, [String(field)]: value });
  }
  const path = field.split('.');
  const next = structuredClone(checked.incident) as Json;
  if (field === 'act.kind') {
    if (value === undefined) delete next.act;
    else if (readPath(next, path) !== value) next.act = { kind: value };
  } else if (value === undefined) {
    removePath(next, path);
    // An emptied section goes too: `target: {}` says nothing.
    const section = path.length > 1 ? next[path[0]!] : undefined;
    if (isObject(section) && Object.keys(section).length === 0) delete next[path[0]!];
  } else {
    writePath(next, path, value);
  }
  return validatePartialIncident(next);
}
