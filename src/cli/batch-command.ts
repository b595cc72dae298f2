/**
 * `netralitas-asn batch FILE.ndjson|FILE.csv`: classifies many incidents as a stream. One answer per input record on
 * stdout (or `--out FILE`, written whole or not at all), in input order, in `--jobs N` threads; invalid
 * records reported on stderr with their line number and reason while the rest go on; a progress bar when stderr is a
 * terminal; a summary at the end. Every fault of the input or the output is one line naming it and the OS error.
 */
import type { Language } from '../vocabulary/text.js';
import { badUsage, parseCommand } from './args.js';
import { OUTPUT_FORMATS, header, type OutputFormat } from '../batch/format.js';
import { BATCH_FORMATS, csvRecords, formatOf, ndjsonRecords, type BatchFormat } from '../batch/input.js';
import { answerRecords, type Answered, type RawRecord } from '../batch/records.js';
import { emptySummary, mergeSummary, sortedSummary, summaryTable } from '../batch/summary.js';
import { EXIT } from './exit-codes.js';
import { asInputFault, CliFault, inputFault, osError } from './faults.js';
import { openInput } from './input-file.js';
import { readLines } from '../batch/lines.js';
import { openOutput, PipeClosed, type Output } from './output.js';
import { PRESUME_HELP, PRESUME_OPTION, presumeOption } from './presume-option.js';
import { lawFrom, PACK_HELP, PACK_OPTION } from './packs-option.js';
import { stampedSync } from '../decide/pack-stamp.js';
import { BUILT_IN_PACKS } from '../law/generated/data.js';
import { progressBar } from './progress.js';
import { watchSignals } from './signals.js';
import { workerPool, type WorkerPool } from './worker-pool.js';

const HELP = `Usage: netralitas-asn batch FILE [--out RESULTS] [--output compact|full|csv] [--format ndjson|csv]
                            [--jobs N] [--lang id|en] [--summary-json] [--presume LIST] [--pack PATH]

Classifies every incident of FILE (NDJSON: one JSON incident per line; CSV: a header row of dotted field paths such
as actor.employment,act.kind,act.activeSupport,target.office,stage,election,date, one incident per row, empty cells
absent, true/false booleans). FILE - reads stdin (NDJSON unless --format csv). UTF-8 only (a byte-order mark is fine).

Writes one answer per record to stdout (or --out, which is replaced only once the run is complete), in input order:
  --output compact  (default) one JSON line: line, reference, verdict, category, sanction level, items, tracks,
                    missing facts, ids of the legal bases
  --output full     one JSON line: {"line":N, ...the whole result or the validation error}
  --output csv      the compact fields as columns, a header row in --lang, cells safe to open in a spreadsheet
  --jobs N          classify in N threads, this one and N-1 workers (default 1); the output order stays the input order
  --lang id|en      language of the CSV header and of the messages in compact and CSV output (default id)
${PRESUME_HELP}
                    (compact and CSV output then name the presumptions each result rests on; the summary counts them)
${PACK_HELP}
When stdin is a pipe, each answer is written as soon as its line is read, so an app can keep one process and send it
one line at a time, reading each answer before it sends the next.
Reports each invalid record on stderr as "line N: field: reason" and goes on.
Prints a summary (counts by verdict, category, sanction level and item) on stderr at the end, as a table, or as JSON
with --summary-json. On SIGINT or SIGTERM, stops after whole records and names the last input line answered.
Exit code: 0 every record valid, 1 some invalid, 2 usage error, 3 unreadable input, 4 output cannot be written,
130/143 interrupted, 141 output pipe closed by its reader.
`;

/** Resolves to `undefined` when the request comes first. */
const unless = <T>(promise: Promise<T>, stop: Promise<void>): Promise<T | undefined> => Promise.race([promise, stop.then(() => undefined)]);

/**
 * The `batch` command.
 * @example
 * ```sh
 * netralitas-asn batch reports.ndjson --out results.ndjson
 * ```
 * @internal
 */
