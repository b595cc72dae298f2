// Earlier penalties (issue 20 part 3) over the whole decision table: they never change the outcome (the verified
// sources leave the step of PP 94/2021 Pasal 35 open, ref §2.6), the repeat rule is applied exactly to PNS and CPNS
// findings that carry a hukuman disiplin (Pasal 8 ayat (1), ref §2.4; Pasal 43), and never cited for PPPK or non-ASN
// staff (update §2.3).
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';

type Json = Record<string, unknown>;
const points = [...enumerateDecisionSpace()].map((p) => incidentFromFacts(p.facts) as Json & { actor: Json });
const withPenalties = (incident: Json & { actor: Json }, level: string) => ({ ...incident, actor: { ...incident.actor, earlierPenalties: [{ level, date: '2023-05-02' }] } });
const outcome = (r: ReturnType<typeof singleAnswer>) =>
  r.ok ? JSON.stringify([r.verdict, r.category, r.sanction?.level, r.violations.map((v) => v.rule), r.tracks.map((t) => t.track), r.missingFacts.map((m) => m.fact)]) : 'invalid';

describe('earlier penalties over the whole decision table', () => {
  it.each(['sedang', 'berat'])('an earlier %s penalty never changes the outcome, and Pasal 35 binds exactly PNS/CPNS hukuman disiplin findings', { timeout: 300_000 }, (level) => {
    let bound = 0;
    for (const point of points) {
      const plain = singleAnswer(classifySync(point));
      const r = singleAnswer(classifySync(withPenalties(point, level)));
      if (outcome(r) !== outcome(plain)) expect({ point, with: outcome(r) }).toEqual({ point, with: outcome(plain) });
      if (!r.ok) continue;
      const employment = String(point.actor.employment);
      const disciplinary = r.sanction?.level === 'sedang' || r.sanction?.level === 'berat';
      const ruled = r.verdict === 'violation' && (employment === 'pns' || employment === 'cpns') && disciplinary;
      expect(r.repeat?.rule === 'pp_94_2021_pasal_35', JSON.stringify(point)).toBe(ruled);
      expect(r.repeat !== undefined, JSON.stringify(point)).toBe(r.verdict === 'violation' && !['tni', 'polri', 'other'].includes(employment));
      if (ruled) {
        bound++;
        expect(r.repeat!.heavierThan).toBe(level);
        expect(r.citations['pp-94-2021/p35']).toBeDefined();
        expect(r.repeat!.open).toEqual(level === 'berat' ? ['same_kind', 'next_level', 'last_was_heaviest'] : ['same_kind', 'next_level']);
      }
      if (!['pns', 'cpns'].includes(employment)) expect(r.citations['pp-94-2021/p35'], JSON.stringify(point)).toBeUndefined();
    }
    expect(bound).toBeGreaterThan(1000);
  });
});

describe('earlier penalties', () => {
  it('classify and classifySync agree', async () => {
    for (let i = 0; i < points.length; i += 97) {
      const input = withPenalties(points[i]!, i % 2 === 0 ? 'berat' : 'sedang');
      expect(classifySync(input)).toEqual(await classify(input));
    }
  });
  it('are ordered by date, the last is the latest, and a report without them has no repeat', () => {
    const incident = { act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };
    const r = classifySync({ ...incident, actor: { employment: 'pns', earlierPenalties: [{ level: 'berat', date: '2023-05-02' }, { level: 'sedang', date: '2021-01-04' }] } });
    expect(r.ok && r.repeat?.earlier.map((p) => p.date)).toEqual(['2021-01-04', '2023-05-02']);
    expect(r.ok && r.repeat?.last.level).toBe('berat');
    const none = classifySync({ ...incident, actor: { employment: 'pns' } });
    expect(none.ok && 'repeat' in none).toBe(false);
  });
  it('are validated: level, date, at most 20', () => {
    const paths = (earlierPenalties: unknown) => {
      const r = classifySync({ actor: { employment: 'pns', earlierPenalties }, act: { kind: 'party_membership' } });
      return r.ok ? [] : r.error.issues.map((i) => i.path);
    };
    expect(paths([{ level: 'ringan', date: '2023-02-30' }])).toEqual(['actor.earlierPenalties.0.date']);
    expect(paths([{ level: 'sedang', date: '2023-02-01', note: 'x' }])).toEqual(['actor.earlierPenalties.0.note']);
    expect(paths(Array.from({ length: 21 }, () => ({ level: 'sedang', date: '2023-02-01' })))).toEqual(['actor.earlierPenalties']);
  });
});
