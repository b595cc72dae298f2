// The decide issue's proofs, over the whole decision space, through the public classifier only: a report is decided
// exactly when every completion of its missing facts (each value class the act's rules tell apart, each office and
// election the schema allows together) has the same outcome, and a report that needs information has two
// completions with different outcomes. classify and classifySync stay equal (decision-space.test.ts).
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts, valueClasses } from '../src/evaluate/decision-space.js';
import { getCalendar } from '../src/law/law.js';
import { ACT_KINDS, ELECTIONS } from '../src/vocabulary/enums.js';
import type { FactName, Facts, FactValue } from '../src/incident/facts.js';

type Result = ReturnType<typeof classifySync>;
const outcome = (r: Result) =>
  r.ok && r.verdict !== 'needs_information' ? JSON.stringify([r.verdict, r.category, r.sanction?.level ?? null, r.tracks.map((t) => t.track).sort()]) : undefined;

const filledBy = (office: string) => ELECTIONS.filter((e) => (getCalendar(e).offices as readonly string[]).includes(office)).join(',');

/**
 * The values a completion tries for a missing fact: one per value class of the act's rules; for an office, one per
 * class and set of elections that fill it (the schema's cross-field rule); every election.
 */
function candidates(act: (typeof ACT_KINDS)[number], fact: FactName): readonly FactValue[] {
  if (fact === 'election') return ELECTIONS;
  const classes = valueClasses(act, fact).filter((c) => c.values.length > 0);
  if (fact !== 'office') return classes.map((c) => c.values[0]!);
  return classes.flatMap((c) => [...new Map(c.values.map((v) => [filledBy(String(v)), v])).values()]);
}

function* completions(act: (typeof ACT_KINDS)[number], facts: Facts, missing: readonly FactName[]): Generator<Facts> {
  if (missing.length === 0) {
    yield facts;
    return;
  }
  const [first, ...rest] = missing;
  for (const v of candidates(act, first!)) yield* completions(act, { ...facts, [first!]: v }, rest);
}

const points = [...enumerateDecisionSpace()];
const CAP = 3000;

describe('decide whenever no missing fact can change the outcome, and never otherwise', () => {
  const checked = { decided: 0, open: 0, skipped: 0 };
  it.each(ACT_KINDS)('%s: every point over every completion', { timeout: 120_000 }, (act) => {
    for (const p of points.filter((x) => x.act === act)) {
      const result = classifySync(incidentFromFacts(p.facts));
      if (!result.ok) continue;
      const missing = relevantFacts(act).filter((f) => p.facts[f] === undefined);
      const size = missing.reduce((n, f) => n * candidates(act, f).length, 1);
      if (size > CAP) {
        checked.skipped++;
        continue;
      }
      const seen = new Set<string>();
      for (const c of completions(act, p.facts, missing)) {
        const r = classifySync(incidentFromFacts(c));
        if (!r.ok) continue; // an office the election does not fill
        const o = outcome(r);
        expect(o, `${JSON.stringify(c)} is complete but undecided`).toBeDefined();
        seen.add(o!);
      }
      const mine = outcome(result);
      if (mine !== undefined) {
        checked.decided++;
        expect([...seen], `decided ${JSON.stringify(p.facts)} as ${mine}, but a completion differs`).toEqual([mine]);
      } else {
        checked.open++;
        expect(seen.size, `${JSON.stringify(p.facts)} needs information, but every completion agrees`).toBeGreaterThan(1);
      }
    }
  });
  it('checked thousands of points, skipping almost none', () => {
    expect(checked.decided).toBeGreaterThan(5000);
    expect(checked.open).toBeGreaterThan(1000);
    expect(checked.skipped / (checked.decided + checked.open + checked.skipped)).toBeLessThan(0.02);
  });
});
