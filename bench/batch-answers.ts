/**
 * `npx tsx bench/batch-answers.ts`: what answering batch records costs beyond classifySync, in one process, side by
 * side on the same fixture incidents (interleaved rounds, best of each): classifySync on parsed incidents; the batch's
 * answerRecords (parse the line, classify, count, format) for each output format; and, for reference, answering a run
 * of records while holding their whole results until the run is formatted (what answerRecords did before issue 12).
 *   BENCH_ANSWERS_N (default 20000), BENCH_ANSWERS_ROUNDS (5), runs of 1,000 records as the CLI reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { classifySync } from '../src/decide/classify-sync.js';
import { answerRecord, answerRecords } from '../src/batch/records.js';
import { answerFormatter } from '../src/batch/format.js';
import { count, emptySummary } from '../src/batch/summary.js';

const root = join(import.meta.dirname, '..');
const N = Number(process.env.BENCH_ANSWERS_N ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ANSWERS_ROUNDS ?? 5);
const RUN = 1000;
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as { incident: unknown }[]).map((c) => c.incident));
const lines = Array.from({ length: N }, (_, i) => JSON.stringify(fixtures[i % fixtures.length]));
const records = lines.map((text, i) => ({ line: i + 1, text }));
const parsed = lines.map((l) => JSON.parse(l) as unknown);
const runs = Array.from({ length: Math.ceil(N / RUN) }, (_, i) => records.slice(i * RUN, (i + 1) * RUN));

/** A run answered as before issue 12: every whole result held until the run is formatted. */
function heldThenFormatted(run: typeof records): string | Uint8Array {
  const summary = emptySummary();
  const answers = run.map((record) => {
    const answer = answerRecord(record);
    count(summary, answer);
    return answer;
  });
  const formatter = answerFormatter('compact', 'id');
  answers.forEach((answer, i) => formatter.add(run[i]!.line, answer));
  return formatter.output();
}

const subjects: [string, () => void][] = [
  ['classifySync, parsed incidents', () => parsed.forEach((x) => classifySync(x))],
  ['answerRecords --output compact', () => runs.forEach((r) => answerRecords(r, 'compact', 'id'))],
  ['answerRecords --output csv', () => runs.forEach((r) => answerRecords(r, 'csv', 'id'))],
  ['answerRecords --output full', () => runs.forEach((r) => answerRecords(r, 'full', 'id'))],
  ['compact, results held per run (before)', () => runs.forEach(heldThenFormatted)],
];
for (const [, run] of subjects) run(); // warm-up
const best = new Map<string, number>();
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < subjects.length; k++) {
    const [name, run] = subjects[(k + r) % subjects.length]!;
    const t = performance.now();
    run();
    best.set(name, Math.min(best.get(name) ?? Infinity, performance.now() - t));
  }
}
const base = best.get('classifySync, parsed incidents')!;
console.log(`${N.toLocaleString('en-US')} fixture incidents, in one process, best of ${ROUNDS} interleaved rounds`);
console.log(`${'subject'.padEnd(42)} incidents/s   ratio to classifySync`);
for (const [name, ms] of best) console.log(`${name.padEnd(42)} ${Math.round((N / ms) * 1000).toLocaleString('en-US').padStart(11)}   ${(base / ms).toFixed(2).padStart(21)}`);
