// nextQuestions asks exactly the facts that could still change the verdict, derived from the rules, in form order;
// a needs_information result carries the same questions.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/classify-sync.js';
import { ACT_KINDS, EMPLOYMENTS } from '../src/enums.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts, rulesForAct } from '../src/decision-space.js';
import { FACTS, type FactName } from '../src/facts.js';
import { QUESTION_LABELS } from '../src/labels.js';
import { nextQuestions as nextQuestionsOrError } from '../src/next-questions.js';
import type { Question } from '../src/questions.js';
import { FORM_ORDER } from '../src/questions.js';
import { loadFixtures } from './fixture-files.js';

/** The questions, with the typed error of invalid input read as "nothing to ask" (tested on its own below). */
const nextQuestions = (partial: unknown): Question[] => {
  const q = nextQuestionsOrError(partial);
  return Array.isArray(q) ? q : [];
};

const points = [...enumerateDecisionSpace()].map((p) => {
  const incident = incidentFromFacts(p.facts);
  return { ...p, incident, result: classifySync(incident), questions: nextQuestions(incident) };
});
const reads = (act: (typeof ACT_KINDS)[number], fact: FactName) =>
  rulesForAct(act).some((r) => r.conditions.all.some((c) => c.fact === fact));
const SECTIONS = ['actor', 'act', 'target'];
const section = (field: string) => {
  const i = SECTIONS.indexOf(field.split('.')[0]!);
  return i === -1 ? SECTIONS.length : i;
};

/** What an answer can change: verdict, items, exemptions, and the facts still open with the rules that read them. */
const outcome = (incident: unknown) => {
  const r = classifySync(incident);
  if (!r.ok) return 'invalid';
  return JSON.stringify([r.verdict, r.violations.map((v) => v.rule), r.exemptions.map((e) => e.rule), r.missingFacts.map((m) => [m.fact, m.rules])]);
};

const withAnswer = (incident: Record<string, unknown>, field: string, value: unknown) => {
  const copy = structuredClone(incident);
  const path = field.split('.');
  let n = copy;
  for (const k of path.slice(0, -1)) n = (n[k] ??= {}) as Record<string, unknown>;
  n[path[path.length - 1]!] = value;
  return copy;
};

