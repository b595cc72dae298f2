// The decision space is finite, covers every act, and classifySync equals classify on every point of it.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { ACT_KINDS } from '../src/vocabulary/enums.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts, valueClasses } from '../src/evaluate/decision-space.js';
import { factsOf } from '../src/incident/facts.js';
import { incidentSchema } from '../src/incident/schema.js';
import { sameJson } from './same-json.js';

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

  // One test per act: with the six regional circulars loaded by default the space grew from 26,717 to 43,768 points,
  // and json-rules-engine took about 2 ms a point (1.1 ms since its rules carry no event params), so the whole space in
  // one test ran close to its timeout on a busy machine. Every point is still compared.
  const compared = new Map<string, number>();
  it.each(ACT_KINDS)('classifySync equals classify on every point: %s', { timeout: 120_000 }, async (act) => {
    const mine = points.filter((p) => p.act === act);
    for (const p of mine) {
      const incident = incidentFromFacts(p.facts);
      const sync = classifySync(incident);
      const async = await classify(incident);
      if (!sameJson(sync, async)) expect(sync).toEqual(async);
      compared.set(act, (compared.get(act) ?? 0) + 1);
    }
    expect(compared.get(act) ?? 0).toBe(mine.length);
  });

  it('compared every point of the space, act by act', () => {
    expect([...compared.values()].reduce((a, b) => a + b, 0)).toBe(points.length);
  });
});
