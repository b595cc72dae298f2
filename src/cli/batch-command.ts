/**
 * `netralitas-asn batch FILE.ndjson|FILE.csv`: classifies many incidents as a stream. One JSON result per input
 * record on stdout (or `--out FILE`), invalid records reported on stderr with their line number and reason while the
 * rest go on, a progress bar when stderr is a terminal, and a summary at the end.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { classifySync } from '../classify-sync.js';
import type { InvalidIncident } from '../errors.js';
import type { ClassificationResult } from '../result.js';
import { t } from '../text.js';
import { BATCH_FORMATS, csvRecords, formatOf, ndjsonRecords, type BatchFormat, type BatchRecord } from './batch-input.js';
import { count, emptySummary, sortedSummary, summaryTable } from './batch-summary.js';
import type { Command } from './command.js';
import { progressBar } from './progress.js';

const HELP = `Usage: netralitas-asn batch FILE [--out RESULTS.ndjson] [--format ndjson|csv] [--summary-json]

Classifies every incident of FILE (NDJSON: one JSON incident per line; CSV: a header row of dotted field paths such
as actor.employment,act.kind,act.activeSupport,target.office,stage,election,date, one incident per row, empty cells
absent, true/false booleans). FILE - reads stdin (NDJSON unless --format csv).

Writes one JSON line per record to stdout (or --out): {"line":N, ...the result or the validation error}.
Reports each invalid record on stderr as "line N: field: reason" and goes on.
Prints a summary (counts by verdict, category, sanction level and item) on stderr at the end, as a table, or as JSON
with --summary-json.
Exit code: 0 when every record is valid, 1 when some are invalid, 2 for a usage error or an unreadable file.
`;

/** The answer for a record that could not be read at all. */
function unreadable(reason: string): InvalidIncident {
  return {
    ok: false,
    error: {
      code: 'invalid_incident',
      message: t(`Baris tidak dapat dibaca: ${reason}`, `Unreadable line: ${reason}`),
      issues: [{ path: '', code: 'unreadable_line', message: t(`Baris tidak dapat dibaca: ${reason}`, `Unreadable line: ${reason}`) }],
    },
  };
}

/** The stderr report of an invalid record: its line number and, per issue, the field and the reason. */
function report(line: number, answer: InvalidIncident): string {
  return answer.error.issues.map((i) => `line ${line}: ${i.path || '(input)'}: ${i.message.en}\n`).join('');
}

/** Writes with backpressure. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * The `batch` command.
 * @example
 * ```sh
 * netralitas-asn batch reports.ndjson --out results.ndjson
 * ```
 */
export const batchCommand: Command = {
  name: 'batch',
  usage: 'batch FILE.ndjson|FILE.csv',
  summary: 'classify many incidents as a stream: one result per line, invalid lines reported, summary at the end',
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          help: { type: 'boolean', short: 'h' },
          out: { type: 'string', short: 'o' },
          format: { type: 'string' },
          'summary-json': { type: 'boolean' },
        },
      });
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { positionals, values } = parsed;
    if (values.help || positionals.length !== 1) {
      (values.help ? process.stdout : process.stderr).write(HELP);
      return values.help ? 0 : 2;
    }
    const file = positionals[0]!;
    if (values.format !== undefined && !(BATCH_FORMATS as readonly string[]).includes(values.format)) {
      process.stderr.write(`Unknown format ${values.format}; expected ${BATCH_FORMATS.join(' or ')}\n`);
      return 2;
    }
    const format = (values.format as BatchFormat | undefined) ?? (file === '-' ? 'ndjson' : formatOf(file));

    let size: number | undefined;
    if (file !== '-') {
      try {
        size = (await stat(file)).size;
      } catch (error) {
        process.stderr.write(`${file}: ${(error as Error).message}\n`);
        return 2;
      }
    }
    const input = file === '-' ? process.stdin : createReadStream(file);
    const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
    const progress = progressBar(process.stderr, size);
    const summary = emptySummary();
    const records: AsyncIterable<BatchRecord> = format === 'csv' ? csvRecords(input) : ndjsonRecords(input);

    let buffer = '';
    for await (const record of records) {
      const answer: ClassificationResult | InvalidIncident = 'value' in record ? classifySync(record.value) : unreadable(record.unreadable);
      count(summary, answer);
      if (!answer.ok) {
        progress.clear();
        process.stderr.write(report(record.line, answer));
      }
      buffer += `{"line":${record.line},${JSON.stringify(answer).slice(1)}\n`;
      if (buffer.length > 65_536) {
        await write(out, buffer);
        buffer = '';
      }
      progress.update('bytesRead' in input ? (input as { bytesRead: number }).bytesRead : 0, summary.records);
    }
    await write(out, buffer);
    progress.done();
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
    }
    process.stderr.write(values['summary-json'] ? `${JSON.stringify(sortedSummary(summary), null, 2)}\n` : `\n${summaryTable(summary)}`);
    return summary.invalid === 0 ? 0 : 1;
  },
};