describe('nextQuestions', () => {
  it('asks the employment status and the act first, and nothing else before the act is known', () => {
    expect(nextQuestions({}).map((q) => q.fact)).toEqual(['employment', 'act']);
    expect(nextQuestions({ actor: { employment: 'pns' } }).map((q) => q.fact)).toEqual(['act']);
    expect(nextQuestions({ actor: { employment: 'pns', cltn: true }, stage: 'calon' }).map((q) => q.fact)).toEqual(['act']);
    const [employment, act] = nextQuestions(undefined);
    expect(employment!.options.map((o) => o.value)).toEqual([...EMPLOYMENTS]);
    expect(act!.options.map((o) => o.value)).toEqual([...ACT_KINDS]);
    expect(act!.question).toEqual(QUESTION_LABELS.act);
  });

  it('never throws and ignores what is not a fact value', () => {
    for (const input of [null, 42, 'x', [], { actor: 'pns' }, { actor: { employment: 'pilot' }, act: { kind: 'dance' } }, { act: { kind: 'post_photo', cltn: 1 }, date: 'yesterday' }]) {
      expect(() => nextQuestions(input)).not.toThrow();
    }
    expect(nextQuestions({ actor: { employment: 'pilot' }, act: { kind: 'dance' } }).map((q) => q.fact)).toEqual(['employment', 'act']);
    // A sub-fact of another act and an office the election does not fill are dropped, then asked again where they matter.
    const q = nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'seek_own_candidacy', activeSupport: true }, target: { office: 'dpr' }, election: 'pilkada_2024' });
    expect(q.map((x) => x.fact)).toEqual(['cltn', 'independentCandidacy', 'office']);
  });

  it('for every point of the decision space, asks only facts the act\'s rules read, in form order', () => {
    for (const p of points) {
      const asked = p.questions.map((q) => q.fact);
      const relevant = relevantFacts(p.act);
      for (const f of asked) expect(relevant, `${p.act}: ${f}`).toContain(f);
      if (p.result.ok) for (const f of asked) expect(p.facts[f], `${p.act}: asks the known ${f}`).toBeUndefined();
      const sections = p.questions.map((q) => section(q.field));
      expect(sections, p.act).toEqual([...sections].sort((a, b) => a - b));
    }
  });

  it.each(ACT_KINDS)('%s: CLTN is asked if and only if a rule of the act reads it', (act) => {
    const asksCltn = points.filter((p) => p.act === act).some((p) => p.questions.some((q) => q.fact === 'cltn'));
    expect(asksCltn).toBe(reads(act, 'cltn'));
  });

  it('never asks a fact that no rule reads', () => {
    const asked = new Set(points.flatMap((p) => p.questions.map((q) => q.fact)));
    for (const f of FORM_ORDER) if (!ACT_KINDS.some((a) => reads(a, f))) expect(asked.has(f), f).toBe(false);
    expect(asked.has('engagement')).toBe(false);
    expect(asked.has('cltn')).toBe(true);
  });

  it('a valid incident is asked exactly the missing facts of its result, with the same questions in the same order', () => {
    let needing = 0;
    for (const p of points) {
      const { result, questions } = p;
      if (!result.ok) continue;
      expect(questions).toEqual(result.missingFacts.map(({ rules: _rules, ...q }) => q));
      expect(questions.length > 0, p.act).toBe(result.verdict === 'needs_information');
      if (result.verdict === 'needs_information') needing++;
    }
    expect(needing).toBeGreaterThan(100);
  });

  it('each question asked can change the outcome: two of its answers give different findings or leave different rules open', { timeout: 30_000 }, () => {
    let checked = 0;
    for (const p of points) {
      if (!p.result.ok) continue;
      for (const q of p.questions) {
        const outcomes = new Set(q.options.map((o) => outcome(withAnswer(p.incident, q.field, o.value))));
        outcomes.delete('invalid');
        checked++;
        expect(outcomes.size, `${JSON.stringify(p.incident)}: ${q.fact} cannot change the outcome`).toBeGreaterThan(1);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('while the employment is unknown, asks it first with what any employment would leave open', () => {
    const incident = { act: { kind: 'attend_declaration_or_campaign' }, target: { relation: 'spouse' }, stage: 'calon' };
    const asked = nextQuestions(incident).map((q) => q.fact);
    expect(asked[0]).toBe('employment');
    const union = new Set(EMPLOYMENTS.flatMap((e) => nextQuestions(withAnswer(incident, 'actor.employment', e)).map((q) => q.fact)));
    expect(asked.slice(1).sort()).toEqual([...union].sort());
    expect(asked).toContain('cltn');
  });

  it('fixtures that need information are asked what their expectation names', () => {
    const cases = loadFixtures().filter((c) => c.expect.verdict === 'needs_information' && c.expect.missingFacts);
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) expect(nextQuestions(c.incident).map((q) => q.fact).sort(), c.name).toEqual([...c.expect.missingFacts!].sort());
  });

  it('stage and campaign phase say which fields the calendar derives them from', () => {
    const q = nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' } });
    expect(q.map((x) => x.fact)).toEqual(['stage']);
    expect(q[0]!.derivableFrom).toEqual(['election', 'date', 'target.office']);
    expect(nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, election: 'pilkada_2024', date: '2024-10-01', target: { office: 'bupati' } })).toEqual([]);
    expect(FACTS.stage.path).toBe('stage');
  });
});

describe('nextQuestions on input classify rejects', () => {
  const hostile = [
    { get actor(): never {
      throw new Error('getter');
    } },
    new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } }),
    { actor: new Proxy({ employment: 'pns' }, { get: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } }), act: { kind: 'party_membership' } },
  ];

  it('returns the typed error of classify for throwing getters and proxies, and never throws', () => {
    for (const input of hostile) {
      let answer: ReturnType<typeof nextQuestionsOrError> | undefined;
      expect(() => (answer = nextQuestionsOrError(input))).not.toThrow();
      expect(Array.isArray(answer)).toBe(false);
      const r = classifySync(input);
      expect(r.ok).toBe(false);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_incident' } });
    }
  });

  it('never answers [] ("decided") for input classifySync rejects: it returns the same error', () => {
    const decidedButInvalid = [
      { actor: { employment: 'pns' }, act: { kind: 'party_membership' }, date: '2024-02-30' },
      { actor: { employment: 'pns' }, act: { kind: 'party_membership' }, witness: 'x' },
    ];
    for (const input of decidedButInvalid) {
      const r = classifySync(input);
      expect(r.ok).toBe(false);
      expect(nextQuestionsOrError(input)).toEqual(r);
    }
    expect(nextQuestionsOrError({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } })).toEqual([]);
  });
});
