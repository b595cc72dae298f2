/**
 * netralitas-asn: classify reported acts of Indonesian civil servants (ASN) around the 2024 elections against the
 * neutrality rules. This module only re-exports the public API.
 * @packageDocumentation
 */
export { classify } from './classify.js';
export { classifySync } from './classify-sync.js';
export { incidentSchema, type Incident, type IncidentAct } from './schema.js';
export { validateIncident, MAX_INPUT_CHARS, type InvalidIncident, type ValidationIssue } from './errors.js';
export type {
  ClassificationResult,
  Violation,
  Exemption,
  MissingFact,
  ElectionCrime,
  RecordEntry,
  GuidanceEntry,
  Citation,
} from './result.js';
export type { Audit } from './audit.js';
export type { SanctionResult, SanctionOption } from './sanctions.js';
export type { TrackResult, TrackStep, StepBody } from './tracks.js';
export type { DerivedFact, CalendarEntry, ElectionCalendar } from './calendar.js';
export { getCalendar } from './calendar.js';
export type { FactConflict } from './derive.js';
export type { Bilingual, Language } from './text.js';
export { LANGUAGES } from './text.js';
export {
  LEGAL_BASES,
  LEGAL_DOCUMENTS,
  type LegalBasis,
  type LegalBasisId,
  type LegalDocument,
  type DocumentId,
} from './legal-bases.js';
export {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  BODIES,
  CAMPAIGN_PHASES,
  CATEGORIES,
  CONFIDENCES,
  ELECTIONS,
  EMPLOYMENTS,
  ENGAGEMENTS,
  LISTS,
  OFFICES,
  PARTY_ROLES,
  PHOTO_SUBJECTS,
  RECORD_KINDS,
  REGIONS,
  RELATIONS,
  SANCTION_LEVELS,
  STAGES,
  TRACKS,
  VERDICTS,
} from './enums.js';
export { incidentJsonSchema } from './json-schema.js';
export { nextQuestions } from './next-questions.js';
export { FORM_ORDER, questionFor, type Question, type QuestionOption } from './questions.js';
export {
  FIELD_LABELS,
  QUESTION_LABELS,
  RESULT_LABELS,
  SECTION_LABELS,
  VALUE_LABELS,
  valueLabel,
  type LabelledEnum,
  type QuestionKey,
  type ResultFieldKey,
  type SectionKey,
} from './labels.js';
