/**
 * Running analyst cases: validating a parsed case document (one case or a list) against {@link caseSchema},
 * classifying each case and describing every difference in the law's terms. No I/O: the node-only file loading is in
 * `case-files.ts`.
 */
import { caseSchema, caseSchemaOf, compareOutcome, type Case, type CaseLaw } from './cases.js';
import { classifySync } from '../decide/classify-sync.js';
import { escapeControl } from '../incident/control-chars.js';
import type { Decided } from '../decide/pipeline.js';
import type { Presume } from '../law/presumptions.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';
import { caseIssueTexts } from './case-file-messages.js';

/**
 * A valid case and where it was read: the case with its file and 1-based position in it.
 * @example
 * ```ts
 * import { parseCases } from 'netralitas-asn/testing';
 * const d1 = { name: 'D-1', incident: { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' }, expect: { items: ['disiplin 1'], sanction: 'sedang' } };
 * const { cases } = parseCases('cases/d1.yaml', [d1]);
 * [cases[0]?.file, cases[0]?.index]; // ['cases/d1.yaml', 1]
 * ```
 */
export interface LocatedCase extends Case {
  /** The file (or other label) the case comes from. */
  readonly file: string;
  /** Its position in the file, from 1. */
  readonly index: number;
  /** The line of the file where the case starts, from 1, where the file was read from text. */
  readonly line?: number;
}

/**
 * A malformed case: the file, the case (by name, else by position) and the field that is wrong.
 * @example
 * ```ts
 * import { parseCases } from 'netralitas-asn/testing';
 * const { errors } = parseCases('cases/bad.yaml', [{ incident: {}, expect: {} }]);
 * [errors[0]?.case, errors[0]?.field]; // ['#1', 'name']
 * ```
 */
export interface CaseFileError {
  /** The file. */
  readonly file: string;
  /** The case's name where it has one, else `#<position>`; empty when the whole file is wrong. */
  readonly case: string;
  /** The dotted path of the wrong field inside the case (e.g. `expect.sanction`); empty for the case itself. */
  readonly field: string;
  /** What is wrong (in English). */
  readonly message: string;
  /** What is wrong, in both languages (`en` is `message`); absent only in an error made by hand. */
  readonly text?: Bilingual;
  /** The line of the file where the wrong field (or the case) is, from 1, where known. */
  readonly line?: number;
}

/**
 * The outcome of one case: which case, and each difference between its expectation and the result.
 * @example
 * ```ts
 * import { parseCases, runCases } from 'netralitas-asn/testing';
 * const d1 = { name: 'D-1', incident: { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' }, expect: { items: ['disiplin 1'], sanction: 'sedang' } };
 * runCases(parseCases('cases/d1.yaml', [d1]).cases)[0]?.differences; // ['expected sanction sedang, got berat']
 * ```
 */
export interface CaseOutcome {
  readonly file: string;
  readonly name: string;
  readonly index: number;
  /** The line of the file where the case starts, where known. */
  readonly line?: number;
  /** One line per difference between the expectation and the result, in the law's terms; empty when it passes. */
  readonly differences: readonly string[];
}

/**
 * The outcome of a run: every case, and every malformed case or file, with the counts.
 * @example
 * ```ts
 * import { parseCases, runCases, summarise } from 'netralitas-asn/testing';
 * const d1 = { name: 'D-1', incident: { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' }, expect: { items: ['disiplin 1'], sanction: 'sedang' } };
 * const { cases, errors } = parseCases('cases/d1.yaml', [d1]);
 * const run = summarise(runCases(cases), errors);
 * [run.passed, run.failed, run.ok]; // [0, 1, false]
 * ```
 */
export interface CaseRun {
  readonly outcomes: readonly CaseOutcome[];
  readonly errors: readonly CaseFileError[];
  /** Number of cases that pass. */
  readonly passed: number;
  /** Number of cases that fail. */
  readonly failed: number;
  /** `true` when every case passes and nothing is malformed. */
  readonly ok: boolean;
}

/**
 * A classifier the runner can use; {@link classifySync} by default.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * import { parseCases, runCases, type Classifier } from 'netralitas-asn/testing';
 * const { cases } = parseCases('inline', { name: 'D-5', incident: { actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, expect: { items: ['disiplin 5'] } });
 * const nothingFound: Classifier = (input) => {
 *   const r = classifySync(input);
 *   return r.ok ? { ...r, violations: [] } : r;
 * };
 * runCases(cases, nothingFound)[0]?.differences; // ['expected disiplin item 5, got no violation item']
 * ```
 */
