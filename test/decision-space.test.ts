// The decision space is finite, covers every act, and classifySync equals classify on every point of it.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { ACT_KINDS } from '../src/vocabulary/enums.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts, valueClasses } from '../src/evaluate/decision-space.js';
import { factsOf } from '../src/incident/facts.js';
import { incidentSchema } from '../src/incident/schema.js';

const points = [...enumerateDecisionSpace()];

describe('decision space', () => {
  it('covers every act, each with at least one valid incident', () => {
    for (const act of ACT_KINDS) {
      const mine = points.filter((p) => p.act === act);
      expect(mine.length, act).toBeGreaterThan(0);
      expect(mine.some((p) => incidentSchema.safeParse(incidentFromFacts(p.facts)).success), act).toBe(true);
    }
  });

  it('has one point per combination of value classes', () => {
    for (const act of ACT_KINDS) {
      const expected = relevantFacts(act).reduce((n, f) => n * valueClasses(act, f).length, 1);
      expect(points.filter((p) => p.act === act).length, act).toBe(expected);
    }
  });

  it('incidentFromFacts inverts factsOf', () => {
    for (const p of points.slice(0, 500)) {
      const parsed = incidentSchema.safeParse(incidentFromFacts(p.facts));
      if (parsed.success) expect(factsOf(parsed.data)).toEqual(p.facts);
    }
  });

  it('classifySync equals classify on every point', { timeout: 120_000 }, async () => {
    let compared = 0;
    for (const p of points) {
      const incident = incidentFromFacts(p.facts);
      const sync = classifySync(incident);
      const async = await classify(incident);
      if (JSON.stringify(sync) !== JSON.stringify(async)) expect(sync).toEqual(async);
      compared++;
    }
    expect(compared).toBe(points.length);
  });
});
