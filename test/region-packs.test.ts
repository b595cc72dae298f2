// The six regional circulars of shared/sources/regions (issue 21), shipped as packs under packs/regions/ that a user
// loads (createClassifier({ packs }), --pack packs/regions/<region>) and not yet by default (see the README, "Regions
// covered"). Each loads through the public path, its cases (test/regions/, written from each circular's verbatim
// words) pass with it loaded, its fidelity travels into its findings, and no region lifts a national finding.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareOutcome, type Expectation } from '../src/analyst/cases.js';
import { regionNeverLifts } from '../src/analyst/legal-invariants.js';
import { createClassifier } from '../src/decide/create-classifier.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { packFolder } from './pack-folder.js';

const REGION_PACKS = ['provinsi-banten', 'provinsi-sulawesi-selatan', 'kabupaten-bangka', 'kabupaten-bangka-selatan', 'kabupaten-halmahera-tengah', 'kabupaten-kuningan'];
const packs = REGION_PACKS.map((id) => packFolder(`packs/regions/${id}`));
const law = createClassifier({ packs });
const declared = packs.flatMap((p) => Object.keys(p.regions ?? {}));

describe('the six regional packs', () => {
  it('load beside the built-in law through the public constructor, with their regions valid values', () => {
    expect(law.packs.filter((p) => !p.builtIn).map((p) => p.id)).toEqual(REGION_PACKS);
    for (const region of [...declared, 'kabupaten_bangka']) expect(law.regions).toContain(region);
    for (const p of law.packs.filter((x) => !x.builtIn)) expect(p.fidelity?.en, p.id).toMatch(/news|reproduction|summary/i);
  });

  const dir = join(import.meta.dirname, 'regions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s: every case passes with the packs loaded', (file) => {
    const cases = parse(readFileSync(join(dir, file), 'utf8')) as { name: string; incident: unknown; presume?: unknown; expect: Expectation }[];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const result = law.classifySync(c.incident, c.presume === undefined ? undefined : { presume: c.presume });
      expect(compareOutcome(c.expect, result, 'en', c.incident), `${file}: ${c.name}`).toEqual([]);
    }
  });

  it("carries each pack's fidelity into the findings of its rules", () => {
    const r = law.classifySync({ actor: { employment: 'pns', region: 'provinsi_banten' }, act: { kind: 'take_part_in_campaign' }, target: { relation: 'none', office: 'gubernur' }, stage: 'calon' });
    const regional = r.ok ? r.violations.filter((v) => v.list.startsWith('se_banten')) : [];
    expect(regional.length).toBeGreaterThan(0);
    for (const v of regional) expect(v.fidelity?.en).toMatch(/News reproduction/);
  });

  it('never lifts a national finding: every incident of a sample of the decision space is never lighter in a pack region than elsewhere', () => {
    const sample = [...enumerateDecisionSpace()].filter((_, i) => i % 9 === 0).map((p) => incidentFromFacts(p.facts));
    const failure = regionNeverLifts([...declared, 'kabupaten_bangka'])(law.classifySync as never, sample);
    expect(failure, JSON.stringify(failure)).toBeUndefined();
  });
});