export type Classifier = (input: unknown, options?: { readonly presume?: Presume }) => Decided;

/**
 * A malformed case's error with what is wrong in both languages (`message` keeps the English).
 * @example
 * ```ts
 * withText({ file: 'a.yaml', case: '', field: '' }, t('berkas ini tidak berisi kasus', 'the file holds no case')).message;
 * // 'the file holds no case'
 * ```
 * @internal
 */
export const withText = (where: Omit<CaseFileError, 'message' | 'text'>, text: Bilingual): CaseFileError => ({ ...where, message: text.en, text });

/**
 * Validates a parsed case document: one case (an object) or a list of cases. Returns the valid cases and one error
 * per malformed case, naming the file, the case and the field.
 * @example
 * ```ts
 * import { parseCases } from 'netralitas-asn/testing';
 * const { errors } = parseCases('cases/d6.yaml', [{ name: 'D-6', incident: {}, expect: { sanction: 'heavy' } }]);
 * errors[0]; // { file: 'cases/d6.yaml', case: 'D-6', field: 'expect.sanction', message: 'Invalid option: expected one of ...' }
 * ```
 */
export function parseCases(
  file: string,
  document: unknown,
  /** The line of a case (by 0-based position, `undefined` for a file that holds one case) or of a field inside it. */
  lineOf?: (index: number | undefined, path: readonly PropertyKey[]) => number | undefined,
  /** The law the cases run under, where it has packs: its lists' items, bases and elections are valid in `expect`. */
  law?: CaseLaw,
): { cases: LocatedCase[]; errors: CaseFileError[] } {
  const schema = law === undefined ? caseSchema : caseSchemaOf(law);
  const cases: LocatedCase[] = [];
  const errors: CaseFileError[] = [];
  if (document === null || document === undefined) {
    errors.push(withText({ file, case: '', field: '' }, t('berkas ini tidak berisi kasus', 'the file holds no case')));
    return { cases, errors };
  }
  const list: unknown[] = Array.isArray(document) ? document : [document];
  const seen = new Set<string>();
  const at = (i: number, path: readonly PropertyKey[]) => lineOf?.(Array.isArray(document) ? i : undefined, path);
  const located = (line: number | undefined) => (line === undefined ? {} : { line });
  list.forEach((raw, i) => {
    const index = i + 1;
    const rawName = raw !== null && typeof raw === 'object' ? (raw as { name?: unknown }).name : undefined;
    const label = typeof rawName === 'string' && rawName.length > 0 ? rawName : `#${index}`;
    const parsed = schema.safeParse(raw, IN_ENGLISH);
    if (!parsed.success) {
      const texts = caseIssueTexts(schema, raw, parsed.error.issues);
      parsed.error.issues.forEach((issue, k) => {
        const line = at(i, issue.path) ?? at(i, issue.path.slice(0, -1)) ?? at(i, []);
        errors.push(withText({ file, case: label, field: issue.path.join('.'), ...located(line) }, texts[k]!));
      });
      return;
    }
    if (seen.has(parsed.data.name)) {
      errors.push(withText({ file, case: label, field: 'name', ...located(at(i, ['name'])) }, t('nama kasus ganda dalam berkas ini', 'duplicate case name in this file')));
      return;
    }
    seen.add(parsed.data.name);
    cases.push({ ...parsed.data, file, index, ...located(at(i, [])) });
  });
  return { cases, errors };
}

/**
 * Classifies every case and compares the result with its expectation. A case's own `presume` is used where it has
 * one, else `presume` (the `--presume` of `netralitas-asn test`), else none.
 * @example
 * ```ts
 * import { parseCases, runCases } from 'netralitas-asn/testing';
 * const { cases } = parseCases('inline', { name: 'D-5', incident: { actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, expect: { items: ['disiplin 5'] } });
 * runCases(cases)[0]?.differences; // []
 * ```
 */
export function runCases(
  cases: readonly LocatedCase[],
  classifier: Classifier = classifySync,
  { lang = 'en', presume }: { readonly lang?: Language; readonly presume?: Presume } = {},
): CaseOutcome[] {
  return cases.map((c) => {
    const given = c.presume ?? presume;
    const result = given === undefined ? classifier(c.incident) : classifier(c.incident, { presume: given });
    return { file: c.file, name: c.name, index: c.index, ...(c.line === undefined ? {} : { line: c.line }), differences: compareOutcome(c.expect, result, lang, c.incident) };
  });
}

