/**
 * netralitas-asn: classify reported acts of Indonesian civil servants (ASN) around the 2024 elections against the
 * neutrality rules. This module only re-exports the public API.
 * @packageDocumentation
 */
// Everything the browser entry offers, then what only Node and bundled apps get.
export * from './present/form.js';
export { classify } from './decide/classify.js';
export { validateReport, type ValidatedReport } from './decide/validate-report.js';
export { multiActJsonSchema } from './present/json-schema.js';
export { parsePresumeText } from './decide/presume-text.js';
export { createClassifier, type Classifier, type LoadedPack } from './decide/create-classifier.js';
export { PACK_SIZE_LIMIT, PackError, type LawPack } from './law/packs.js';
export type { ElectionCrime, RecordEntry, GuidanceEntry } from './decide/result.js';
export type { DerivedFact, CalendarEntry, ElectionCalendar, RegionalCycle } from './law/calendar.js';
export { getCalendar } from './law/law.js';
export type { FactConflict } from './evaluate/derive.js';
export type { LegalBasis, LegalBasisId, LegalDocument, DocumentId } from './law/legal-bases.js';
export { CONFIDENCES, LISTS, RECORD_KINDS, TRACKS } from './vocabulary/enums.js';
export type { LabelledEnum, LawLabels, QuestionKey, SectionKey } from './present/labels.js';
export type { ResultFieldKey } from './present/result-labels.js';
export { labelsIn, type LabelsInOneLanguage } from './present/labels-in.js';
