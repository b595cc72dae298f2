// Several acts in one report (issue 20 part 2). The audit over the decision space: a report of two acts by one actor is
// judged as each act alone, with the overall verdict and the heaviest sanction taken from those single results. Every
// point of the decision space is paired twice (once as the first act, once as the second), with a partner chosen by a
// fixed stride, the partner taking the first act's actor and election (a report has one actor): 2 x 26,000+ pairs
// out of the ~357 million the table can form, which are too many to run.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { SANCTION_LEVELS } from '../src/vocabulary/enums.js';
import type { ActsQuestion, MultiActResult } from '../src/decide/multi-act.js';
import { nextQuestions } from '../src/decide/next-questions.js';
import { sameJson } from './same-json.js';

type Json = Record<string, unknown>;
const points = [...enumerateDecisionSpace()].map((p) => incidentFromFacts(p.facts) as Json);

/** The report-level part of an incident (one actor, one election) and the act-level part (act, target, stage, phase). */
const split = (incident: Json) => {
  const { actor, election, act, target, stage, campaignPhase } = incident;
  const own: Json = { act };
  if (target !== undefined) own.target = target;
  if (stage !== undefined) own.stage = stage;
  if (campaignPhase !== undefined) own.campaignPhase = campaignPhase;
  return { shared: { actor, ...(election !== undefined ? { election } : {}) }, own };
};

/** The single incident of an act by the report's actor, written out independently of the library's splitting. */
const alone = (shared: Json, own: Json): Json => ({ ...shared, ...own });

/** A report of two acts by the actor of the first, and the two single incidents it stands for. */
function pairOf(a: Json, b: Json) {
  const first = split(a);
  const second = split(b);
  return { report: { ...first.shared, acts: [first.own, second.own] }, singles: [alone(first.shared, first.own), alone(first.shared, second.own)] };
}

/** The overall verdict as the module documents it: violation, else needs_information, else no_violation, else out_of_scope. */
const expectedVerdict = (verdicts: readonly string[]) =>
  verdicts.includes('violation') ? 'violation' : verdicts.includes('needs_information') ? 'needs_information' : verdicts.includes('no_violation') ? 'no_violation' : 'out_of_scope';

const level = (s: { level: string } | null | undefined) => (s ? SANCTION_LEVELS.indexOf(s.level as (typeof SANCTION_LEVELS)[number]) : -1);

const STRIDE = 7919;

describe('a report of two acts equals judging each act alone and taking the heaviest (decision-space audit)', () => {
  it.each([
    ['as the first act', (i: number) => [i, (i * STRIDE + 1) % points.length] as const],
    ['as the second act', (i: number) => [(i * STRIDE + 3) % points.length, i] as const],
  ])('every point of the decision space %s', { timeout: 300_000 }, (_name, partner) => {
    let checked = 0;
    const verdicts = new Set<string>();
    for (let i = 0; i < points.length; i++) {
      const [x, y] = partner(i);
      const { report, singles } = pairOf(points[x]!, points[y]!);
      const results = singles.map((s) => singleAnswer(classifySync(s)));
      const r = classifySync(report);
      if (results.some((s) => !s.ok)) {
        // An act the schema rejects (an office the election does not fill) makes the report invalid too.
        expect(r.ok).toBe(false);
        continue;
      }
      if (!r.ok || !('findings' in r)) throw new Error(`report rejected: ${JSON.stringify(report)}`);
      checked++;
      const alone = results as Exclude<(typeof results)[number], { ok: false }>[];
      // Each finding is exactly the act judged alone.
      const findings = r.findings.map((f) => f.result);
      if (!sameJson(findings, alone)) expect(findings).toEqual(alone);
      const want = expectedVerdict(alone.map((s) => s.verdict));
      verdicts.add(want);
      const heaviest = Math.max(...alone.filter((s) => s.verdict === 'violation').map((s) => level(s.sanction)));
      const got = { verdict: r.verdict, level: level(r.sanction), violations: r.violations.length };
      const expected = {
        verdict: want,
        level: want === 'violation' ? heaviest : -1,
        violations: alone.reduce((n, s) => n + s.violations.length, 0),
      };
      if (!sameJson(got, expected)) expect({ report, got }).toEqual({ report, got: expected });
    }
    expect(checked).toBeGreaterThan(20_000);
    expect([...verdicts].sort()).toEqual(['needs_information', 'no_violation', 'out_of_scope', 'violation']);
  });
});