/**
 * Sums up outcomes and errors into a run.
 * @example
 * ```ts
 * import { summarise } from 'netralitas-asn/testing';
 * summarise([], []).ok; // true
 * ```
 */
export function summarise(outcomes: readonly CaseOutcome[], errors: readonly CaseFileError[]): CaseRun {
  const failed = outcomes.filter((o) => o.differences.length > 0).length;
  return { outcomes, errors, passed: outcomes.length - failed, failed, ok: failed === 0 && errors.length === 0 };
}

/**
 * Formats one malformed case as a line: `file: case "name": field expect.sanction: message`.
 * @example
 * ```ts
 * import { formatCaseError } from 'netralitas-asn/testing';
 * formatCaseError({ file: 'a.yaml', case: 'D-6', field: 'expect.sanction', message: 'Invalid option' });
 * // 'a.yaml: case "D-6": field expect.sanction: Invalid option'
 * ```
 */
export function formatCaseError(e: CaseFileError): string {
  return caseErrorLine(e, 'en');
}

/** {@link formatCaseError} in a language: in Bahasa Indonesia `file: baris 3: kasus "name": isian expect.sanction: ...`. */
function caseErrorLine(e: CaseFileError, lang: Language): string {
  const id = lang === 'id';
  return [
    e.file,
    e.line === undefined ? '' : `${id ? 'baris' : 'line'} ${e.line}`,
    e.case ? `${id ? 'kasus' : 'case'} "${e.case}"` : '',
    e.field ? `${id ? 'isian' : 'field'} ${e.field}` : '',
    e.text?.[lang] ?? e.message,
  ]
    .filter(Boolean)
    .join(': ');
}

/**
 * Formats a run as text: per file, each failing case with what differs, then a summary line. Passing cases are listed
 * only when `verbose` is set.
 * @example
 * ```ts
 * import { formatCaseRun, runCaseFiles } from 'netralitas-asn/testing';
 * console.log(formatCaseRun(runCaseFiles(['cases/'])));
 * // cases/disiplin.yaml
 * //   FAIL D-6 like on a calon's account: expected disiplin item 6, got kode_etik item 4; expected sanction berat, got sanksi moral
 * // 1 file, 12 cases: 11 passed, 1 failed
 * ```
 */
export function formatCaseRun(run: CaseRun, { verbose = false, lang = 'en' }: { verbose?: boolean; lang?: Language } = {}): string {
  const id = lang === 'id';
  const lines: string[] = [];
  const files = [...new Set([...run.outcomes.map((o) => o.file), ...run.errors.map((e) => e.file)])];
  for (const file of files) {
    const errors = run.errors.filter((e) => e.file === file);
    const outcomes = run.outcomes.filter((o) => o.file === file && (verbose || o.differences.length > 0));
    if (errors.length === 0 && outcomes.length === 0) continue;
    lines.push(escapeControl(file));
    for (const e of errors) lines.push(`  ${id ? 'CACAT' : 'MALFORMED'} ${escapeControl(caseErrorLine({ ...e, file: '' }, lang).replace(/^: /, ''))}`);
    for (const o of outcomes) {
      // A failing case names its file and line (`file:line`, which editors and terminals open).
      const where = o.line === undefined ? '' : ` (${file}:${o.line})`;
      lines.push(escapeControl(o.differences.length === 0 ? `  ok   ${o.name}` : `  ${id ? 'GAGAL' : 'FAIL'} ${o.name}${where}: ${o.differences.join('; ')}`));
    }
  }
  const n = (count: number, word: string) => (id ? `${count} ${word}` : `${count} ${word}${count === 1 ? '' : 's'}`);
  const malformed = new Set(run.errors.map((e) => `${e.file}\u0000${e.case}`)).size;
  lines.push(
    id
      ? `${n(files.length, 'berkas')}, ${n(run.outcomes.length, 'kasus')}: ${run.passed} lulus, ${run.failed} gagal` + (malformed > 0 ? `, ${malformed} cacat` : '')
      : `${n(files.length, 'file')}, ${n(run.outcomes.length, 'case')}: ${run.passed} passed, ${run.failed} failed` + (malformed > 0 ? `, ${malformed} malformed` : ''),
  );
  return lines.join('\n');
}
