// nextQuestions asks exactly the facts that could still change the verdict, derived from the rules, in form order;
// a needs_information result carries the same questions.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { ACT_KINDS, EMPLOYMENTS } from '../src/vocabulary/enums.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts, rulesForAct } from '../src/evaluate/decision-space.js';
import { FACTS, type FactName } from '../src/incident/facts.js';
import { QUESTION_LABELS } from '../src/present/labels.js';
import { nextQuestions as nextQuestionsOrError } from '../src/decide/next-questions.js';
import type { Question } from '../src/present/questions.js';
import { FORM_ORDER } from '../src/present/questions.js';
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

/** The outcome a question can change: verdict, category, sanction level and handling tracks. */
const outcome = (incident: unknown) => {
  const r = classifySync(incident);
  if (!r.ok) return 'invalid';
  if (r.verdict === 'needs_information') return 'open';
  return JSON.stringify([r.verdict, r.category, r.sanction?.level ?? null, r.tracks.map((t) => t.track).sort()]);
};

/** Every full answer to the given questions, applied to the incident (bounded). */
function completionsOf(incident: Record<string, unknown>, questions: readonly { field: string; options: readonly { value: unknown }[] }[]) {
  let out = [incident];
  for (const q of questions) {
    out = out.flatMap((i) => q.options.map((o) => withAnswer(i, q.field, o.value)));
    if (out.length > 4000) return undefined;
  }
  return out;
}

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
    // In the Pilkada both candidacy routes of D-3 are open to every office, so CLTN and the office are asked, and the
    // stage and the resignation, since a calon must also have resigned (UU 20/2023 Pasal 59(3), ref §4.2).
    const q = nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'seek_own_candidacy', activeSupport: true }, target: { office: 'dpr' }, election: 'pilkada_2024' });
    expect(q.map((x) => x.fact).sort()).toEqual(['cltn', 'office', 'resigned', 'stage']);
  });

  it('for every point of the decision space, asks only facts the act\'s rules read and the report lacks, once each', () => {
    for (const p of points) {
      const asked = p.questions.map((q) => q.fact);
      const relevant = relevantFacts(p.act);
      for (const f of asked) expect(relevant, `${p.act}: ${f}`).toContain(f);
      if (p.result.ok) for (const f of asked) expect(p.facts[f], `${p.act}: asks the known ${f}`).toBeUndefined();
      expect(new Set(asked).size, p.act).toBe(asked.length);
    }
  });

  it('before the employment is known, asks in form order (who, what, whom, when)', () => {
    for (const p of points.slice(0, 400)) {
      const { actor: _actor, ...rest } = p.incident as { actor?: unknown };
      const sections = nextQuestions(rest).map((q) => section(q.field));
      expect(sections).toEqual([...sections].sort((a, b) => a - b));
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

  // One test per act (each with its timeout): with the six regional circulars the space grew to 45,496 points and the
  // whole space in one test passed its 120 s timeout on a busy machine. Every point is still checked.
  let checked = 0;
  it.each(ACT_KINDS)('each question asked can change the outcome: with every question answered, two of its answers give different outcomes: %s', { timeout: 120_000 }, (act) => {
    for (const p of points) {
      if (p.act !== act) continue;
      if (!p.result.ok || p.questions.length === 0) continue;
      const full = completionsOf(p.incident as Record<string, unknown>, p.questions);
      if (!full) continue;
      for (const q of p.questions) {
        // It matters if two full answers that differ in it alone differ in outcome, or if one of its answers rules out an
        // outcome that is still possible.
        const read = (c: Record<string, unknown>, field: string) => JSON.stringify(field.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], c));
        const others = p.questions.filter((x) => x !== q);
        const byRest = new Map<string, Set<string>>();
        const byAnswer = new Map<string, Set<string>>();
        const all = new Set<string>();
        for (const c of full) {
          const o = outcome(c);
          if (o === 'invalid') continue;
          all.add(o);
          const rest = others.map((x) => read(c, x.field)).join('|');
          if (!byRest.has(rest)) byRest.set(rest, new Set());
          byRest.get(rest)!.add(o);
          const a = read(c, q.field);
          if (!byAnswer.has(a)) byAnswer.set(a, new Set());
          byAnswer.get(a)!.add(o);
        }
        const flips = [...byRest.values()].some((set) => set.size > 1);
        const narrows = [...byAnswer.values()].some((set) => set.size < all.size);
        checked++;
        expect(flips || narrows, `${JSON.stringify(p.incident)}: ${q.fact} cannot change the outcome`).toBe(true);
      }
    }
  });

  it('checked more than 1,000 questions over the acts', () => {
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