describe('classify and classifySync agree on reports with several acts', () => {
  it('over 400 pairs of decision-space points', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 400; i++) {
      const x = (i * 6151) % points.length;
      const { report } = pairOf(points[x]!, points[(x * STRIDE + 5) % points.length]!);
      expect(classifySync(report)).toEqual(await classify(report));
    }
  });
  it('with presumptions', async () => {
    const report = { actor: { employment: 'pns' }, acts: [{ act: { kind: 'take_part_in_campaign' } }, { act: { kind: 'seek_own_candidacy', independentCandidacy: false } }], target: { office: 'walikota' }, stage: 'bakal_calon' };
    const options = { presume: { 'target.relation': 'none', 'actor.cltn': false } };
    expect(classifySync(report, options)).toEqual(await classify(report, options));
  });
});

describe('nextQuestions for a report with several acts', () => {
  it('asks what the result lacks, at the same places, over 400 pairs of decision-space points', () => {
    let asked = 0;
    for (let i = 0; i < 400; i++) {
      const x = (i * 4001) % points.length;
      const { report } = pairOf(points[x]!, points[(x * STRIDE + 7) % points.length]!);
      const r = classifySync(report);
      if (!r.ok || !('findings' in r)) continue;
      const next = nextQuestions(report);
      if (!Array.isArray(next)) throw new Error('rejected');
      expect(next.map((q) => (q as ActsQuestion).reportField)).toEqual(r.missingFacts.map((m) => m.reportField));
      asked += next.length;
    }
    expect(asked).toBeGreaterThan(0);
  });
  it('asks an empty report for the employment once and for each act\'s kind at the act', () => {
    const next = nextQuestions({ acts: [{}, { act: {} }] });
    expect(Array.isArray(next) && next.map((q) => [(q as ActsQuestion).reportField, (q as ActsQuestion).acts])).toEqual([
      ['actor.employment', [0, 1]],
      ['acts.0.act.kind', [0]],
      ['acts.1.act.kind', [1]],
    ]);
  });
});

