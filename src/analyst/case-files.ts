/**
 * Reading analyst case files from disk (node only): YAML or JSON, one case or a list per file, directories walked
 * recursively. Kept apart from `case-runner.ts` so that the browser entries never import `node:fs`.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { yaml } from '../law/yaml-on-demand.js';
import { parseCases, runCases, summarise, withText, type CaseFileError, type CaseRun, type Classifier, type LocatedCase } from './case-runner.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { escapeControl } from '../incident/control-chars.js';
import type { Presume } from '../law/presumptions.js';
import type { CaseLaw } from './cases.js';

const CASE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Default cap on the size of one case file (4 MiB; the largest fixture file is about 110 KB). Parsing and running a
 * file takes about 120 times its size in memory, so an unbounded file could exhaust it.
 * @example
 * ```ts
 * import { DEFAULT_MAX_CASE_FILE_BYTES, loadCaseFiles } from 'netralitas-asn/testing';
 * loadCaseFiles(['cases/'], { maxFileBytes: 4 * DEFAULT_MAX_CASE_FILE_BYTES });
 * ```
 */
export const DEFAULT_MAX_CASE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Options of {@link loadCaseFiles} and {@link runCaseFiles}.
 * @example
 * ```ts
 * import { loadCaseFiles } from 'netralitas-asn/testing';
 * loadCaseFiles(['cases/'], { maxFileBytes: 16 * 1024 * 1024 });
 * ```
 */
export interface CaseFileOptions {
  /** Largest case file read, in bytes ({@link DEFAULT_MAX_CASE_FILE_BYTES} by default); a larger file is an error. */
  readonly maxFileBytes?: number;
  /** Presumptions for the cases that state none of their own (`netralitas-asn test --presume`). */
  readonly presume?: Presume;
  /** Language of the differences (`en` by default; the CLI's `--lang` defaults to `id`). */
  readonly lang?: Language;
  /**
   * The law the cases are read under, where it has packs: a classifier from `createClassifier({ packs })`, whose lists'
   * items, legal bases and elections the cases may then expect (pass its `classifySync` as the classifier too).
   */
  readonly law?: CaseLaw;
}

const OS_REASONS: Readonly<Record<string, Bilingual>> = {
  ENOENT: t('berkas atau direktori tidak ada', 'no such file or directory'),
  EACCES: t('izin ditolak', 'permission denied'),
  EISDIR: t('sebuah direktori', 'is a directory'),
  ELOOP: t('terlalu banyak tingkat tautan simbolik', 'too many levels of symbolic links'),
  ENOTDIR: t('bukan direktori', 'not a directory'),
  EIO: t('galat masukan/keluaran', 'input/output error'),
};

/** The reason of an OS error in a few words (the system's own words, in English, for an error not listed above). */
function reason(error: unknown): Bilingual {
  const code = (error as { code?: string } | null)?.code;
  const known = code === undefined ? undefined : OS_REASONS[code];
  if (known) return code === 'ENOENT' ? known : t(`${known.id} (${code})`, `${known.en} (${code})`);
  const text = escapeControl(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  return t(text, text);
}

/** What a special file is, for the warning that skips it, or `undefined` for a regular file or directory. */
function special(stats: Stats): string | undefined {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return undefined;
}

/** Whether a path is a symbolic link whose target is missing. */
function danglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

interface Walk {
  readonly files: string[];
  readonly errors: CaseFileError[];
  readonly warnings: string[];
}

const fileError = (file: string, text: Bilingual): CaseFileError => withText({ file, case: '', field: '' }, text);

/**
 * The case files under the given paths: files as given, directories walked recursively, sorted per directory. A path
 * that cannot be read (missing, dangling symlink, no permission) is an error naming it; special files are skipped
 * with a warning; the rest are still returned.
 */
function caseFilePaths(paths: readonly string[]): Walk {
  const walk: Walk = { files: [], errors: [], warnings: [] };
  const visit = (path: string, explicit: boolean) => {
    if (!explicit && !CASE_EXTENSIONS.has(extname(path))) {
      // Only directories and case files matter below a directory; anything else is not read.
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        return;
      }
      if (stats.isDirectory()) visitDirectory(path);
      return;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      walk.errors.push(fileError(path, danglingLink(path) ? t('tautan simbolik ke berkas yang tidak ada', 'a symbolic link to a file that does not exist') : reason(error)));
      return;
    }
    if (stats.isDirectory()) visitDirectory(path);
    else if (special(stats)) walk.warnings.push(`${escapeControl(path)}: skipped, it is ${special(stats)}, not a file`);
    else walk.files.push(path);
  };
  const visitDirectory = (path: string) => {
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch (error) {
      walk.errors.push(fileError(path, reason(error)));
      return;
    }
    for (const entry of entries) visit(join(path, entry), false);
  };
  for (const p of paths) visit(p, true);
  return walk;
}

