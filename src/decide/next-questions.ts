/**
 * The next questions of a reporting form: from whatever the reporter has entered so far (untrusted, possibly
 * incomplete or invalid), the facts that could still change the verdict, in form order. Derived from the rules by the
 * same analysis that makes a result `needs_information`: the facts read by the rules that could still fire and would
 * change the verdict. Facts no such rule reads are never asked.
 */
import { classifySync } from './classify-sync.js';
import { EMPLOYMENTS } from '../vocabulary/enums.js';
import type { InvalidIncident } from '../incident/errors.js';
import { FACTS, type FactName } from '../incident/facts.js';
import { isObject, readPath as read, removePath as remove, writePath as write, type Json } from '../incident/paths.js';
import { defaultLaw, type Law } from '../law/law.js';
import { validateInput } from './pipeline.js';
import { actsQuestions } from './multi-act.js';
import { hasActs, incidentOfAct, type MultiActIncident } from '../incident/schema.js';
import { FORM_ORDER, questionFor, type Question } from '../present/questions.js';
import { t } from '../vocabulary/text.js';

/**
 * The usable part of the input: each fact whose value is in its domain, the date and the reference, then whatever
 * the schema still rejects in combination (a sub-fact of another act, an office the election does not fill) dropped.
 */
function usable(input: unknown, law: Law): Json {
  const incident: Json = {};
  if (!isObject(input)) return incident;
  for (const fact of FORM_ORDER) {
    const path = FACTS[fact].path.split('.');
    const value = read(input, path);
    if ((law.domains[fact] as readonly unknown[]).includes(value)) write(incident, path, value);
  }
  for (const key of ['date', 'reference'] as const) if (typeof input[key] === 'string') incident[key] = input[key];
  for (let attempt = 0; attempt < 8; attempt++) {
    const checked = validateInput(law, incident);
    if (checked.ok) break;
    const paths = checked.error.issues.map((i) => i.path).filter((p) => p !== '' && p !== 'actor' && p !== 'act');
    // Required fields still missing are asked for, not removed: stop once nothing more can be dropped.
    if (!paths.map((p) => remove(incident, p.split('.'))).some(Boolean)) break;
  }
  return incident;
}

/** The facts a valid incident's verdict still turns on (empty for an invalid one or a decided verdict). */
function missing(incident: Json, decide: SyncClassifier): FactName[] {
  const result = decide(incident);
  return result.ok ? result.missingFacts.map((m) => m.fact) : [];
}

/**
 * The questions a reporting form should ask next, in form order (who, what, whom, when): the facts that could still
 * change the verdict given what the reporter has entered. Before the act is known it asks the employment status and
 * the act. Once both are known it asks exactly the facts of `missingFacts` of the result; while the employment is
 * unknown, the facts any employment status would leave open. An empty list means the verdict is decided.
 *
 * For a report with several acts (`acts`), each act is asked about as the incident it makes, and each question is
 * an {@link ActsQuestion}: it also says which acts turn on it and where the answer goes (`reportField`, e.g.
 * `acts.1.act.activeSupport`, or `stage` for the report's own stage).
 *
 * Never throws: values outside their domain, unknown keys and sub-facts of another act are ignored while questions
 * remain. Input that cannot be read (throwing getters, proxies) and input with nothing left to ask that
 * {@link classifySync} rejects get the same typed error as `classify` (`ok: false`), never `[]` ("decided").
 *
 * @typeParam P - `unknown` by default; pass {@link PartialIncident} to have a draft written in code checked at compile time.
 * @param partial - what the reporter has entered so far, in the shape of an incident; untrusted.
 * @example
 * ```ts
 * import { nextQuestions } from 'netralitas-asn';
 * nextQuestions({}).map((q) => q.fact); // ['employment', 'act']
 * nextQuestions({
 *   actor: { employment: 'pns' },
 *   act: { kind: 'attend_declaration_or_campaign' },
 *   target: { office: 'bupati', relation: 'spouse' },
 *   stage: 'calon',
 * }).map((q) => q.field); // ['actor.cltn']
 * ```
 */
export function nextQuestions<P = unknown>(partial: P): Question[] | InvalidIncident {
  return nextQuestionsWith(partial, classifySync, defaultLaw());
}

/** A synchronous classifier: {@link classifySync}, or that of a classifier made with packs. @internal */
export type SyncClassifier = (input: unknown) => ReturnType<typeof classifySync>;

/** {@link nextQuestions} under the given classifier and its law (the law with packs). @internal */
export function nextQuestionsWith(partial: unknown, decide: SyncClassifier, law: Law): Question[] | InvalidIncident {
  let questions: Question[];
  try {
    questions = hasActs(partial) ? askActs(partial as Json, decide, law) : ask(partial, decide, law);
  } catch {
    // A throwing getter or proxy: the same typed error as classify gives (validateIncident never throws).
    const checked = validateInput(law, partial);
    return checked.ok ? unreadable() : checked;
  }
  if (questions.length > 0) return questions;
  // Nothing left to ask means decided, which holds only for input that classify accepts.
  const checked = validateInput(law, partial);
  return checked.ok ? questions : checked;
}

/** The typed error for input that could be read once but not twice (a proxy that changes its answers). */
function unreadable(): InvalidIncident {
  const message = t('Data tidak dapat dibaca.', 'The input cannot be read.');
  return { ok: false, error: { code: 'invalid_incident', message, issues: [{ path: '', code: 'unreadable_input', message }] } };
}

/**
 * The questions for a partial report with several acts: each act's questions as the incident it makes (see
 * `incidentOfAct`; an act that is not yet an object counts as an empty act, and a report without acts as one empty
 * act), each asked once per place in the report, with the acts it concerns (the same as the result's `missingFacts`).
 */
function askActs(partial: Json, decide: SyncClassifier, law: Law): Question[] {
  const given = Array.isArray(partial.acts) && partial.acts.length > 0 ? (partial.acts as unknown[]) : [{}];
  const report = { ...partial, acts: given.map((entry) => (isObject(entry) ? entry : {})) } as unknown as MultiActIncident;
  return actsQuestions(
    report.acts.map((_, i) => ask(incidentOfAct(report, i), decide, law)),
    report,
  );
}

/** The questions for a partial incident that can be read. */
function ask(partial: unknown, decide: SyncClassifier, law: Law): Question[] {
  const incident = usable(partial, law);
  const question = (fact: FactName) => questionFor(fact, law);
  const known = (fact: FactName) => read(incident, FACTS[fact].path.split('.')) !== undefined;
  if (!known('act')) return FORM_ORDER.filter((f) => (f === 'employment' || f === 'act') && !known(f)).map(question);
  const asked = new Set<FactName>();
  if (known('employment')) {
    missing(incident, decide).forEach((f) => asked.add(f));
  } else {
    asked.add('employment');
    for (const employment of EMPLOYMENTS) {
      const candidate = structuredClone(incident);
      write(candidate, ['actor', 'employment'], employment);
      missing(candidate, decide).forEach((f) => asked.add(f));
    }
  }
  // Known employment: the result's own order (the question that decides soonest first); otherwise form order.
  return (known('employment') ? [...asked] : FORM_ORDER.filter((f) => asked.has(f))).map(question);
}
