/**
 * The records of a batch file, in input order and in batches (one per chunk read): NDJSON (one incident per line) or
 * CSV (a header of dotted field paths, one incident per row). Lines come from {@link readLines}, so the line cap, the
 * UTF-8 check, the byte-order mark and UTF-16 are handled the same way in both formats.
 */
import { parse as parseCsv } from 'csv-parse';
import type { RawRecord } from './records.js';
import { escapeControl } from '../incident/control-chars.js';
import { MAX_LINE_CHARS, unreadableInput, type LineReader } from './lines.js';
import { t } from '../vocabulary/text.js';

/** Input formats of the batch command. @internal */
export const BATCH_FORMATS = ['ndjson', 'csv'] as const;

/** Longest record read (characters); a longer line or row is reported, not parsed. @internal */
export const MAX_RECORD_CHARS = MAX_LINE_CHARS;

/** An input format of the batch command. @internal */
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/**
 * The format of a file, from its extension (`.csv` is CSV, anything else NDJSON).
 * @example
 * ```ts
 * formatOf('reports.CSV'); // 'csv'
 * ```
 * @internal
 */
export function formatOf(path: string): BatchFormat {
  return path.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson';
}

/** Most records in one batch: a batch is answered and written at once, and a fault names the last batch written. */
const MAX_BATCH = 256;

/** Splits a run of records into batches of at most {@link MAX_BATCH}. */
function* batched(records: RawRecord[]): Generator<RawRecord[]> {
  for (let i = 0; i < records.length; i += MAX_BATCH) yield records.slice(i, i + MAX_BATCH);
}

/**
 * The records of an NDJSON input; blank lines are skipped.
 * @example
 * ```ts
 * for await (const batch of ndjsonRecords(readLines(stream, 'reports.ndjson'))) console.log(batch.length);
 * ```
 * @internal
 */
export async function* ndjsonRecords(lines: LineReader): AsyncGenerator<RawRecord[]> {
  for await (const batch of lines.batches) {
    const records: RawRecord[] = [];
    for (const l of batch) {
      if ('text' in l) {
        if (l.text.trim() !== '') records.push({ line: l.line, text: l.text });
      } else records.push({ line: l.line, unreadable: l.unreadable });
    }
    yield* batched(records);
  }
}

/**
 * Turns a CSV row into an incident: each header cell is a dotted path (`actor.employment`, `act.kind`,
 * `target.office`, `date`...); an empty cell leaves the field absent; `true` and `false` become booleans in every
 * column but `reference`. Keys are set as own properties, so `__proto__` in a header is just an unknown field. A
 * number of one or two digits after a key makes that key a list: a report with several acts is one row with a group
 * of columns per act (`acts.0.act.kind`, `acts.0.date`, `acts.1.act.kind`, ...). One row per report, not per act: a
 * record stays one row, answered in its place on one output line, and the acts of a report need no key to gather
 * them; a row with fewer acts leaves the later groups empty.
 * @example
 * ```ts
 * incidentFromRow(['actor.employment', 'act.kind', 'act.activeSupport'], ['pns', 'attend_declaration_or_campaign', 'true']);
 * // { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: true } }
 * incidentFromRow(['actor.employment', 'acts.0.act.kind', 'acts.1.act.kind'], ['pns', 'party_membership', 'online_campaign']);
 * // { actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }, { act: { kind: 'online_campaign' } }] }
 * ```
 * @internal
 */
export function incidentFromRow(header: readonly string[], row: readonly string[]): Record<string, unknown> {
  const incident: Record<string, unknown> = {};
  header.forEach((path, i) => {
    const cell = row[i] ?? '';
    if (cell === '') return;
    const value = path !== 'reference' && (cell === 'true' || cell === 'false') ? cell === 'true' : cell;
    const keys = path.split('.');
    let node = incident;
    keys.forEach((key, k) => {
      if (k === keys.length - 1) {
        Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
        return;
      }
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (next === null || typeof next !== 'object') {
        const child: Record<string, unknown> = /^[0-9]{1,2}$/.test(keys[k + 1]!) ? ([] as unknown as Record<string, unknown>) : {};
        Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
        node = child;
      } else node = next as Record<string, unknown>;
    });
  });
  return incident;
}

