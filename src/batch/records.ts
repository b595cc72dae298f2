/**
 * Answering a run of batch records: parse (NDJSON), classify, format, report the invalid ones and count. The same
 * function runs in the main thread and in each worker of `--jobs`, so that both give the same bytes.
 */
import { classifySync, type SyncClassify } from '../decide/classify-sync.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { Presume } from '../law/presumptions.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { answerFormatter, type Answer, type OutputFormat } from './format.js';
import { count, emptySummary, type BatchSummary } from './summary.js';
import { escapeControl } from '../incident/control-chars.js';
import { parseJsonStrict } from './json-text.js';

/** A record read from the input: an NDJSON line's text, a CSV row's incident, or why it could not be read. @internal */
export type RawRecord =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly unreadable: Bilingual };

/** What a run of records gives: the formatted answers (text, or UTF-8 bytes), the stderr reports and the counts. @internal */
export interface Answered {
  readonly output: string | Uint8Array;
  readonly reports: string;
  readonly summary: BatchSummary;
}

/** The answer for a record that could not be read at all, with the reason in each language. */
function unreadable(reason: Bilingual): InvalidIncident {
  const message = t(`Baris tidak dapat dibaca: ${reason.id}`, `Unreadable line: ${reason.en}`);
  return { ok: false, error: { code: 'invalid_incident', message, issues: [{ path: '', code: 'unreadable_line', message }] } };
}

/** The stderr report of an invalid record, with everything from the input escaped so that it cannot forge a line. */
function report(line: number, answer: InvalidIncident): string {
  return answer.error.issues.map((i) => `line ${line}: ${escapeControl(i.path || '(input)')}: ${escapeControl(i.message.en)}\n`).join('');
}

/**
 * Classifies one record (under the presumptions, if any): the CLI batch and the service's batch answer alike.
 * @example
 * ```ts
 * answerRecord({ line: 1, text: '{"actor":{"employment":"pppk"},"act":{"kind":"party_membership"}}' }).ok; // true
 * ```
 * @internal
 */
export function answerRecord(record: RawRecord, presume?: Presume, classify: SyncClassify = classifySync): Answer {
  const options = presume === undefined ? undefined : { presume };
  if ('text' in record) {
    const parsed = parseJsonStrict(record.text);
    return 'value' in parsed ? classify(parsed.value, options) : unreadable(parsed.error);
  }
  return 'value' in record ? classify(record.value, options) : unreadable(record.unreadable);
}

/**
 * Answers records in order.
 * @example
 * ```ts
 * answerRecords([{ line: 1, text: '{"actor":{"employment":"pns"},"act":{"kind":"party_membership"}}' }], 'compact', 'en').output;
 * ```
 * @internal
 */
export function answerRecords(records: readonly RawRecord[], format: OutputFormat, lang: Language, presume?: Presume, classify: SyncClassify = classifySync): Answered {
  const summary = emptySummary();
  // Each answer is formatted as soon as it is made and then dropped: the run keeps its output, not its results.
  const formatter = answerFormatter(format, lang, presume !== undefined);
  let reports = '';
  for (const record of records) {
    const answer = answerRecord(record, presume, classify);
    count(summary, answer);
    if (!answer.ok) reports += report(record.line, answer);
    formatter.add(record.line, answer);
  }
  return { output: formatter.output(), reports, summary };
}
