// applyAnswer and validatePartialIncident (issue 15, developers): a form applies each answer with one call and gets a
// new, validated partial incident; answering nextQuestions with a report's own values reaches that report's result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as form from '../src/present/form.js';
import { applyAnswer, classifySync, nextQuestions, questionFor, validatePartialIncident, type PartialIncident, type PartialReport, type Question } from '../src/index.js';
import { readPath } from '../src/incident/paths.js';
import { anyInput, wellFormedIncident } from './incident-arbitraries.js';

const pnsProps: PartialIncident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' } };

describe('applyAnswer', () => {
  it('is exported from the main and the form entry', () => {
    expect(main.applyAnswer).toBe(form.applyAnswer);
    expect(form.validatePartialIncident).toBe(validatePartialIncident);
  });

  it('returns a new partial incident with the answer, leaving the input as it was', () => {
    const before = structuredClone(pnsProps);
    const r = applyAnswer(pnsProps, questionFor('stage'), 'bakal_calon');
    expect(r).toEqual({ ok: true, incident: { ...pnsProps, stage: 'bakal_calon' } });
    expect(pnsProps).toEqual(before);
    const nested = applyAnswer({}, questionFor('cltn'), false);
    expect(nested).toEqual({ ok: true, incident: { actor: { cltn: false } } });
  });

  it('answers the first two questions of an empty form', () => {
    const step1 = applyAnswer({}, questionFor('employment'), 'pppk');
    if (!step1.ok) throw new Error('rejected');
    const step2 = applyAnswer(step1.incident, questionFor('act'), 'party_membership');
    expect(step2).toEqual({ ok: true, incident: { actor: { employment: 'pppk' }, act: { kind: 'party_membership' } } });
  });

  it('clears an answer with undefined, and an emptied section with it', () => {
    const r = applyAnswer({ ...pnsProps, target: { relation: 'spouse' }, stage: 'calon' }, questionFor('relation'), undefined);
    expect(r).toEqual({ ok: true, incident: { ...pnsProps, stage: 'calon' } });
    expect(applyAnswer(pnsProps, questionFor('act'), undefined)).toEqual({ ok: true, incident: { actor: { employment: 'pns' } } });
  });

  it('drops the fields of the previous act when the act changes, and keeps them when it does not', () => {
    const attend: PartialIncident = { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: true } };
    expect(applyAnswer(attend, questionFor('act'), 'attend_declaration_or_campaign')).toEqual({ ok: true, incident: attend });
    expect(applyAnswer(attend, questionFor('act'), 'post_photo')).toEqual({ ok: true, incident: { actor: { employment: 'pns' }, act: { kind: 'post_photo' } } });
  });

  it('rejects, naming the field in both languages, what the schema rejects', () => {
    const bad = (r: ReturnType<typeof applyAnswer>) => (r.ok ? [] : r.error.issues.map((i) => [i.path, i.code, i.message.id.length > 0, i.message.en.length > 0]));
    // A value outside the options (a JavaScript caller; TypeScript does not compile it).
    expect(bad(applyAnswer(pnsProps, questionFor('stage'), 'kampanye' as never))).toEqual([['stage', 'invalid_value', true, true]]);
    // An office the election does not fill, and a PPPK on CLTN (PP 49/2018 Pasal 77).
    expect(bad(applyAnswer({ ...pnsProps, election: 'pilkada_2024' }, questionFor('office'), 'dpr'))).toEqual([['target.office', 'office_not_in_election', true, true]]);
    expect(bad(applyAnswer({ actor: { employment: 'pppk' } }, questionFor('cltn'), true))).toEqual([['actor.cltn', 'pppk_no_cltn', true, true]]);
    // A field of an act before the act is chosen.
    expect(bad(applyAnswer({}, questionFor('activeSupport'), true)).map((i) => i[0])).toEqual(['act.kind']);
    // A field no question asks.
    expect(applyAnswer(pnsProps, { field: 'actor.mood' } as never, 'x' as never).ok).toBe(false);
    // A partial incident that was already invalid.
    expect(bad(applyAnswer({ actor: { employment: 'pilot' } } as never, questionFor('stage'), 'calon')).map((i) => i[0])).toEqual(['actor.employment']);
  });

  it('answering nextQuestions with a report\'s own values reaches that report\'s result', () => {
    let decided = 0;
    fc.assert(
      fc.property(wellFormedIncident, (target) => {
        // A report whose stated stage or phase the calendar contradicts is not a completion of its own answers.
        const full = classifySync(target);
        if (!full.ok || full.conflicts.length > 0) return;
        // The date and the reference are plain fields of a form, not questions.
        let draft: PartialIncident = { ...(target.date ? { date: target.date } : {}), ...(target.reference ? { reference: target.reference } : {}) };
        for (let step = 0; step < 12; step++) {
          const next = nextQuestions(draft);
          if (!Array.isArray(next)) throw new Error(JSON.stringify(next));
          const q = next.find((x) => readPath(target, x.field.split('.')) !== undefined);
          if (!q) break;
          const r = applyAnswer(draft, q, readPath(target, q.field.split('.')) as never);
          if (!r.ok) throw new Error(JSON.stringify(r.error.issues));
          draft = r.incident;
          if (next.length === 0) break;
        }
        const asked = nextQuestions(draft);
        if (Array.isArray(asked) && asked.length === 0) {
          decided++;
          const got = classifySync(draft);
          if (got.ok) expect([got.verdict, got.category, got.sanction?.level]).toEqual([full.verdict, full.category, full.sanction?.level]);
        }
      }),
      { numRuns: 400, seed: 20261203 },
    );
    expect(decided).toBeGreaterThan(60);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...(['stage', 'actor.cltn', 'act.kind', 'target.office'] as const)), fc.anything(), (partial, field, value) => {
        const r = applyAnswer(partial as never, { field }, value as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('validatePartialIncident', () => {
  it('accepts what a form holds before it is complete, and never returns the stand-ins', () => {
    expect(validatePartialIncident({})).toEqual({ ok: true, incident: {} });
    expect(validatePartialIncident({ actor: { cltn: false } })).toEqual({ ok: true, incident: { actor: { cltn: false } } });
    expect(validatePartialIncident({ target: { office: 'bupati' }, election: 'pilkada_2024' })).toEqual({
      ok: true,
      incident: { target: { office: 'bupati' }, election: 'pilkada_2024' },
    });
  });

  it('rejects what no completion makes valid', () => {
    const paths = (input: unknown) => {
      const r = validatePartialIncident(input);
      return r.ok ? [] : r.error.issues.map((i) => i.path);
    };
    expect(paths(null)).toEqual(['']);
    expect(paths({ stage: 'kampanye' })).toEqual(['stage']);
    expect(paths({ actor: { mood: 'x' } })).toEqual(['actor.mood']);
    expect(paths({ act: {} })).toEqual(['act.kind']);
  });
});

// A report with several acts (README, "Several acts in one report"): a form keeps it as a partial report with `acts`,
// and nextQuestions says where each answer goes (`reportField`); the form's loop must reach the report's result as it
// does for one act (before, both functions rejected any report with `acts` as an unknown key, so the loop never moved).
describe('a report with several acts in a form', () => {
  /** The value at a dotted path, through arrays too (`acts.1.act.kind`). */
  const at = (value: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), value);

  it('validatePartialIncident accepts a report before it is complete, and never returns the stand-ins', () => {
    expect(validatePartialIncident({ acts: [] })).toEqual({ ok: true, incident: { acts: [] } });
    expect(validatePartialIncident({ acts: [{}, { stage: 'calon' }] })).toEqual({ ok: true, incident: { acts: [{}, { stage: 'calon' }] } });
    const draft = { actor: { cltn: false }, stage: 'calon', acts: [{ act: { kind: 'online_campaign' } }, {}] };
    expect(validatePartialIncident(draft)).toEqual({ ok: true, incident: draft });
  });

  it('validatePartialIncident rejects what no completion makes valid, naming the act', () => {
    const paths = (input: unknown) => {
      const r = validatePartialIncident(input);
      return r.ok ? [] : r.error.issues.map((i) => i.path);
    };
    expect(paths({ acts: [{ act: {} }] })).toEqual(['acts.0.act.kind']);
    expect(paths({ acts: [{}, { mood: 'x' }] })).toEqual(['acts.1.mood']);
    expect(paths({ acts: [{}, { stage: 'kampanye' }] })).toEqual(['acts.1.stage']);
    expect(paths({ actor: { employment: 'pppk', cltn: true }, acts: [] })).toEqual(['actor.cltn']);
    expect(paths({ act: { kind: 'online_campaign' }, acts: [] })).toEqual(['act']);
    expect(paths({ acts: 'two' })).toEqual(['acts']);
    expect(paths({ acts: Array.from({ length: 21 }, () => ({})) })).toEqual(['acts']);
  });

  it('applyAnswer writes where reportField says, adds the next act, and leaves the input as it was', () => {
    const empty = { acts: [] };
    const first = applyAnswer(empty, { field: 'act.kind', reportField: 'acts.0.act.kind' }, 'online_campaign');
    expect(first).toEqual({ ok: true, incident: { acts: [{ act: { kind: 'online_campaign' } }] } });
    expect(empty).toEqual({ acts: [] });
    if (!first.ok) return;
    const second = applyAnswer(first.incident, { field: 'act.kind', reportField: 'acts.1.act.kind' }, 'party_membership');
    expect(second.ok && second.incident.acts).toEqual([{ act: { kind: 'online_campaign' } }, { act: { kind: 'party_membership' } }]);
    // The report's own fields, by reportField or by the field alone.
    expect(applyAnswer(first.incident, { field: 'stage', reportField: 'stage' }, 'calon')).toEqual({ ok: true, incident: { ...first.incident, stage: 'calon' } });
    expect(applyAnswer(first.incident, questionFor('cltn'), false)).toEqual({ ok: true, incident: { ...first.incident, actor: { cltn: false } } });
  });

  it("applyAnswer drops an act's fields when its kind changes, and an emptied section of an act when cleared", () => {
    const draft = { acts: [{ act: { kind: 'attend_declaration_or_campaign' as const, activeSupport: true } }, { act: { kind: 'online_campaign' as const }, target: { relation: 'spouse' as const } }] };
    const changed = applyAnswer(draft, { field: 'act.kind', reportField: 'acts.0.act.kind' }, 'post_photo');
    expect(changed.ok && changed.incident.acts).toEqual([{ act: { kind: 'post_photo' } }, draft.acts[1]]);
    const same = applyAnswer(draft, { field: 'act.kind', reportField: 'acts.0.act.kind' }, 'attend_declaration_or_campaign');
    expect(same).toEqual({ ok: true, incident: draft });
    const cleared = applyAnswer(draft, { field: 'target.relation', reportField: 'acts.1.target.relation' }, undefined);
    expect(cleared.ok && cleared.incident.acts).toEqual([draft.acts[0], { act: { kind: 'online_campaign' } }]);
    const noAct = applyAnswer(draft, { field: 'act.kind', reportField: 'acts.0.act.kind' }, undefined);
    expect(noAct.ok && noAct.incident.acts).toEqual([{}, draft.acts[1]]);
  });

  it('applyAnswer rejects a place the report does not have, naming it, rather than guessing', () => {
    const paths = (r: ReturnType<typeof applyAnswer>) => (r.ok ? [] : r.error.issues.map((i) => i.path));
    const draft = { acts: [{ act: { kind: 'online_campaign' as const } }] };
    // An act two places past the last, an act's field without an act, and a field of no act.
    expect(paths(applyAnswer(draft, { field: 'act.kind', reportField: 'acts.2.act.kind' }, 'party_membership'))).toEqual(['"acts.2.act.kind"']);
    expect(paths(applyAnswer(draft, { field: 'act.activeSupport' }, true))).toEqual(['"act.activeSupport"']);
    expect(paths(applyAnswer(draft, { field: 'actor.cltn', reportField: 'acts.0.actor.cltn' }, true))).toEqual(['"acts.0.actor.cltn"']);
    expect(paths(applyAnswer(draft, { field: 'stage', reportField: 'acts.-1.stage' }, 'calon'))).toEqual(['"acts.-1.stage"']);
    // What the schema rejects at an act's place names that place.
    expect(paths(applyAnswer(draft, { field: 'act.activeSupport', reportField: 'acts.1.act.activeSupport' }, true))).toEqual(['acts.1.act.kind']);
  });

  it("answering nextQuestions where reportField says, with a report's own values, reaches that report's result", () => {
    let decided = 0;
    let several = 0;
    fc.assert(
      fc.property(wellFormedIncident, fc.array(wellFormedIncident.map((x) => x.act), { minLength: 1, maxLength: 2 }), (first, more) => {
        // The report: one actor, target, date and stage, and acts that carry only their act.
        const { act, ...shared } = first;
        const target = { ...shared, acts: [act, ...more].map((a) => ({ act: a })) };
        const full = classifySync(target);
        if (!full.ok || !('findings' in full) || full.conflicts.length > 0) return;
        // The form knows how many acts the reporter has, and the date and reference, which are plain fields.
        let draft: PartialReport = {
          ...(target.date ? { date: target.date } : {}),
          ...(target.reference ? { reference: target.reference } : {}),
          acts: target.acts.map(() => ({})),
        };
        for (let step = 0; step < 30; step++) {
          const next: ReturnType<typeof nextQuestions> = nextQuestions(draft);
          if (!Array.isArray(next)) throw new Error(JSON.stringify(next));
          const q: Question | undefined = next.find((x) => at(target, (x as { reportField?: string }).reportField ?? x.field) !== undefined);
          if (!q) break;
          const r: ReturnType<typeof applyAnswer> = applyAnswer(draft, q, at(target, (q as { reportField?: string }).reportField ?? q.field) as never);
          if (!r.ok) throw new Error(JSON.stringify(r.error.issues));
          draft = r.incident;
        }
        const asked = nextQuestions(draft);
        if (Array.isArray(asked) && asked.length === 0) {
          decided++;
          if (target.acts.length > 1) several++;
          const got = classifySync(draft);
          expect(got.ok && [got.verdict, got.category, got.sanction?.level]).toEqual([full.verdict, full.category, full.sanction?.level]);
        }
      }),
      { numRuns: 300, seed: 20261204 },
    );
    expect(decided).toBeGreaterThan(40);
    expect(several).toBeGreaterThan(10);
  });

  it('never throws, whatever report it is given', () => {
    fc.assert(
      fc.property(fc.array(anyInput, { maxLength: 3 }), fc.constantFrom('stage', 'acts.0.act.kind', 'acts.1.target.office', 'acts.x.act.kind', 'acts.-1.stage'), fc.anything(), (acts, reportField, value) => {
        const r = applyAnswer({ acts } as never, { field: 'act.kind', reportField } as never, value as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
