// Every fixture case (fixtures/*.yaml) classifies as the law requires.
import { describe, expect, it } from 'vitest';
import { compareOutcome } from '../src/analyst/cases.js';
import { classify } from '../src/decide/classify.js';
import { loadFixtures } from './fixture-files.js';

const cases = loadFixtures();

describe.each([...new Set(cases.map((c) => c.file))])('%s', (file) => {
  it.each(cases.filter((c) => c.file === file).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await classify(c.incident);
    expect(compareOutcome(c.expect, result)).toEqual([]);
  });
});
