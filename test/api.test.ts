// The public API: validation errors name the field in both languages, nothing throws, results are deterministic.
import { describe, expect, it } from 'vitest';
import { classify, validateIncident } from '../src/index.js';

describe('invalid input', () => {
  it('names the field and explains it in Indonesian and English', async () => {
    const r = await classify({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_incident');
    const issue = r.error.issues[0]!;
    expect(issue.path).toBe('actor.employment');
    expect(issue.message.en).toMatch(/pns/);
    expect(issue.message.id).not.toBe(issue.message.en);
    expect(issue.message.id.length).toBeGreaterThan(0);
  });

  it('names an unrecognised key by its own path', () => {
    const r = validateIncident({ actor: { employment: 'pns', mood: 'x' }, act: { kind: 'party_membership' } });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['actor.mood']);
  });

  it('rejects an office the election does not fill, in both languages', () => {
    const r = validateIncident({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, target: { office: 'dpd' }, election: 'pilkada_2024' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues[0]).toMatchObject({ path: 'target.office', code: 'office_not_in_election' });
    expect(r.error.issues[0]!.message.id).toMatch(/tidak dipilih/);
  });

  it('bounds the input size with a clear error', () => {
    const r = validateIncident({ actor: { employment: 'pns' }, act: { kind: 'party_membership' }, reference: 'x'.repeat(20_000) });
    expect(r.ok ? undefined : r.error.issues[0]!.code).toBe('input_too_large');
  });

  it.each([null, undefined, 42, 'pns', [], () => 1, Symbol('x'), { __proto__: { actor: 1 } }, JSON.parse('{"__proto__":{"polluted":1}}')])(
    'never throws for %s',
    async (input) => {
      const r = await classify(input);
      expect(r.ok).toBe(false);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );
});

describe('results', () => {
  const incident = {
    reference: 'LAP-001',
    actor: { employment: 'pns' },
    act: { kind: 'partisan_decision' },
    target: { office: 'bupati' },
    election: 'pilkada_2024',
    date: '2024-10-02',
  };

  it('echo the reference and explain in both languages', async () => {
    const r = await classify(incident);
    if (!r.ok) throw new Error('invalid');
    expect(r.reference).toBe('LAP-001');
    expect(r.explanation.id).toMatch(/diturunkan dari tanggal 2024-10-02/);
    expect(r.explanation.en).toMatch(/derived from the date 2024-10-02/);
  });

  it('are deterministic: the same input gives byte-identical JSON', async () => {
    const a = JSON.stringify(await classify(incident));
    const b = JSON.stringify(await classify(structuredClone(incident)));
    expect(a).toBe(b);
  });

  it('cite every basis they use, with the registry text', async () => {
    const r = await classify(incident);
    if (!r.ok) throw new Error('invalid');
    const used = [...r.violations.flatMap((v) => [...v.bases, ...v.sanction.bases]), ...r.tracks.flatMap((t) => t.steps.flatMap((s) => s.bases))];
    for (const id of used) expect(r.citations[id]?.quote, id).toBeTruthy();
  });

  it('carry the heaviest sanction when several items are met (PP 94/2021 Pasal 35)', async () => {
    const r = await classify({ ...incident, actor: { employment: 'pns', region: 'kabupaten_tanah_laut' } });
    if (!r.ok) throw new Error('invalid');
    expect(r.violations.map((v) => v.sanction.level)).toContain('undetermined');
    expect(r.sanction?.level).toBe('berat');
    expect(r.notes.map((n) => n.en).join(' ')).toMatch(/Pasal 35/);
  });
});
