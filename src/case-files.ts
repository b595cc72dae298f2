/**
 * Reading analyst case files from disk (node only): YAML or JSON, one case or a list per file, directories walked
 * recursively. Kept apart from `case-runner.ts` so that the browser entries never import `node:fs`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCases, runCases, summarise, type CaseFileError, type CaseRun, type Classifier, type LocatedCase } from './case-runner.js';

const CASE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The case files under the given paths: files as given, directories walked recursively, sorted per directory. */
function caseFilePaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string, explicit: boolean) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), false);
    } else if (explicit || CASE_EXTENSIONS.has(extname(path))) {
      out.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** Parses one case file's text; `.json` as JSON, anything else as YAML (which also reads JSON). */
function parseFile(file: string, text: string): { document?: unknown; error?: string } {
  try {
    return { document: extname(file) === '.json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown) };
  } catch (error) {
    return { error: `not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}` };
  }
}

/**
 * Loads and validates the case files under the given files or directories (recursively; `.yaml`, `.yml`, `.json`).
 * A missing path, an unparsable file or a malformed case is reported as an error naming the file, the case and the
 * field; the valid cases of the other files are still returned.
 * @example
 * ```ts
 * import { loadCaseFiles } from 'netralitas-asn/testing';
 * const { cases, errors } = loadCaseFiles(['cases/']);
 * ```
 */
export function loadCaseFiles(paths: readonly string[]): { cases: LocatedCase[]; errors: CaseFileError[] } {
  const cases: LocatedCase[] = [];
  const errors: CaseFileError[] = [];
  let files: string[];
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      errors.push({ file: p, case: '', field: '', message: 'no such file or directory' });
    }
  }
  try {
    files = caseFilePaths(paths.filter((p) => !errors.some((e) => e.file === p)));
  } catch (error) {
    errors.push({ file: paths.join(', '), case: '', field: '', message: (error as Error).message });
    return { cases, errors };
  }
  for (const file of files) {
    const { document, error } = parseFile(file, readFileSync(file, 'utf8'));
    if (error !== undefined) {
      errors.push({ file, case: '', field: '', message: error });
      continue;
    }
    const parsed = parseCases(file, document);
    cases.push(...parsed.cases);
    errors.push(...parsed.errors);
  }
  return { cases, errors };
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
export function runCaseFiles(paths: readonly string[], classifier?: Classifier): CaseRun {
  const { cases, errors } = loadCaseFiles(paths);
  return summarise(runCases(cases, classifier), errors);
}
