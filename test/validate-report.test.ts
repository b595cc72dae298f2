// validateReport validates what classifySync takes, a report with several acts (`acts`) as well as an incident with one
// `act`, and refuses exactly what classifySync refuses, with the same bilingual issues (validateIncident refuses any
// report with `acts` as an unknown key).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySync, createClassifier, validateIncident, validateReport } from '../src/index.js';
import { anyInput, wellFormedIncident } from './incident-arbitraries.js';
import { packFolder } from './pack-folder.js';

/** A report of one to three acts made of well-formed incidents: the first one's report fields, each one's act and stage. */
const report = fc.tuple(wellFormedIncident, fc.array(wellFormedIncident, { minLength: 0, maxLength: 2 })).map(([first, more]) => {
  const { act, stage, ...shared } = first as Record<string, unknown>;
  return { ...shared, acts: [{ act, ...(stage === undefined ? {} : { stage }) }, ...more.map((m) => ({ act: (m as { act: unknown }).act }))] };
});
/** Reports with hostile acts in them too. */
const hostileReport = fc.record({ actor: fc.constant({ employment: 'pns' }), acts: fc.oneof(fc.array(anyInput, { maxLength: 3 }), anyInput) });

describe('validateReport', () => {
  it('is valid exactly when classifySync answers, and gives its issues otherwise, for incidents and reports alike', () => {
    const seen = { validReports: 0, invalidReports: 0 };
    fc.assert(
      fc.property(fc.oneof(anyInput, report, hostileReport), (input) => {
        const v = validateReport(input);
        const r = classifySync(input);
        expect(v.ok).toBe(r.ok);
        if (!v.ok && !r.ok) expect(v.error).toEqual(r.error);
        if (v.ok) expect('acts' in v.incident).toBe(input !== null && typeof input === 'object' && 'acts' in input);
        if (input !== null && typeof input === 'object' && 'acts' in input) seen[v.ok ? 'validReports' : 'invalidReports']++;
      }),
      { numRuns: 3000, seed: 33 },
    );
    expect(seen.validReports).toBeGreaterThan(100);
    expect(seen.invalidReports).toBeGreaterThan(100);
  });

  it('takes a report with several acts, which validateIncident refuses as an unknown key', () => {
    const input = { actor: { employment: 'pns' }, acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'online_campaign' }, target: { office: 'bupati' } }] };
    const v = validateReport(input);
    expect(v.ok && 'acts' in v.incident && v.incident.acts.map((a) => a.act.kind)).toEqual(['install_campaign_props', 'online_campaign']);
    const old = validateIncident(input);
    expect(old.ok).toBe(false);
    expect(!old.ok && old.error.issues.map((i) => [i.path, i.code])).toContainEqual(['acts', 'unrecognized_keys']);
  });

  it('names the field of the act at fault, and gives an incident with one act what validateIncident gives', () => {
    const bad = validateReport({ actor: { employment: 'pns' }, election: 'pilkada_2024', acts: [{ act: { kind: 'online_campaign' } }, { act: { kind: 'online_campaign' }, target: { office: 'dpr' } }] });
    expect(!bad.ok && bad.error.issues.map((i) => i.path)).toEqual(['acts.1.target.office']);
    const one = { actor: { employment: 'pns' }, act: { kind: 'party_membership' } };
    expect(validateReport(one)).toEqual(validateIncident(one));
  });

  it("under a classifier with packs, takes the pack's region and election in a report with several acts", () => {
    const law = createClassifier({ packs: [packFolder('test/packs/test-fixture-region')] });
    const input = {
      actor: { employment: 'pns', region: 'kabupaten_uji' },
      election: 'pilkada_uji_2026',
      target: { office: 'bupati' },
      acts: [{ act: { kind: 'online_campaign' } }, { act: { kind: 'install_campaign_props' } }],
    };
    expect(law.validateReport(input).ok).toBe(true);
    expect(law.classifySync(input).ok).toBe(true);
    const builtIn = validateReport(input);
    expect(!builtIn.ok && builtIn.error.issues.map((i) => i.path).sort()).toEqual(['actor.region', 'election']);
  });
});
