// The batch's compact and CSV answers are the shaping of the whole result: every fixture incident (and with
// --presume), the CLI's bytes equal the batch formatter applied to the full result as plain data (its JSON, with the
// audit that a result makes only when it is first read). And the full result keeps its fields in their order, the
// audit included, and makes the audit once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answerFormatter, compact, compactLine, header, type Answer, type OutputFormat } from '../src/batch/format.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { presumeOption } from '../src/cli/presume-option.js';
import { readLines } from '../src/batch/lines.js';
import { classifySync } from '../src/index.js';
import { loadFixtures } from './fixture-files.js';
import { runCli, tempDir } from './cli-helpers.js';

vi.setConfig({ testTimeout: 180_000 });

const dir = tempDir();
const incidents = loadFixtures().map((c) => c.incident);
const input = join(dir, 'fixtures.ndjson');
writeFileSync(input, `${incidents.map((x) => JSON.stringify(x)).join('\n')}\n`);

/** The whole result as plain data: what `--output full` prints, every part made. */
const plain = (answer: unknown): Answer => JSON.parse(JSON.stringify(answer)) as Answer;

/** A formatter's output as text (the compact and full formatters give UTF-8 bytes). */
const textOf = (output: string | Uint8Array): string => (typeof output === 'string' ? output : Buffer.from(output).toString('utf8'));

describe('batch --output compact and csv are the shaping of the full result', () => {
  for (const presumeText of [undefined, 'relation=none,cltn=false']) {
    const presume = presumeText === undefined ? undefined : presumeOption([presumeText], '');
    for (const output of ['compact', 'csv'] satisfies OutputFormat[]) {
      it(`--output ${output}${presumeText ? ` --presume ${presumeText}` : ''}: byte for byte, every fixture incident`, () => {
        const r = runCli(['batch', input, '--output', output, '--lang', 'en', ...(presumeText ? ['--presume', presumeText] : [])]);
        expect(r.code, r.stderr).toBe(1); // fixtures/validation.yaml holds invalid incidents on purpose
        const formatter = answerFormatter(output, 'en', presume !== undefined);
        incidents.forEach((x, i) => formatter.add(i + 1, plain(classifySync(x, presume === undefined ? undefined : { presume }))));
        const expected = header(output, 'en', presume !== undefined) + textOf(formatter.output());
        expect(r.stdout.length).toBe(expected.length);
        expect(r.stdout === expected).toBe(true);
      });
    }
  }
});

describe('compactLine, the compact line written from its parts', () => {
  // The bytes of JSON.stringify(compact(...)) on every fixture (with and without a reference, with and without
  // presumptions: those and reports of several acts take compact's own path) and every 7th point of the space.
  const presume = presumeOption(['relation=none,cltn=false'], '');
  const space = [...enumerateDecisionSpace()].filter((_, i) => i % 7 === 0).map((p) => incidentFromFacts(p.facts));
  it('is JSON.stringify(compact(...)) for every answer', () => {
    let fast = 0;
    const inputs = [...incidents, ...space];
    inputs.forEach((x, i) => {
      const withReference = x !== null && typeof x === 'object' ? { ...x, reference: `R "${i}"\u2028` } : x;
      for (const input of [x, withReference]) {
        for (const answer of [classifySync(input), classifySync(input, { presume })]) {
          for (const lang of ['id', 'en'] as const) {
            const line = i + 1;
            expect(compactLine(line, answer, lang)).toBe(JSON.stringify(compact(line, answer, lang)));
            // And the same for the answer as plain data (its citations not the shared, frozen object).
            expect(compactLine(line, plain(answer), lang)).toBe(JSON.stringify(compact(line, answer, lang)));
          }
          if (answer.ok && !('findings' in answer) && !('presumptions' in answer)) fast++;
        }
      }
    });
    expect(fast).toBeGreaterThan(inputs.length);
  });

  it('is what the compact formatter writes, as UTF-8 bytes, line after line', () => {
    // Shared (frozen) parts and plain data, an invalid answer, a reference outside ASCII, past the buffer's first growth.
    const answers = [...incidents, ...space].flatMap((x, i) => {
      const answer = classifySync(x !== null && typeof x === 'object' ? { ...x, reference: `Laporan \u00e9 ${i}` } : x);
      return [answer, plain(answer), classifySync(x, { presume })];
    });
    for (const lang of ['id', 'en'] as const) {
      const formatter = answerFormatter('compact', lang);
      answers.forEach((a, i) => formatter.add(i + 1, a));
      const output = formatter.output();
      expect(output).toBeInstanceOf(Uint8Array);
      expect(output.length).toBeGreaterThan(64 * 1024);
      expect(textOf(output)).toBe(answers.map((a, i) => `${compactLine(i + 1, a, lang)}\n`).join(''));
    }
  });
});

describe('the audit, made when first read', () => {
  const ORDER = ['ok', 'reference', 'verdict', 'category', 'sanction', 'violations', 'exemptions', 'alternatives', 'missingFacts', 'tracks', 'electionCrimes', 'records', 'guidance', 'derived', 'conflicts', 'notes', 'procedures', 'explanation', 'firedRules', 'citations', 'audit', 'repeat'];

  it('keeps its place in the full output, and each full line is the result after its line number', () => {
    const r = runCli(['batch', input, '--output', 'full']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(incidents.length);
    let checked = 0;
    lines.forEach((line, i) => {
      const answer = classifySync(incidents[i]);
      expect(line).toBe(`{"line":${i + 1},${JSON.stringify(answer).slice(1)}`);
      if (!answer.ok || 'findings' in answer) return;
      const keys = Object.keys(JSON.parse(line) as object).slice(1);
      expect(keys).toEqual(ORDER.filter((k) => keys.includes(k)));
      expect(keys).toEqual(expect.arrayContaining(['explanation', 'audit']));
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('is made once, is enumerable, and is what a spread copy holds', () => {
    for (const x of incidents) {
      const r = classifySync(x);
      if (!r.ok || 'findings' in r) continue;
      expect(r.audit).toBe(r.audit);
      expect({ ...r }.audit).toBe(r.audit);
      expect(Object.keys(r)).toContain('audit');
    }
  });
});

describe('readLines', () => {
  it('hands a chunk of many lines on in batches of at most 256, numbered and placed as one batch would be', async () => {
    const text = Array.from({ length: 1000 }, (_, i) => `{"n":${i}}`).join('\r\n');
    const batches = [];
    for await (const b of readLines([Buffer.from(`\uFEFF${text}\n`)], 'test').batches) batches.push(b);
    expect(batches.map((b) => b.length)).toEqual([256, 256, 256, 232]);
    const lines = batches.flat();
    expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(lines.map((l) => ('text' in l ? l.text : l.unreadable))).toEqual(text.split('\r\n'));
    // Offsets in bytes from the start of the input: the byte-order mark (3 bytes) first, then each line and its CRLF.
    let offset = 3;
    for (const l of lines) {
      expect(l.offset).toBe(offset);
      offset += Buffer.byteLength('text' in l ? l.text : '') + 2;
    }
  });
});
