/**
 * The output formats of `batch`: `full` (the whole result per NDJSON line), `compact` (one NDJSON line per record
 * with what an analyst tallies, and the ids of the legal bases instead of their texts) and `csv` (the compact fields
 * as columns, a header row in the chosen language, and every cell a spreadsheet could run as a formula neutralised).
 *
 * A report with several acts stays one record, one line and one row: the batch reads a record per report, the line
 * number names the input line, the summary counts reports, and PP 94/2021 Pasal 35 decides one penalty per report, so
 * the overall verdict and sanction fill the columns; each act's verdict and items go in the items cell
 * (`act 1: violation (disiplin 3); act 2: needs_information`), and `compact` adds an `acts` list (each act's verdict,
 * sanction, items and the facts it lacks). The `full` format has every act's whole result under `findings`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Decided } from '../decide/pipeline.js';
import type { Violation } from '../decide/result.js';
import { memoByPart } from '../law/memo.js';
import { JsonBytes } from '../decide/result-json.js';
import type { Language } from '../vocabulary/text.js';

/** Output formats of the batch command, the default first. @internal */
export const OUTPUT_FORMATS = ['compact', 'full', 'csv'] as const;

/** An output format of the batch command. @internal */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** An answer to one record. @internal */
export type Answer = Decided;

/** The presumptions a result rests on, as `path=value` (empty when it rests on none or none were given). */
const presumedOf = (answer: Answer) => (answer.ok && 'presumptions' in answer ? answer.presumptions : []);

/** The item of a violation as the summary and the compact formats name it: `disiplin 1`, `disiplin 3.a`. @internal */
export const itemName = (v: { readonly list: string; readonly item: string | number; readonly sub?: string }): string => `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`;

/**
 * The item of a violation by its descriptive key where its list has keys (`disiplin memasang-alat-peraga-calon`), by
 * its number otherwise (`{@link itemName}`). Item numbers differ between sources (update 2026-12, consequence 1: "Do
 * not use the item numbers (1-12) as stable identifiers ... use descriptive ids"), so this is what to tally by.
 * @internal
 */
export const itemKeyName = (v: { readonly list: string; readonly item: string | number; readonly sub?: string; readonly key?: string }): string =>
  v.key !== undefined ? `${v.list} ${v.key}` : itemName(v);

/** Each act of a report with several acts, compactly: its verdict, sanction level, items and the facts it lacks. */
const actsOf = (answer: Answer) =>
  answer.ok && 'findings' in answer
    ? answer.findings.map((f) => ({
        act: f.act,
        kind: f.kind,
        verdict: f.result.verdict,
        sanction: f.result.sanction?.level ?? null,
        items: f.result.violations.map(itemName),
        itemKeys: f.result.violations.map(itemKeyName),
        missingFacts: answer.missingFacts.filter((m) => m.acts.includes(f.act)).map((m) => m.reportField),
      }))
    : undefined;

/** The facts an answer lacks, by where they go in the input (a report with several acts: `acts.1.act.activeSupport`). */
const missingOf = (answer: Exclude<Answer, { ok: false }>): string[] => answer.missingFacts.map((m) => ('reportField' in m ? m.reportField : m.field));

/**
 * The compact answer: what an analyst tallies, with ids instead of texts.
 * @example
 * ```ts
 * compact(1, classifySync(incident), 'en').bases; // ['skb-2022/ke-1', 'pp-42-2004/p11-c', ...]
 * ```
 * @internal
 */
export function compact(line: number, answer: Answer, lang: Language): Record<string, unknown> {
  if (!answer.ok) {
    return { line, ok: false, issues: answer.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message[lang] })) };
  }
  return {
    line,
    ...(answer.reference !== undefined ? { reference: answer.reference } : {}),
    ok: true,
    verdict: answer.verdict,
    category: answer.category,
    sanction: answer.sanction?.level ?? null,
    items: [...new Set(answer.violations.map(itemName))],
    itemKeys: [...new Set(answer.violations.map(itemKeyName))],
    tracks: answer.tracks.map((t) => t.track),
    missingFacts: missingOf(answer),
    bases: Object.keys(answer.citations),
    ...('findings' in answer ? { acts: actsOf(answer) } : {}),
    ...('presumptions' in answer
      ? { presumptions: answer.presumptions.map((p) => ({ ...('act' in p ? { act: p.act } : {}), path: p.path, value: p.value, otherwise: { verdict: p.otherwise.verdict, category: p.otherwise.category, sanction: p.otherwise.level, items: p.otherwise.items } })) }
      : {}),
  };
}

