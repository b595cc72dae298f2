// Each legal invariant (src/analyst/legal-invariants.ts) reports a classifier that breaks its promise: the suite over
// the whole table (legal-invariants.test.ts) can fail. Each broken classifier is the bundled one with one promise
// broken on the answers where it applies; a sample of the decision table is enough to find one: every point of the acts
// with few points (party membership has 5) and every 20th point of the others.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import type { ClassificationResult } from '../src/decide/result.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { INVARIANTS, memoised, type Classifier } from '../src/analyst/legal-invariants.js';

type Json = Record<string, unknown>;
const points = [...enumerateDecisionSpace()];
const perAct = new Map<string, number>();
for (const p of points) perAct.set(p.act, (perAct.get(p.act) ?? 0) + 1);
const sample = points.filter((p, i) => perAct.get(p.act)! < 500 || i % 20 === 0).map((p) => incidentFromFacts(p.facts) as Json);
const bundled: Classifier = (input) => singleAnswer(classifySync(input));
const at = (input: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Json)[k] : undefined), input);

/** The bundled classifier, with `change` applied to the results of the inputs `when` picks. */
const breaking =
  (when: (input: unknown, r: ClassificationResult) => boolean, change: (r: ClassificationResult) => object): Classifier =>
  (input) => {
    const r = bundled(input);
    return r.ok && when(input, r) ? ({ ...r, ...change(r) } as ClassificationResult) : r;
  };
/** A violation answered as no violation: lighter, and without its items. */
const acquitted = () => ({ verdict: 'no_violation', violations: [], sanction: null, category: null, tracks: [] });
const violation = (r: ClassificationResult) => r.verdict === 'violation';

const BROKEN: Record<string, Classifier> = {
  'spouse-never-lighter': breaking((i, r) => at(i, 'target.relation') === 'spouse' && violation(r), acquitted),
  'region-never-lifts': breaking((i, r) => at(i, 'actor.region') !== 'other' && violation(r), acquitted),
  'cltn-lifts-only-what-names-it': breaking((i, r) => at(i, 'actor.cltn') === true && violation(r), acquitted),
  'asn-categories-for-asn-only': breaking((i) => ['non_asn', 'tni', 'polri', 'other'].includes(String(at(i, 'actor.employment'))), () => ({ category: 'disiplin' })),
  'pns-regulations-for-pns-only': breaking((i) => at(i, 'actor.employment') === 'pppk', (r) => ({ citations: { ...r.citations, 'pp-94-2021/p5-n-1': {} } })),
  'law-in-force': breaking((i, r) => at(i, 'date') !== undefined && violation(r), (r) => ({ violations: r.violations.map((v) => ({ ...v, bases: [], sanction: { ...v.sanction, bases: [] } })) })),
  'heaviest-sanction': breaking((_, r) => violation(r) && r.sanction?.level === 'berat', (r) => ({ sanction: { ...r.sanction, level: 'ringan' } })),
  'aggravation-never-lightens': breaking((i, r) => at(i, 'act.activeSupport') === true && violation(r), acquitted),
  'acts-reach-listed-items': breaking((i) => at(i, 'act.kind') === 'party_membership', () => ({ violations: [] })),
  'same-conduct-same-verdict': breaking((i, r) => at(i, 'act.kind') === 'partisan_activity' && violation(r), acquitted),
};

describe('each legal invariant reports a classifier that breaks its promise', () => {
  it('has a broken classifier for every invariant', () => {
    expect(Object.keys(BROKEN).sort()).toEqual(INVARIANTS.map((i) => i.id).sort());
  });

  const judge = memoised(bundled);
  it.each(INVARIANTS.map((i) => [i.id, i] as const))('%s', { timeout: 120_000 }, (id, invariant) => {
    // The sample keeps the promise with the bundled classifier, and breaks it with the broken one.
    expect(invariant.check(judge, sample)).toBeUndefined();
    const failure = invariant.check(memoised(BROKEN[id]!), sample);
    expect(failure?.invariant).toBe(id);
  });
});
