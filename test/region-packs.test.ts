// The six regional circulars of shared/sources/regions (issue 21), shipped as packs under packs/regions/ and loaded by
// default (packs/index.json) through the same path as a user's pack. Their cases are fixtures (fixtures/se-banten-*,
// se-sulsel-*, se-bangka-*, se-bangka-selatan-*, se-halmahera-tengah-*, se-kuningan-*, run by test/fixtures.test.ts
// and the mutation record); that no region lifts a national finding is the legal invariant region-never-lifts, over
// every region of the law and the whole decision table (test/legal-invariants.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../src/vocabulary/enums.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { createClassifier } from '../src/decide/create-classifier.js';
import { packFolder } from './pack-folder.js';

const REGION_PACKS = ['provinsi-banten', 'provinsi-sulawesi-selatan', 'kabupaten-bangka', 'kabupaten-bangka-selatan', 'kabupaten-halmahera-tengah', 'kabupaten-kuningan'];
const index = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'packs', 'index.json'), 'utf8')) as { packs: string[] };
const law = createClassifier();

describe('the six regional packs of issue 21', () => {
  it('are listed in packs/index.json, the Bangka circular after the election pack that declares its region', () => {
    for (const id of REGION_PACKS) expect(index.packs, id).toContain(`regions/${id}`);
    expect(index.packs.indexOf('regions/kabupaten-bangka')).toBeGreaterThan(index.packs.indexOf('elections/pilkada-2024-ulang-2025'));
    expect(Object.keys(packFolder('packs/regions/kabupaten-bangka').regions ?? {})).toEqual([]);
  });

  it('are loaded by default, built in, with their regions valid values and their fidelity stated', () => {
    const loaded = law.packs.filter((p) => REGION_PACKS.includes(p.id));
    expect(loaded.map((p) => p.id).sort()).toEqual([...REGION_PACKS].sort());
    for (const p of loaded) {
      expect(p.builtIn, p.id).toBe(true);
      expect(p.fidelity?.en, p.id).toMatch(/news (reproduction|summary)/i);
    }
    const declared = REGION_PACKS.filter((id) => id !== 'kabupaten-bangka').flatMap((id) => Object.keys(packFolder(`packs/regions/${id}`).regions ?? {}));
    expect(declared.length).toBe(5);
    for (const region of [...declared, 'kabupaten_bangka']) {
      expect(law.regions, region).toContain(region);
      expect(REGIONS, region).toContain(region);
    }
  });

  it("carries each pack's fidelity into the findings of its rules, in the default classifySync", () => {
    const r = classifySync({ actor: { employment: 'pns', region: 'provinsi_banten' }, act: { kind: 'take_part_in_campaign' }, target: { relation: 'none', office: 'gubernur' }, stage: 'calon' });
    const regional = r.ok ? r.violations.filter((v) => v.list.startsWith('se_banten')) : [];
    expect(regional.length).toBeGreaterThan(0);
    for (const v of regional) expect(v.fidelity?.en).toMatch(/News reproduction/);
  });
});