/** The JSON text of the ids of the bases a result cites, kept per shared (frozen) citations object. */
const basesText = memoByPart((citations: object) => JSON.stringify(Object.keys(citations)));

/** The end of a compact line from its bases on, newline included, as UTF-8 bytes, kept per shared citations object. */
const basesTail = memoByPart((citations: object) => Buffer.from(`,"bases":${basesText(citations)}}\n`, 'utf8'));

/** A violation's item name and item key name as JSON strings, kept per shared (frozen) violation. */
const itemTexts = memoByPart((v: Violation): readonly [string, string] => [JSON.stringify(itemName(v)), JSON.stringify(itemKeyName(v))]);

/** The JSON array of the distinct item names (`which` 0) or item key names (1) of violations, in their order. */
function itemsJson(violations: readonly Violation[], which: 0 | 1): string {
  if (violations.length === 0) return '[]';
  if (violations.length === 1) return `[${itemTexts(violations[0]!)[which]}]`;
  // JSON.stringify is one-to-one, so the distinct texts are the texts of the distinct names.
  const seen = new Set<string>();
  for (const v of violations) seen.add(itemTexts(v)[which]);
  return `[${[...seen].join(',')}]`;
}

/**
 * A compact line up to its bases (for a result of one act without presumptions, the most common), or `undefined` for
 * any other answer, which {@link compact} shapes.
 */
function compactHead(line: number, answer: Answer): string | undefined {
  if (!answer.ok || 'findings' in answer || 'presumptions' in answer) return undefined;
  const reference = answer.reference !== undefined ? `,"reference":${JSON.stringify(answer.reference)}` : '';
  let tracks = '';
  for (const t of answer.tracks) tracks += `${tracks === '' ? '' : ','}${JSON.stringify(t.track)}`;
  return (
    `{"line":${JSON.stringify(line)}${reference},"ok":true,"verdict":${JSON.stringify(answer.verdict)},"category":${JSON.stringify(answer.category)}` +
    `,"sanction":${JSON.stringify(answer.sanction?.level ?? null)},"items":${itemsJson(answer.violations, 0)},"itemKeys":${itemsJson(answer.violations, 1)}` +
    `,"tracks":[${tracks}],"missingFacts":${JSON.stringify(missingOf(answer))}`
  );
}

/**
 * The compact answer's line, the bytes `JSON.stringify(compact(line, answer, lang))` writes: for a result of one act
 * without presumptions (the most common) written from its parts, the texts of its items and the ids of its bases (half
 * the line) written once per shared violation and citations object; any other answer through {@link compact}. Written
 * so, formatting and counting the bench's 50,000 results took 220 ms instead of 284 (issue 12);
 * test/cli-batch-shaping.test.ts checks the bytes on every fixture and every 7th point of the decision space.
 * @example
 * ```ts
 * compactLine(1, classifySync(incident), 'en'); // '{"line":1,"ok":true,"verdict":"violation",...}'
 * ```
 * @internal
 */
export function compactLine(line: number, answer: Answer, lang: Language): string {
  const head = compactHead(line, answer);
  return head === undefined ? JSON.stringify(compact(line, answer, lang)) : `${head},"bases":${basesText((answer as { citations: object }).citations)}}`;
}

/** Writes {@link compactLine} and a newline as UTF-8 bytes, the end from the bases on copied from its kept bytes. */
function writeCompactLine(bytes: JsonBytes, line: number, answer: Answer, lang: Language): void {
  const head = compactHead(line, answer);
  if (head === undefined) {
    bytes.text(`${JSON.stringify(compact(line, answer, lang))}\n`);
    return;
  }
  bytes.text(head);
  bytes.kept(basesTail((answer as { citations: object }).citations));
}

/** Column headers of the CSV format, by language. */
const CSV_COLUMNS: Readonly<Record<Language, readonly string[]>> = {
  en: ['line', 'reference', 'valid', 'verdict', 'category', 'sanction level', 'items', 'item keys', 'tracks', 'missing facts', 'legal bases', 'errors'],
  id: ['baris', 'referensi', 'valid', 'putusan', 'kategori', 'tingkat sanksi', 'butir', 'kunci butir', 'jalur', 'fakta yang kurang', 'dasar hukum', 'kesalahan'],
};

/** The column added when the run was given presumptions. */
const PRESUMPTIONS_COLUMN: Readonly<Record<Language, string>> = { en: 'presumptions relied on', id: 'praduga yang dipakai' };

