/**
 * netralitas-asn: classify reported acts of Indonesian civil servants (ASN) around the 2024 elections against the
 * neutrality rules. This module only re-exports the public API.
 * @packageDocumentation
 */
// Everything the browser entry offers, then what only Node and bundled apps get.
export * from './form.js';
export { classify } from './classify.js';
export type { ElectionCrime, RecordEntry, GuidanceEntry } from './result.js';
export type { DerivedFact, CalendarEntry, ElectionCalendar } from './calendar.js';
export { getCalendar } from './calendar.js';
export type { FactConflict } from './derive.js';
export type { LegalBasis, LegalBasisId, LegalDocument, DocumentId } from './legal-bases.js';
export { CONFIDENCES, LISTS, RECORD_KINDS, TRACKS } from './enums.js';
export type { LabelledEnum, QuestionKey, ResultFieldKey, SectionKey } from './labels.js';
