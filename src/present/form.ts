/**
 * The browser entry for reporting forms (`netralitas-asn/form`): the synchronous classifier, the schema and the
 * enumerations, without json-rules-engine.
 * @packageDocumentation
 */
export { classifySync } from '../decide/classify-sync.js';
export {
  incidentSchema,
  multiActIncidentSchema,
  incidentOfAct,
  hasActs,
  MAX_ACTS,
  type Incident,
  type IncidentAct,
  type MultiActIncident,
  type ActEntry,
} from '../incident/schema.js';
export type { MultiActResult, PresumedMultiActResult, ActFinding, ActsQuestion, OfAct } from '../decide/multi-act.js';
export type { AnswerTo } from '../decide/pipeline.js';
export type { EarlierPenalty, RepeatAssessment, RepeatQuestion } from '../decide/repeat.js';
export { validateIncident, MAX_INPUT_CHARS, type InvalidIncident, type ValidationIssue } from '../incident/errors.js';
export { validatePartialIncident, type PartialIncident, type PartialActEntry, type PartialMultiActIncident, type PartialReport } from '../incident/partial.js';
export { applyAnswer } from './apply-answer.js';
export type {
  ClassificationResult,
  ViolationResult,
  NoViolationResult,
  NeedsInformationResult,
  OutOfScopeResult,
  Violation,
  Exemption,
  Alternative,
  MissingFact,
  Citation,
  RegionalProcedure,
} from '../decide/result.js';
export type { Audit } from '../decide/audit.js';
export type { SanctionResult, SanctionOption } from '../law/sanctions.js';
export type { TrackResult, TrackStep, StepBody, StepDeadline } from '../law/tracks.js';
export type { Bilingual, Language } from '../vocabulary/text.js';
export { LANGUAGES } from '../vocabulary/text.js';
export { LEGAL_BASES, LEGAL_DOCUMENTS } from '../law/legal-bases.js';
export {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  BODIES,
  CAMPAIGN_PHASES,
  CATEGORIES,
  EARLIER_PENALTY_LEVELS,
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
} from '../vocabulary/enums.js';
export { incidentJsonSchema } from './incident-json-schema.js';
export { nextQuestions } from '../decide/next-questions.js';
export { FORM_ORDER, questionFor, type Question, type QuestionAbout, type QuestionOption } from './questions.js';
export type { IncidentField, IncidentFieldValue } from '../incident/facts.js';
export { FIELD_LABELS, QUESTION_LABELS, SECTION_LABELS, VALUE_LABELS, valueLabel } from './labels.js';
export { RESULT_LABELS } from './result-labels.js';
export { PRESUMPTIONS, presumeSchema, type Presume, type Presumption, type PresumptionPath } from '../law/presumptions.js';
export type { PresumedResult, PresumptionUsed, PresumedOutcome } from '../decide/presume.js';