/** The presumptions cell: `target.relation=none (otherwise needs_information)`, `; ` between them (`act 2: ...` for an act of several). */
const presumedCell = (answer: Answer): string =>
  presumedOf(answer)
    .map((p) => `${'act' in p ? `act ${Number(p.act) + 1}: ` : ''}${p.path}=${String(p.value)} (otherwise ${p.otherwise.verdict})`)
    .join('; ');

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading
 * apostrophe, so it is shown as text and never run (the OWASP advice against CSV injection).
 * @example
 * ```ts
 * neutralise('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * ```
 * @internal
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const list = (values: readonly string[]): string => values.join('; ');

/** The cells of one CSV row. */
function csvCells(line: number, answer: Answer, lang: Language, presumed: boolean): string[] {
  const extra = presumed ? [presumedCell(answer)] : [];
  if (!answer.ok) {
    return [String(line), '', 'false', '', '', '', '', '', '', '', '', list(answer.error.issues.map((i) => `${i.path || '(input)'}: ${i.message[lang]}`)), ...extra];
  }
  const c = compact(line, answer, lang) as { items: string[]; itemKeys: string[]; tracks: string[]; missingFacts: string[]; bases: string[]; acts?: { verdict: string; items: string[]; itemKeys: string[] }[] };
  // A report with several acts is one row: its overall verdict and sanction, and in the items cell each act's verdict
  // and items (`act 1: violation (disiplin 3); act 2: ...`); the item keys cell likewise, by key.
  const byAct = (of: (a: { items: string[]; itemKeys: string[] }) => string[]) =>
    c.acts ? c.acts.map((a, i) => `act ${i + 1}: ${a.verdict}${of(a).length > 0 ? ` (${of(a).join(', ')})` : ''}`) : of(c);
  return [
    String(line),
    answer.reference ?? '',
    'true',
    answer.verdict,
    answer.category ?? '',
    answer.sanction?.level ?? '',
    list(byAct((a) => a.items)),
    list(byAct((a) => a.itemKeys)),
    list(c.tracks),
    list(c.missingFacts),
    list(c.bases),
    '',
    ...extra,
  ];
}

/**
 * The header of an output (the CSV header row; nothing for NDJSON).
 * @example
 * ```ts
 * header('csv', 'en'); // 'line,reference,valid,verdict,...\r\n'
 * ```
 * @internal
 */
export function header(format: OutputFormat, lang: Language, presumed = false): string {
  const columns = [...CSV_COLUMNS[lang], ...(presumed ? [PRESUMPTIONS_COLUMN[lang]] : [])];
  return format === 'csv' ? `\uFEFF${stringify([columns], { record_delimiter: 'windows' })}` : '';
}

/** Formats answers one at a time, in order; the output of all of them when asked: text, or UTF-8 bytes. @internal */
export interface AnswerFormatter {
  add(line: number, answer: Answer): void;
  output(): string | Uint8Array;
}

/**
 * A formatter of answers: each answer is shaped as soon as it is added, so that a run of records keeps only its output
 * and never a run of whole results (holding a thousand results until the run is formatted cost the batch some 40% of
 * its rate in garbage collection, issue 12).
 * @example
 * ```ts
 * const f = answerFormatter('compact', 'en');
 * f.add(1, classifySync(incident));
 * f.output(); // '{"line":1,"ok":true,...}\n' (a full formatter gives the same as UTF-8 bytes)
 * ```
 * @internal
 */
export function answerFormatter(format: OutputFormat, lang: Language, presumed = false): AnswerFormatter {
  if (format === 'csv') {
    const rows: string[][] = [];
    return {
      add: (line, answer) => void rows.push(csvCells(line, answer, lang, presumed).map(neutralise)),
      output: () => (rows.length === 0 ? '' : stringify(rows, { record_delimiter: 'windows' })),
    };
  }
  if (format === 'full') {
    // Written as bytes, the parts results share copied from their kept bytes: a run of full answers as one string
    // (about 21 KB a line) cost more to build and to encode than to classify (see JsonBytes).
    const bytes = new JsonBytes();
    return {
      add(line, answer) {
        bytes.text(`{"line":${line},`);
        bytes.members(answer);
        bytes.text('\n');
      },
      output: () => bytes.take(),
    };
  }
  // Written as bytes too: the end of most lines (their bases) is copied from kept bytes, and a run's text is never
  // joined into one string to be encoded again.
  const bytes = new JsonBytes();
  return {
    add: (line, answer) => writeCompactLine(bytes, line, answer, lang),
    output: () => bytes.take(),
  };
}
