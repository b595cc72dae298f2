/**
 * Applying a reporter's answer to a partial incident: the form's one write, typed by the question's field and checked
 * by the schema.
 */
import { FACTS, type IncidentField, type IncidentFieldValue } from '../incident/facts.js';
import { validatePartialIn, type PartialIncident, type PartialMultiActIncident, type PartialReport, type PartialSchemas } from '../incident/partial.js';
import type { InvalidIncident } from '../incident/errors.js';
import { isObject, readPath, removePath, writePath, type Json } from '../incident/paths.js';

const FIELDS: ReadonlySet<string> = new Set(Object.values(FACTS).map((f) => f.path));

/** The first segments of the fields an act of a report with several acts may carry itself. */
const ACT_ENTRY_SECTIONS: ReadonlySet<string> = new Set(['act', 'target', 'date', 'stage', 'campaignPhase']);

/** What applying an answer gives: the new draft, validated, or the bilingual error naming the field. */
type Applied<D> = { readonly ok: true; readonly incident: D } | InvalidIncident;

/**
 * Applies an answer to a partial incident and returns a new partial incident, validated (the input is not changed).
 * `question` is a {@link Question} (or any `{ field }` with an {@link IncidentField}); `value` is one of its option
 * values, typed from the schema, or `undefined` to clear the answer. Choosing another `act.kind` drops the fields of
 * the previous act, which do not belong to the new one; clearing `act.kind` clears the act. Anything else the schema
 * rejects (a value outside the field's options, an office not contested in the election, a PPPK on CLTN) comes back
 * as the same bilingual `ok: false` error {@link validateIncident} gives, naming the field. Never throws. A classifier
 * made with packs (`createClassifier`) has its own `applyAnswer`, which knows the packs' regions and elections.
 *
 * A report with several acts (a {@link PartialMultiActIncident}) takes the answer where the question's `reportField`
 * says (`nextQuestions` gives it: `acts.1.act.activeSupport` for an act's own fact, `stage` for the report's); a
 * question without one answers the report's own field. `acts.N.…` with N the number of acts so far adds the next act.
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
 * // A report with several acts: the question of the first act's kind goes to acts.0.act.kind.
 * const report = applyAnswer({ acts: [] }, { field: 'act.kind', reportField: 'acts.0.act.kind' }, 'online_campaign');
 * if (report.ok) report.incident; // { acts: [{ act: { kind: 'online_campaign' } }] }
 * ```
 */
export function applyAnswer<P extends IncidentField>(partial: PartialIncident, question: { readonly field: P }, value: IncidentFieldValue<P> | undefined): Applied<PartialIncident>;
export function applyAnswer<P extends IncidentField>(
  partial: PartialMultiActIncident,
  question: { readonly field: P; readonly reportField?: string },
  value: IncidentFieldValue<P> | undefined,
): Applied<PartialMultiActIncident>;
export function applyAnswer<P extends IncidentField>(partial: PartialReport, question: { readonly field: P; readonly reportField?: string }, value: IncidentFieldValue<P> | undefined): Applied<PartialReport>;
export function applyAnswer<P extends IncidentField>(partial: PartialReport, question: { readonly field: P; readonly reportField?: string }, value: IncidentFieldValue<P> | undefined): Applied<PartialReport> {
  return applyAnswerIn({}, partial, question, value);
}

/** {@link applyAnswer} under a law's schemas (a classifier's, with its packs' values). @internal */
export function applyAnswerIn(schemas: PartialSchemas, partial: PartialReport, question: { readonly field: string; readonly reportField?: string }, value: unknown): Applied<PartialReport> {
  const validatePartialIncident = (x: unknown) => validatePartialIn(x, schemas);
  const checked = validatePartialIncident(partial);
  if (!checked.ok) return checked;
  const field: unknown = isObject(question) ? question.field : undefined;
  const next = structuredClone(checked.incident) as Json;
  if (Array.isArray(next.acts)) {
    // A report with several acts: where the question says, or the report's own field.
    const reportField: unknown = isObject(question) ? question.reportField : undefined;
    const place = typeof reportField === 'string' ? reportField : field;
    const at = typeof place === 'string' ? placeIn(next, next.acts as Json[], place) : undefined;
    if (!at) return validatePartialIncident({ ...checked.incident, [String(place)]: value });
    answerAt(at.container, at.field, value);
    return validatePartialIncident(next);
  }
  if (typeof field !== 'string' || !FIELDS.has(field)) {
    return validatePartialIncident({ ...checked.incident, [String(field)]: value });
  }
  answerAt(next, field, value);
  return validatePartialIncident(next);
}

/**
 * Where a field of a report with several acts is: an act's own (`acts.1.act.activeSupport`, the act after the last
 * added by `acts.N.…` with N the number of acts), or the report's (not an act's fields: the report has no `act`);
 * `undefined` for any other place.
 */
function placeIn(report: Json, acts: Json[], place: string): { readonly container: Json; readonly field: string } | undefined {
  const path = place.split('.');
  if (path[0] !== 'acts') return FIELDS.has(place) && path[0] !== 'act' ? { container: report, field: place } : undefined;
  const index = Number(path[1]);
  const field = path.slice(2).join('.');
  if (!Number.isInteger(index) || String(index) !== path[1] || index < 0 || index > acts.length || !FIELDS.has(field) || !ACT_ENTRY_SECTIONS.has(path[2]!)) return undefined;
  if (index === acts.length) acts.push({});
  return { container: acts[index]!, field };
}

/** Writes (or clears, for `undefined`) the answer to a field of an incident, or of one act of a report, in place. */
function answerAt(container: Json, field: string, value: unknown): void {
  const path = field.split('.');
  if (field === 'act.kind') {
    if (value === undefined) delete container.act;
    else if (readPath(container, path) !== value) container.act = { kind: value };
  } else if (value === undefined) {
    removePath(container, path);
    // An emptied section goes too: `target: {}` says nothing.
    const section = path.length > 1 ? container[path[0]!] : undefined;
    if (isObject(section) && Object.keys(section).length === 0) delete container[path[0]!];
  } else {
    writePath(container, path, value);
  }
}
