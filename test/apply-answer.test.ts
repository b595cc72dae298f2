// applyAnswer and validatePartialIncident (issue 15, developers): a form applies each answer with one call and gets a
// new, validated partial incident; answering nextQuestions with a report's own values reaches that report's result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as form from '../src/present/form.js';
import { applyAnswer, classifySync, nextQuestions, questionFor, validatePartialIncident, type PartialIncident } from '../src/index.js';
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
