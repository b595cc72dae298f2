// Reads the fixture files (fixtures/*.yaml) for the suites, with the same loader as `netralitas-asn test`.
import { basename, join } from 'node:path';
import { loadCaseFiles } from '../src/analyst/case-files.js';
import { formatCaseError, type LocatedCase } from '../src/analyst/case-runner.js';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export type FixtureCase = LocatedCase;

export function loadFixtures(): FixtureCase[] {
  const { cases, errors } = loadCaseFiles([FIXTURE_DIR]);
  if (errors.length > 0) throw new Error(errors.map(formatCaseError).join('\n'));
  return cases.map((c) => ({ ...c, file: basename(c.file) }));
}
