/**
 * Streaming the records of a batch file: NDJSON (one incident per line) or CSV (a header of dotted field paths, one
 * incident per row). Each record comes with its line number; a record that cannot be read comes with the reason.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';

/** Input formats of the batch command. @internal */
export const BATCH_FORMATS = ['ndjson', 'csv'] as const;

/** Longest record read (characters); a longer line is reported, not parsed. Incidents are far smaller (see `MAX_INPUT_CHARS`). @internal */
export const MAX_RECORD_CHARS = 1_048_576;

/** An input format of the batch command. @internal */
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** One record of a batch file: the parsed value, or why the line could not be read. @internal */
export type BatchRecord =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly unreadable: string };

/**
 * The format of a file, from its extension (`.csv` is CSV, anything else NDJSON).
 * @example
 * ```ts
 * formatOf('reports.CSV'); // 'csv'
 * ```
 */
export function formatOf(path: string): BatchFormat {
  return path.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson';
}

/**
 * The records of an NDJSON stream; blank lines are skipped.
 * @example
 * ```ts
 * for await (const r of ndjsonRecords(createReadStream('reports.ndjson'))) console.log(r.line, 'value' in r);
 * ```
 */
export async function* ndjsonRecords(input: Readable): AsyncGenerator<BatchRecord> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    if (text.length > MAX_RECORD_CHARS) {
      yield { line, unreadable: `line longer than ${MAX_RECORD_CHARS} characters` };
      continue;
    }
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, unreadable: `not valid JSON: ${(error as Error).message}` };
    }
  }
}

/**
 * Turns a CSV row into an incident: each header cell is a dotted path (`actor.employment`, `act.kind`,
 * `target.office`, `date`...); an empty cell leaves the field absent; `true` and `false` become booleans in every
 * column but `reference`. Keys are set as own properties, so `__proto__` in a header is just an unknown field.
 * @example
 * ```ts
 * incidentFromRow(['actor.employment', 'act.kind', 'act.activeSupport'], ['pns', 'attend_declaration_or_campaign', 'true']);
 * // { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: true } }
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
        const child: Record<string, unknown> = {};
        Object.defineProperty(node, key, { value: child, enumerable: true, writable: true, configurable: true });
        node = child;
      } else node = next as Record<string, unknown>;
    });
  });
  return incident;
}

/**
 * The records of a CSV stream (first row: the header); blank lines are skipped. A row that is not valid CSV or has
 * another number of cells than the header comes back unreadable, and the stream goes on.
 * @example
 * ```ts
 * for await (const r of csvRecords(createReadStream('reports.csv'))) console.log(r.line, 'value' in r);
 * ```
 */
export async function* csvRecords(input: Readable): AsyncGenerator<BatchRecord> {
  const skipped: BatchRecord[] = [];
  const parser = input.pipe(
    parseCsv({
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({ line: Number((error as { lines?: unknown } | undefined)?.lines ?? 0), unreadable: `not valid CSV: ${error?.message ?? 'unreadable row'}` });
        return undefined;
      },
    }),
  );
  let header: string[] | undefined;
  for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: string[] }>) {
    yield* skipped.splice(0);
    if (header === undefined) {
      header = record.map((cell) => cell.trim());
      continue;
    }
    if (record.reduce((n, cell) => n + cell.length, 0) > MAX_RECORD_CHARS) {
      yield { line: info.lines, unreadable: `row longer than ${MAX_RECORD_CHARS} characters` };
      continue;
    }
    if (record.length !== header.length) {
      yield { line: info.lines, unreadable: `${record.length} cells where the header has ${header.length}` };
      continue;
    }
    yield { line: info.lines, value: incidentFromRow(header, record) };
  }
  yield* skipped.splice(0);
}