/** The first header cell that repeats another, or `undefined`. */
function repeated(header: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const cell of header) {
    if (seen.has(cell)) return cell;
    seen.add(cell);
  }
  return undefined;
}

/**
 * The records of a CSV input (first row: the header, whose cells must differ; cells are separated by `,`, or by `;`
 * when the header line says so, see {@link csvDelimiter}); blank lines are skipped. A row that is
 * not valid CSV or has another number of cells than the header comes back unreadable, in its place, and the input
 * goes on. A line that cannot be read (too long, not UTF-8) reaches the parser as a blank line and comes back
 * unreadable with its reason.
 * @example
 * ```ts
 * for await (const batch of csvRecords(readLines(stream, 'reports.csv'), 'reports.csv')) console.log(batch.length);
 * ```
 * @internal
 */
export async function* csvRecords(lines: LineReader, name: string): AsyncGenerator<RawRecord[]> {
  let header: string[] | undefined;
  let pending: RawRecord[] = [];
  let skippedLine = -1;
  const makeParser = (delimiter: string) =>
    parseCsv({
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_record: (record: string[], context: { lines: number }) => {
        const line = context.lines;
        if (header === undefined) {
          header = record.map((cell) => cell.trim());
          const twice = repeated(header);
          if (twice !== undefined) throw unreadableInput(name, `line ${line}: duplicate column "${escapeControl(twice)}" in the header`);
        } else if (record.reduce((n, cell) => n + cell.length, 0) > MAX_RECORD_CHARS) {
          pending.push({ line, unreadable: t(`baris lebih panjang dari ${MAX_RECORD_CHARS} karakter`, `row longer than ${MAX_RECORD_CHARS} characters`) });
        } else if (record.length !== header.length) {
          pending.push({ line, unreadable: t(`${record.length} sel, sedangkan baris judul memiliki ${header.length}`, `${record.length} cells where the header has ${header.length}`) });
        } else pending.push({ line, value: incidentFromRow(header, record) });
        return null;
      },
      on_skip: (error: { lines?: number; message?: string } | undefined) => {
        const line = Number(error?.lines ?? 0);
        if (line !== skippedLine) {
          const detail = error?.message ?? 'unreadable row';
          pending.push({ line, unreadable: t(`bukan CSV yang valid: ${detail}`, `not valid CSV: ${detail}`) });
        }
        skippedLine = line;
        return undefined;
      },
    });
  let parser: ReturnType<typeof makeParser> | undefined;
  let held = '';
  const take = (): RawRecord[] => {
    const out = pending.sort((a, b) => a.line - b.line);
    pending = [];
    return out;
  };
  /** Starts the parser, with the delimiter of the header line; text before the header is held until then. */
  const start = (headerLine: string | undefined) => {
    const p = makeParser(csvDelimiter(headerLine ?? ''));
    p.on('error', () => {}); // errors surface from write() and end() below
    return p;
  };
  const feed = (text: string) => {
    const p = parser!;
    return new Promise<void>((resolve, reject) => {
      p.write(text, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()));
    });
  };
  for await (const batch of lines.batches) {
    let text = '';
    for (const l of batch) {
      if ('text' in l) {
        if (parser === undefined && l.text.trim() !== '') parser = start(l.text);
        text += `${l.text}\n`;
      } else {
        text += '\n';
        pending.push({ line: l.line, unreadable: l.unreadable });
      }
    }
    if (parser === undefined) {
      held += text;
      continue;
    }
    await feed(held + text);
    held = '';
    yield* batched(take());
  }
  parser ??= start(undefined);
  if (held !== '') await feed(held);
  const last = parser;
  await new Promise<void>((resolve, reject) => {
    last.once('error', reject);
    last.end(() => resolve());
    last.resume();
  });
  yield* batched(take());
}

/**
 * The delimiter of a CSV input, from its header line: `;` (what a spreadsheet writes where the decimal separator is
 * a comma, as in an Indonesian locale) when the line has more semicolons than commas outside quotes, else `,`.
 * @example
 * ```ts
 * csvDelimiter('actor.employment;act.kind'); // ';'
 * ```
 * @internal
 */
export function csvDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
