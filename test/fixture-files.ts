// Reads the fixture files (fixtures/*.yaml) for the suites.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caseSchema, type Case } from '../src/cases.js';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureCase extends Case {
  readonly file: string;
}

export function loadFixtures(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const docs = parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as unknown[];
    docs.forEach((raw, i) => {
      const parsed = caseSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file} case ${i + 1}: ${parsed.error.message}`);
      out.push({ ...parsed.data, file });
    });
  }
  return out;
}
