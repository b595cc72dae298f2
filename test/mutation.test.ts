// Mutation testing of the rule files: the committed score (docs/mutation-score.json, written by
// `npm run mutate -- --write`) is current, it has no survivor, every equivalent mutant belongs to an explained class,
// and a sample of the mutants is killed by the fixtures here (the full run is `npm run mutate`, several minutes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EQUIVALENT_MUTANTS } from '../scripts/equivalent-mutants.js';
import { findWitness, generateMutants, runMutant } from '../src/analyst/mutation.js';
import { loadFixtures } from './fixture-files.js';

const record = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'docs', 'mutation-score.json'), 'utf8')) as {
  cases: number;
  mutants: number;
  killed: number;
  equivalent: string[];
  survived: string[];
};
const mutants = [...generateMutants()];
const cases = loadFixtures();
const equivalent = new Set(record.equivalent);

describe('mutation score', () => {
  it('is current: same mutants and cases as the committed record, every mutant killed or equivalent', () => {
    expect(mutants.length).toBe(record.mutants);
    expect(cases.length).toBe(record.cases);
    expect(record.survived).toEqual([]);
    expect(record.killed + record.equivalent.length).toBe(record.mutants);
    for (const id of record.equivalent) expect(mutants.some((m) => m.id === id), id).toBe(true);
  });

  it('lists as equivalent only mutants of an explained class', () => {
    for (const id of record.equivalent) expect(EQUIVALENT_MUTANTS.some((e) => e.pattern.test(id)), id).toBe(true);
  });

  // 120 s like the other whole-law tests: with the six regional circulars there are 4,9xx mutants and ~1,000 fixture
  // cases, and both samples timed out at 30 s on a busy machine even before them.
  it('kills a sample of the non-equivalent mutants, one in 15, with the fixtures', { timeout: 120_000 }, () => {
    const sample = mutants.filter((m, i) => i % 15 === 0 && !equivalent.has(m.id));
    expect(sample.length).toBeGreaterThan(100);
    const survivors = sample.filter((m) => runMutant(m, cases).status !== 'killed').map((m) => m.id);
    expect(survivors).toEqual([]);
  });

  it('finds no witness for a sample of the equivalent mutants, and finds one for a killable mutant', { timeout: 120_000 }, () => {
    for (const id of record.equivalent.filter((_, i) => i % 20 === 0)) expect(findWitness(mutants.find((m) => m.id === id)!), id).toBeUndefined();
    const stageSwap = mutants.find((m) => m.id === 'skb-2022/d-1: stage equal calon -> bakal_calon')!;
    expect(findWitness(stageSwap)).toBeDefined();
    expect(runMutant(stageSwap, cases).status).toBe('killed');
  });
});
