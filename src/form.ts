/**
 * The browser entry for reporting forms (`netralitas-asn/form`): the synchronous classifier, the schema and the
 * enumerations, without json-rules-engine.
 * @packageDocumentation
 */
export { classifySync } from './classify-sync.js';
export { incidentSchema, type Incident, type IncidentAct } from './schema.js';
export { validateIncident, MAX_INPUT_CHARS, type InvalidIncident, type ValidationIssue } from './errors.js';
export type { ClassificationResult, Violation, Exemption, MissingFact, Citation } from './result.js';
export type { Audit } from './audit.js';
export type { SanctionResult, SanctionOption } from './sanctions.js';
export type { TrackResult, TrackStep, StepBody, StepDeadline } from './tracks.js';
export type { Bilingual, Language } from './text.js';
export { LANGUAGES } from './text.js';
export { LEGAL_BASES, LEGAL_DOCUMENTS } from './legal-bases.js';
export {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  BODIES,
  CAMPAIGN_PHASES,
  CATEGORIES,
  ELECTIONS,
  EMPLOYMENTS,
  ENGAGEMENTS,
  OFFICES,
  PARTY_ROLES,
  PHOTO_SUBJECTS,
  REGIONS,
  RELATIONS,
  SANCTION_LEVELS,
  STAGES,
  VERDICTS,
} from './enums.js';
export { incidentJsonSchema } from './json-schema.js';
export { nextQuestions } from './next-questions.js';
export { FORM_ORDER, questionFor, type Question, type QuestionOption } from './questions.js';
export { FIELD_LABELS, QUESTION_LABELS, RESULT_LABELS, SECTION_LABELS, VALUE_LABELS, valueLabel } from './labels.js';
