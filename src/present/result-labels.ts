/**
 * Labels of the fields of a classification result, in Bahasa Indonesia and English. Apart from the value and question
 * labels (labels.ts) so that the result may use questions and their labels without a cycle.
 */
import type { ClassificationResult, ElectionCrime, RecordEntry, Violation } from '../decide/result.js';
import type { SanctionOption, SanctionResult } from '../law/sanctions.js';
import type { StepBody, StepDeadline, TrackResult, TrackStep } from '../law/tracks.js';
import { t, type Bilingual } from '../vocabulary/text.js';

/**
 * A field of a classification result or of one of its parts (violation, sanction, track, step, crime, record).
 * @example
 * ```ts
 * import { RESULT_LABELS, type ResultFieldKey } from 'netralitas-asn';
 * const key: ResultFieldKey = 'tracks';
 * RESULT_LABELS[key].id; // 'Alur penanganan'
 * ```
 */
export type ResultFieldKey = Exclude<
  | keyof ClassificationResult
  | keyof Violation
  | keyof SanctionResult
  | keyof TrackResult
  | keyof TrackStep
  | keyof StepDeadline
  | keyof StepBody
  | keyof SanctionOption
  | keyof ElectionCrime
  | keyof RecordEntry,
  'ok'
>;

/**
 * Labels of the fields of a classification result (and of its violations, sanctions, tracks and records).
 * @example
 * ```ts
 * import { RESULT_LABELS } from 'netralitas-asn';
 * RESULT_LABELS.bases.id; // 'Dasar hukum'
 * ```
 */
export const RESULT_LABELS: { readonly [K in ResultFieldKey]: Bilingual } = {
  reference: t('Rujukan laporan', 'Report reference'),
  verdict: t('Putusan', 'Verdict'),
  category: t('Kategori', 'Category'),
  sanction: t('Hukuman', 'Penalty'),
  violations: t('Butir yang dilanggar', 'Items breached'),
  exemptions: t('Butir yang tidak berlaku', 'Items that do not apply'),
  alternatives: t('Butir yang bergantung pada fakta yang belum dilaporkan', 'Items that depend on facts the report lacks'),
  missingFacts: t('Fakta yang belum dilaporkan', 'Facts the report lacks'),
  levelConfidence: t('Tingkat keyakinan atas tingkat hukuman', 'Confidence of the penalty level'),
  tracks: t('Alur penanganan', 'Handling track'),
  electionCrimes: t('Tindak pidana pemilihan', 'Election crimes'),
  records: t('Pencatatan (Kemendagri)', 'Records (Kemendagri)'),
  guidance: t('Arahan', 'Guidance'),
  derived: t('Diturunkan dari kalender', 'Derived from the calendar'),
  conflicts: t('Pertentangan dengan kalender', 'Conflicts with the calendar'),
  notes: t('Catatan', 'Notes'),
  procedures: t('Prosedur daerah', 'Regional procedure'),
  repeat: t('Hukuman sebelumnya (pengulangan)', 'Earlier penalties (repeat)'),
  fidelity: t('Ketepatan naskah sumber', 'Fidelity of the source text'),
  explanation: t('Penjelasan', 'Explanation'),
  firedRules: t('Aturan yang terpenuhi', 'Rules that fired'),
  citations: t('Kutipan dasar hukum', 'Citations'),
  audit: t('Audit', 'Audit'),
  rule: t('Aturan', 'Rule'),
  list: t('Daftar', 'List'),
  item: t('Butir', 'Item'),
  sub: t('Huruf', 'Sub-item'),
  key: t('Kunci butir', 'Item key'),
  level: t('Tingkat hukuman', 'Penalty level'),
  options: t('Pilihan jenis hukuman', 'Penalty options'),
  consequences: t('Akibat menurut undang-undang', 'Statutory consequences'),
  bases: t('Dasar hukum', 'Legal bases'),
  steps: t('Langkah', 'Steps'),
  action: t('Tindakan', 'Action'),
  deadline: t('Batas waktu', 'Deadline'),
  days: t('Jumlah hari', 'Days'),
  unit: t('Satuan (hari atau hari kerja)', 'Unit (days or working days)'),
  id: t('Kode', 'Id'),
  label: t('Nama', 'Name'),
  basis: t('Dasar hukum', 'Legal basis'),
  inForce: t('Berlaku', 'In force'),
  inForceFrom: t('Berlaku sejak', 'In force from'),
  inForceUntil: t('Berlaku sampai', 'In force until'),
  kind: t('Jenis catatan', 'Record kind'),
  track: t('Alur', 'Track'),
  order: t('Urutan', 'Order'),
  bodies: t('Instansi', 'Bodies'),
  body: t('Instansi', 'Body'),
  from: t('Berwenang sejak', 'Responsible from'),
  until: t('Berwenang sampai', 'Responsible until'),
  election: t('Pemilihan', 'Election'),
  liable: t('Yang dapat dipidana', 'Criminally liable'),
  levelSources: t('Sumber tingkat hukuman', 'Sources of the penalty level'),
  disputed: t('Tingkat lain menurut sumber lain', 'Other levels given by other sources'),
};