/** Reads one case file within the size cap, without blocking on anything that is not a regular file. */
function readCaseFile(file: string, maxBytes: number): { text?: string; error?: Bilingual } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { error: t('bukan berkas biasa', 'not a regular file') };
    if (stats.size > maxBytes) {
      return {
        error: t(
          `berukuran ${stats.size} bita, melebihi batas ${maxBytes} bita untuk berkas kasus (naikkan dengan --max-file-size)`,
          `is ${stats.size} bytes, over the limit of ${maxBytes} bytes for a case file (raise it with --max-file-size)`,
        ),
      };
    }
    const text = readFileSync(fd, 'utf8');
    if (text.length > maxBytes) return { error: t(`bertambah melebihi batas ${maxBytes} bita saat dibaca`, `grew over the limit of ${maxBytes} bytes while read`) };
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { error: reason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Where a case or a field of it is in a file: its line, from 1. */
type LineOf = (index: number | undefined, path: readonly PropertyKey[]) => number | undefined;

/** The lines of the nodes of a parsed YAML (or JSON) document. */
function linesOf(doc: Document, counter: LineCounter): LineOf {
  return (index, path) => {
    const node = doc.getIn([...(index === undefined ? [] : [index]), ...path] as unknown[], true);
    const offset = yaml().isNode(node) ? node.range?.[0] : undefined;
    return offset === undefined ? undefined : counter.linePos(offset).line;
  };
}

/**
 * Parses one case file's text; `.json` as JSON, anything else as YAML (which also reads JSON); with the line of each
 * case and field, from the YAML parser's positions (JSON is YAML too).
 */
function parseFile(file: string, text: string): { document?: unknown; lineOf?: LineOf; error?: Bilingual } {
  const { LineCounter, parseDocument } = yaml();
  const counter = new LineCounter();
  try {
    if (extname(file) === '.json') {
      const document = JSON.parse(text) as unknown;
      const doc = parseDocument(text, { lineCounter: counter });
      return { document, ...(doc.errors.length === 0 ? { lineOf: linesOf(doc, counter) } : {}) };
    }
    const doc = parseDocument(text, { lineCounter: counter });
    if (doc.errors.length > 0) throw doc.errors[0]!;
    return { document: doc.toJS() as unknown, lineOf: linesOf(doc, counter) };
  } catch (error) {
    const kind = extname(file) === '.json' ? 'JSON' : 'YAML';
    const detail = escapeControl((error as Error).message.split('\n')[0] ?? '');
    return { error: t(`bukan ${kind} yang valid: ${detail}`, `not valid ${kind}: ${detail}`) };
  }
}

/**
 * Loads and validates the case files under the given files or directories (recursively; `.yaml`, `.yml`, `.json`).
 * A missing path, an unreadable, oversized or unparsable file and a malformed case are each an error naming the file,
 * the case and the field; the valid cases of the other files are still returned. Special files (FIFOs, sockets,
 * devices) are skipped with a warning. Finding no case file at all is an error too: there is nothing to run.
 * @example
 * ```ts
 * import { loadCaseFiles } from 'netralitas-asn/testing';
 * const { cases, errors, warnings } = loadCaseFiles(['cases/']);
 * ```
 */
export function loadCaseFiles(paths: readonly string[], options: CaseFileOptions = {}): { cases: LocatedCase[]; errors: CaseFileError[]; warnings: string[] } {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_CASE_FILE_BYTES;
  const cases: LocatedCase[] = [];
  const { files, errors, warnings } = caseFilePaths(paths);
  for (const file of files) {
    const read = readCaseFile(file, maxBytes);
    const { document, lineOf, error }: { document?: unknown; lineOf?: LineOf; error?: Bilingual } = read.error !== undefined ? { error: read.error } : parseFile(file, read.text!);
    if (error !== undefined) {
      errors.push(fileError(file, error));
      continue;
    }
    const parsed = parseCases(file, document, lineOf, options.law);
    cases.push(...parsed.cases);
    errors.push(...parsed.errors);
  }
  if (files.length === 0 && errors.length === 0) errors.push(fileError(paths.join(', '), t('tidak ada berkas kasus (.yaml, .yml, .json) untuk dijalankan', 'no case file (.yaml, .yml, .json) to run')));
  return { cases, errors, warnings };
}

/**
 * Loads the case files under the given paths and runs every case: what `netralitas-asn test` does, for an app's own
 * test suite.
 * @example
 * ```ts
 * import { expect, it } from 'vitest';
 * import { formatCaseRun, runCaseFiles } from 'netralitas-asn/testing';
 * it('classifies the analysts\' cases as the law requires', () => {
 *   const run = runCaseFiles(['cases/']);
 *   expect(run.ok, formatCaseRun(run)).toBe(true);
 * });
 * ```
 */
export function runCaseFiles(paths: readonly string[], classifier?: Classifier, options: CaseFileOptions = {}): CaseRun & { readonly warnings: readonly string[] } {
  const { cases, errors, warnings } = loadCaseFiles(paths, options);
  return { ...summarise(runCases(cases, classifier, { lang: options.lang ?? 'en', ...(options.presume === undefined ? {} : { presume: options.presume }) }), errors), warnings };
}
