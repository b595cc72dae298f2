// Reads the fixture files (fixtures/*.yaml) for the suites, with the same loader as `netralitas-asn test`.
import { basename, join } from 'node:path';
import { loadCaseFiles } from '../src/analyst/case-files.js';
import { formatCaseError, type LocatedCase } from '../src/analyst/case-runner.js';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export type FixtureCase = LocatedCase;

/** The cases as read once per test worker (suites share a worker's modules: vitest.config.ts, isolate false). */
let read: FixtureCase[] | undefined;

/**
 * The fixture cases, a fresh copy for each caller (a suite may change its copy). Reading and checking the YAML takes
 * about half a second, and some twenty suites ask for the cases.
 */
export function loadFixtures(): FixtureCase[] {
  if (!read) {
    const { cases, errors } = loadCaseFiles([FIXTURE_DIR]);
    if (errors.length > 0) throw new Error(errors.map(formatCaseError).join('\n'));
    read = cases.map((c) => ({ ...c, file: basename(c.file) }));
  }
  return structuredClone(read);
}
