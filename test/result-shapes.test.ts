// The result types narrow by verdict (ViolationResult, NoViolationResult, NeedsInformationResult, OutOfScopeResult in
// src/decide/result.ts): the values the classifier returns have those shapes on every point of the decision space,
// with and without a date, and on random incidents, so that a narrowed type never promises what a result lacks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySync, type ClassificationResult } from '../src/index.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import { wellFormedIncident as arbitraryIncident } from './incident-arbitraries.js';

/** What the verdict's type says of the result, checked on the value; the names of the fields that disagree. */
function disagreements(r: ClassificationResult): string[] {
  const bad: string[] = [];
  const empty = (field: keyof ClassificationResult) => {
    if ((r[field] as readonly unknown[]).length !== 0) bad.push(`${field} not empty`);
  };
  const noOutcome = () => {
    if (r.category !== null) bad.push('category not null');
    if (r.sanction !== null) bad.push('sanction not null');
  };
  switch (r.verdict) {
    case 'violation':
      if (r.category === null) bad.push('category null');
      if (r.sanction === null) bad.push('sanction null');
      if (r.tracks.length === 0) bad.push('no track');
      empty('missingFacts');
      break;
    case 'no_violation':
      noOutcome();
      empty('violations');
      empty('missingFacts');
      break;
    case 'needs_information':
      noOutcome();
      if (r.missingFacts.length === 0) bad.push('no missing fact');
      for (const f of ['violations', 'exemptions', 'alternatives', 'tracks'] as const) empty(f);
      break;
    case 'out_of_scope':
      noOutcome();
      for (const f of ['violations', 'exemptions', 'missingFacts'] as const) empty(f);
      break;
    default:
      bad.push(`unknown verdict ${String((r as { verdict: unknown }).verdict)}`);
  }
  return bad;
}

describe('results have the shape their verdict type promises', () => {
  it('the check itself catches a result that breaks its verdict type', () => {
    const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
    if (!r.ok) throw new Error('valid incident rejected');
    expect(disagreements(r)).toEqual([]);
    expect(disagreements({ ...r, sanction: null } as unknown as ClassificationResult)).toEqual(['sanction null']);
    expect(disagreements({ ...r, verdict: 'needs_information' } as unknown as ClassificationResult)).toContain('no missing fact');
  });

  // Timeout for a loaded shared machine: about 10 s alone.
  it('on every point of the decision space, without a date and on a day after the Pilkada determination', { timeout: 300_000 }, () => {
    const seen = new Set<string>();
    let checked = 0;
    for (const point of enumerateDecisionSpace()) {
      for (const date of [undefined, '2024-11-20']) {
        const r = singleAnswer(classifySync({ ...incidentFromFacts(point.facts), ...(date ? { date } : {}) }));
        if (!r.ok) continue;
        checked++;
        seen.add(r.verdict);
        const bad = disagreements(r);
        if (bad.length > 0) expect({ facts: point.facts, date, bad }).toEqual({ facts: point.facts, date, bad: [] });
      }
    }
    expect([...seen].sort()).toEqual(['needs_information', 'no_violation', 'out_of_scope', 'violation']);
    expect(checked).toBeGreaterThan(15_000);
  });

  it('on random incidents', () => {
    fc.assert(
      fc.property(arbitraryIncident, (i) => {
        const r = classifySync(i);
        if (r.ok) expect(disagreements(r)).toEqual([]);
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });
});

describe('alternatives say which items would be exemptions', () => {
  it('a spouse at a bakal calon\'s event, CLTN not given: KE-7 is breached without CLTN and does not apply with it', () => {
    // fixtures/legal-corrections-2026-12.yaml, "a spouse at a bakal calon's introduction event, CLTN not given, is
    // KE-6; KE-7 depends on the CLTN" (ref §1.3 KE-7, "dengan tidak dalam status CLTN").
    const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'take_part_in_campaign' }, target: { office: 'walikota', relation: 'spouse' }, stage: 'bakal_calon' });
    if (!r.ok || r.verdict !== 'violation') throw new Error('expected a violation');
    // SE Kuningan 800.1.6/1763/2024 (radarkuningan's quotation) adds, for an actor of Kabupaten Kuningan only, its
    // campaign item, which does not name CLTN, and its spouse item, which does ("dengan tidak dalam status CLTN").
    const kuningan = (a: (typeof r.alternatives)[number]) => String(a.when.find((w) => w.fact === 'region')?.values) === 'kabupaten_kuningan';
    const key = (a: (typeof r.alternatives)[number]) => `${String(a.when.find((w) => w.fact === 'cltn')?.values)}${kuningan(a) ? ' kuningan' : ''}`;
    const byCltn = Object.fromEntries(r.alternatives.map((a) => [key(a), { items: a.items, exemptions: a.exemptions }]));
    expect(byCltn).toEqual({
      false: { items: ['kode_etik 7'], exemptions: [] },
      true: { items: ['kode_etik 7'], exemptions: ['kode_etik 7'] },
      'false kuningan': { items: ['kode_etik 7', 'se_kuningan_800_1_6_1763_2024 kampanye', 'se_kuningan_800_1_6_1763_2024 suami.istri'], exemptions: [] },
      'true kuningan': { items: ['kode_etik 7', 'se_kuningan_800_1_6_1763_2024 kampanye'], exemptions: ['kode_etik 7'] },
    });
    // Every other region is the national reading.
    for (const a of r.alternatives.filter((x) => !kuningan(x))) expect(a.when.find((w) => w.fact === 'region')?.values ?? []).not.toContain('kabupaten_kuningan');
  });
});