export async function run(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseCommand(
    argv,
    {
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      output: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      lang: { type: 'string' },
      'summary-json': { type: 'boolean' },
      ...PRESUME_OPTION,
      ...PACK_OPTION,
    },
    HELP,
  );
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw badUsage(positionals.length === 0 ? 'batch needs a FILE (- for stdin)' : 'batch takes one FILE', HELP);
  const file = positionals[0]!;
  const choose = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) throw badUsage(`Unknown ${name} ${value}; expected ${allowed.join(' or ')}`, HELP);
    return value as T | undefined;
  };
  const format: BatchFormat = choose('format', values.format, BATCH_FORMATS) ?? (file === '-' ? 'ndjson' : formatOf(file));
  const output: OutputFormat = choose('output', values.output, OUTPUT_FORMATS) ?? 'compact';
  const lang: Language = choose('language', values.lang, ['id', 'en'] as const) ?? 'id';
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw badUsage(`--jobs takes a whole number from 1 to 64, not ${values.jobs}`, HELP);
  const presume = presumeOption(values.presume, HELP);
  const law = await lawFrom(values.pack as string[] | undefined);
  const classify = stampedSync(law);
  const packs = law.packs.slice(BUILT_IN_PACKS.length).map((p) => p.data);

  const stop = watchSignals();
  let input, out;
  try {
    input = await openInput(file);
    out = openOutput(values.out, input.identity);
  } catch (error) {
    stop.dispose();
    throw error;
  }
  const progress = progressBar(process.stderr, input.size);
  const summary = emptySummary();
  let lastLine = 0;
  let written = 0;
  const where = () => (lastLine === 0 ? 'before any answer was written' : `after input line ${lastLine} (${written} answers)`);
  let pool: WorkerPool | undefined;
  try {
    const lines = readLines(input.stream, input.name);
    const records = format === 'csv' ? csvRecords(lines, input.name) : ndjsonRecords(lines);
    await out.write(header(output, lang, presume !== undefined));
    const emit = async (records: readonly RawRecord[], answered: Answered) => {
      if (answered.reports) {
        progress.clear();
        process.stderr.write(answered.reports);
      }
      await out.write(answered.output);
      mergeSummary(summary, answered.summary);
      lastLine = records[records.length - 1]!.line;
      written += records.length;
      progress.update(lines.bytes, summary.records);
    };
    // The main thread is one of the N: it answers every Nth run itself, between reading and writing, and N - 1 workers
    // answer the others. Each thread warms its own copy of the code up, so a worker fewer is a warm-up less.
    pool = jobs > 1 ? workerPool(new URL('./batch-worker.js', import.meta.url), jobs - 1, output, lang, presume, packs) : undefined;
    let runIndex = 0;
    const inFlight: { records: readonly RawRecord[]; answered: Promise<Answered> }[] = [];
    for (;;) {
      let next;
      try {
        const coming = records.next();
        if ((out.pipe || input.interactive) && inFlight.length > 0) {
          // On a pipe (in or out), nothing waits for more input: if the next records are not there yet, write what
          // is in flight, so that a writer that waits for each answer before its next line gets it.
          const ready = await Promise.race([coming.then(() => true, () => true), new Promise<boolean>((r) => setImmediate(() => r(false)))]);
          if (!ready) for (const head of inFlight.splice(0)) await emit(head.records, await head.answered);
        }
        next = await unless(coming, stop.requested);
      } catch (error) {
        const fault = asInputFault(error);
        if (fault instanceof CliFault) throw fault;
        throw inputFault(input.name, osError(error));
      }
      if (next === undefined || next.done) break;
      const batch = next.value;
      if (!pool) {
        await emit(batch, answerRecords(batch, output, lang, presume, classify));
        continue;
      }
      const mine = runIndex++ % jobs === 0;
      inFlight.push({ records: batch, answered: mine ? Promise.resolve(answerRecords(batch, output, lang, presume, classify)) : pool.answer(batch) });
      // Four runs per worker in flight: a worker that finishes finds its next run waiting, though the main thread,
      // which reads and writes, gets the processor late on a busy machine.
      while (inFlight.length >= 4 * jobs) {
        const head = inFlight.shift()!;
        await emit(head.records, await head.answered);
      }
    }
    for (const head of inFlight.splice(0)) await emit(head.records, await head.answered);
    if (stop.signal === undefined) input.checkComplete(lines.bytes);
    progress.done();
    if (stop.signal !== undefined) {
      out.abort();
      input.stream.destroy();
      const kept = values.out === undefined ? 'the answers written are whole lines' : `${values.out} was not written`;
      process.stderr.write(`Interrupted by ${stop.signal} ${where()}; ${kept}.\n`);
      return stop.exitCode;
    }
    await out.commit();
  } catch (error) {
    progress.done();
    abortQuietly(out);
    input.stream?.destroy();
    if (error instanceof PipeClosed) return EXIT.sigpipe;
    if (error instanceof CliFault) throw new CliFault(error.exitCode, `${error.message}; stopped ${where()}${values.out === undefined ? '' : `, ${values.out} left as it was`}`);
    throw error;
  } finally {
    stop.dispose();
    await pool?.close();
  }
  process.stderr.write(values['summary-json'] ? `${JSON.stringify(sortedSummary(summary), null, 2)}\n` : `\n${summaryTable(summary)}`);
  return summary.invalid === 0 ? EXIT.ok : EXIT.invalid;
}

function abortQuietly(out: Output): void {
  try {
    out.abort();
  } catch {
    // nothing more to undo
  }
}
