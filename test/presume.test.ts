import { describe, expect, it } from 'vitest';
import { classify, classifySync } from '../src/index.js';
import { presume, silent } from './presume-incident.js';


describe('presumptions', () => {
  it('a report silent on spouse/CLTN is decided under presumptions and lists them; classify equals classifySync', async () => {
    const before = classifySync(silent);
    const after = classifySync(silent, { presume });
    expect(before.ok && before.verdict).toBe('needs_information');
    expect(after.ok && after.verdict).not.toBe('needs_information');
    if (!after.ok || !('presumptions' in after)) throw new Error('no presumptions');
    expect(after.presumptions.map((p) => p.path)).toContain('target.relation');
    for (const p of after.presumptions) expect(p.otherwise).not.toEqual({ verdict: after.verdict, category: after.category, level: after.sanction?.level ?? null, items: after.violations.map((v) => `${v.list} ${v.item}`) });
    expect(await classify(silent, { presume })).toEqual(after);
  });

  it('a stated fact wins over a presumption', async () => {
    const stated = { ...silent, target: { office: 'bupati', relation: 'spouse' }, actor: { employment: 'pns', cltn: false } };
    const r = classifySync(stated, { presume });
    const plain = classifySync(stated);
    if (!r.ok || !plain.ok || !('presumptions' in r)) throw new Error('invalid');
    expect(r.presumptions).toEqual([]);
    const { presumptions, ...rest } = r;
    expect(rest).toEqual(plain);
    expect(await classify(stated, { presume })).toEqual(r);
  });

  it('a presumption not needed is not listed', () => {
    const r = classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } }, { presume });
    if (!r.ok || !('presumptions' in r)) throw new Error('invalid');
    expect(r.presumptions).toEqual([]);
  });

  it('without presumptions the result has no presumptions field', () => {
    const r = classifySync(silent);
    expect(r.ok && 'presumptions' in r).toBe(false);
  });

  it('an unknown path or value is a bilingual typed error naming the field', () => {
    const a = classifySync(silent, { presume: { 'target.kin': 'none' } });
    const b = classifySync(silent, { presume: { 'actor.cltn': 'no' } });
    expect(!a.ok && a.error.issues[0]?.path).toBe('presume.target.kin');
    expect(!b.ok && b.error.issues[0]?.path).toBe('presume.actor.cltn');
    expect(!b.ok && b.error.issues[0]?.message.en).toMatch(/actor\.cltn/);
  });
});