describe('several acts in one report', () => {
  const pns = { employment: 'pns' };
  it('a PNS with two disciplinary violations: one penalty, the heaviest (PP 94/2021 Pasal 35, ref 2.6)', () => {
    // ref 1.4: disiplin 1 (props for a calon) is berat; disiplin 3 (approaching a party without CLTN) is sedang (update 2026-12 1.3).
    const r = classifySync({
      actor: { ...pns, cltn: false },
      acts: [{ act: { kind: 'seek_own_candidacy', independentCandidacy: false }, stage: 'bakal_calon', target: { office: 'bupati' } }, { act: { kind: 'install_campaign_props' }, stage: 'calon', target: { office: 'bupati' } }],
    }) as MultiActResult;
    expect(r.verdict).toBe('violation');
    expect(r.findings.map((f) => f.result.sanction?.level)).toEqual(['sedang', 'berat']);
    expect(r.sanction?.level).toBe('berat');
    expect(r.sanctionAct).toBe(1);
    expect(r.citations['pp-94-2021/p35']).toBeDefined();
    expect(r.notes.some((n) => n.en.startsWith('Several acts in one report are violations; only the single heaviest penalty is imposed (PP 94/2021 Pasal 35)'))).toBe(true);
    expect(r.violations.map((v) => [v.act, `${v.list} ${v.item}`])).toEqual([[0, 'disiplin 3'], [1, 'disiplin 1']]);
  });
  it('a PPPK with two violations: no combining rule in the reference, the heaviest shown as an indication, Pasal 35 not cited', () => {
    const r = classifySync({ actor: { employment: 'pppk' }, acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'online_campaign' } }], target: { office: 'bupati' }, stage: 'calon' }) as MultiActResult;
    expect(r.verdict).toBe('violation');
    expect(r.citations['pp-94-2021/p35']).toBeUndefined();
    expect(r.notes.some((n) => n.en.includes('has no rule on combining penalties for PPPK'))).toBe(true);
  });
  it('a kode etik breach beside one disciplinary violation is not Pasal 35 (sanksi moral is PP 42/2004, not a hukuman disiplin)', () => {
    const r = classifySync({ actor: pns, acts: [{ act: { kind: 'install_campaign_props' }, stage: 'bakal_calon' }, { act: { kind: 'online_campaign' }, stage: 'calon' }], target: { office: 'bupati' } }) as MultiActResult;
    expect(r.findings.map((f) => f.result.sanction?.level)).toEqual(['sanksi_moral', 'berat']);
    expect(r.sanction?.level).toBe('berat');
    expect(r.citations['pp-94-2021/p35']).toBeUndefined();
    expect(r.tracks.map((t) => t.track).sort()).toEqual(['disiplin', 'kode_etik']);
  });
  it('a violation beside an undecided act: verdict violation, the undecided act pending, its questions asked', () => {
    const r = classifySync({ actor: pns, acts: [{ act: { kind: 'party_membership' } }, { act: { kind: 'install_campaign_props' } }] }) as MultiActResult;
    expect(r.verdict).toBe('violation');
    expect(r.pending).toEqual([1]);
    expect(r.missingFacts.map((m) => [m.reportField, m.acts])).toEqual([['stage', [1]]]);
    expect(r.notes.some((n) => n.en.startsWith('Act 2 cannot be decided yet'))).toBe(true);
  });
  it('asks at the act where the act carries the fact itself, at the report otherwise', () => {
    const r = classifySync({ actor: pns, acts: [{ act: { kind: 'install_campaign_props' }, target: { office: 'bupati' } }, { act: { kind: 'attend_declaration_or_campaign' } }] }) as MultiActResult;
    expect(r.verdict).toBe('needs_information');
    const places = r.missingFacts.map((m) => m.reportField);
    expect(places).toContain('stage');
    expect(places).toContain('acts.1.act.activeSupport');
    expect(places.every((p) => !p.startsWith('acts.0.target'))).toBe(true);
  });
  it('an act with its own date takes no stage from the report (the calendar gives the act its own)', () => {
    const r = classifySync({
      actor: pns,
      election: 'pilkada_2024',
      target: { office: 'bupati' },
      stage: 'calon',
      date: '2024-10-01',
      acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'install_campaign_props' }, date: '2024-08-01' }],
    }) as MultiActResult;
    // ref 6.2: the Pilkada 2024 candidate pairs were determined on 22 Sep 2024.
    expect(r.findings.map((f) => f.result.violations.map((v) => `${v.list} ${v.item}`))).toEqual([['disiplin 1'], ['kode_etik 1']]);
    expect(r.derived.map((d) => [d.act, d.fact, d.value])).toContainEqual([1, 'stage', 'bakal_calon']);
  });
  it('no violation and out of scope: no_violation overall; all out of scope: out_of_scope', () => {
    const photo = { kind: 'post_photo', photoShows: 'candidate', publiclyAccessible: false };
    expect(classifySync({ actor: pns, stage: 'calon', acts: [{ act: photo }, { act: { kind: 'partisan_activity', activityForm: 'pemberian_barang' } }] }).ok).toBe(true);
    const out = classifySync({ actor: { employment: 'tni' }, acts: [{ act: { kind: 'online_campaign' } }, { act: { kind: 'install_campaign_props' } }] });
    expect(out.ok && out.verdict).toBe('out_of_scope');
  });
  it('validates: acts, not act beside it; at least one act; an act\'s own office against the election', () => {
    const bad = (input: unknown) => {
      const r = classifySync(input);
      return r.ok ? [] : r.error.issues.map((i) => i.path);
    };
    expect(bad({ actor: pns, act: { kind: 'online_campaign' }, acts: [{ act: { kind: 'online_campaign' } }] })).toEqual(['act']);
    expect(bad({ actor: pns, acts: [] })).toEqual(['acts']);
    expect(bad({ actor: pns, election: 'pilkada_2024', acts: [{ act: { kind: 'online_campaign' } }, { act: { kind: 'online_campaign' }, target: { office: 'dpr' } }] })).toEqual(['acts.1.target.office']);
    expect(bad({ actor: pns, acts: [{ kind: 'online_campaign' }] })).toEqual(['acts.0.act', 'acts.0.kind']);
  });
  it('a single act is the common case and keeps its exact result', () => {
    const incident = { actor: pns, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };
    const r = classifySync(incident);
    expect(r.ok && 'findings' in r).toBe(false);
    const one = classifySync({ actor: pns, acts: [{ act: incident.act }], target: incident.target, stage: incident.stage }) as MultiActResult;
    expect(one.findings[0]!.result).toEqual(r);
  });
});
