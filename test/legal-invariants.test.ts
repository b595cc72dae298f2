// The law's promises (src/analyst/legal-invariants.ts), each over every point of the decision table; a failure prints one
// smallest incident with both results.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { INVARIANTS, memoised } from '../src/analyst/legal-invariants.js';

const incidents = [...enumerateDecisionSpace()].map((p) => incidentFromFacts(p.facts));
const classify = memoised((input) => singleAnswer(classifySync(input)));

describe('legal invariants over the whole decision table', () => {
  it('runs over every point of the table', () => {
    expect(incidents.length).toBeGreaterThan(20_000);
  });
  it.each(INVARIANTS.map((i) => [`${i.id} (${i.section})`, i] as const))('%s', { timeout: 120_000 }, (_name, invariant) => {
    const failure = invariant.check(classify, incidents);
    const shown = failure ? `${invariant.promise}\n${JSON.stringify(failure.incident)}${failure.other ? `\nvs ${JSON.stringify(failure.other)}` : ''}\n${failure.message}` : '';
    expect(shown).toBe('');
  });
});
