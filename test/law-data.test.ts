// Sanctions and tracks as pack data (issue 10): the national pack's sanctions.json and tracks.json are validated at
// load, all or nothing, with a bilingual error naming the pack, the file and the field; a pack may add a sanction id
// its rules name, only a what-if may replace a loaded one, and only the national pack defines regimes and tracks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { createClassifier } from '../src/decide/create-classifier.js';
import { buildLaw } from '../src/law/law.js';
import { PackError } from '../src/law/packs.js';
import { packFolder } from './pack-folder.js';

const root = join(import.meta.dirname, '..');
const national = () => packFolder('packs/national');
const testPack = () => JSON.parse(readFileSync(join(root, 'test/packs/test-fixture-madiun.json'), 'utf8')) as Record<string, any>;

/** Expects building a law of the packs to throw a bilingual PackError whose message matches every part. */
const rejects = (build: () => unknown, ...parts: RegExp[]) => {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PackError);
  for (const p of parts) expect((error as PackError).message).toMatch(p);
  expect((error as PackError).text.id).toMatch(/^paket national: (sanksi|jalur) \((sanctions|tracks)\.json\)/);
  expect((error as PackError).text.en).toMatch(/^pack national: (sanctions|tracks) \((sanctions|tracks)\.json\)/);
  // The Indonesian says it all in Indonesian: zod's messages and the schemas' own are translated too.
  expect((error as PackError).text.id).not.toMatch(/\b(Invalid|expected|received|Unrecognized|unknown|takes|is not|not in|names|binds|field|Required)\b/);
};

/** The national pack with one change, loaded alone. */
const withNational = (change: (p: Record<string, any>) => void) => () => {
  const p = national();
  change(p);
  return buildLaw([p]);
};

describe('the national pack carries the sanctions and tracks as data', () => {
  it('loads alone, with the six sanction ids the rules name and a track for every category', () => {
    const law = buildLaw([national()]);
    expect(Object.keys(law.sanctionData.sanctions).sort()).toEqual(['disiplin_berat', 'disiplin_sedang', 'pdh_calon', 'ptdh', 'sanksi_moral', 'undetermined']);
    expect(law.trackData.trackOfCategory.pelanggaran_netralitas_non_asn).toBe('non_asn');
    expect(law.sanctionData.employments.pppk_paruh_waktu).toMatchObject({ regime: 'pppk', asn: true });
  });

  it('keeps the reasoning of every entry beside it (a why on each sanction, variant, employment, regime entry and step)', () => {
    const sanctions = JSON.parse(readFileSync(join(root, 'packs/national/sanctions.json'), 'utf8'));
    const tracks = JSON.parse(readFileSync(join(root, 'packs/national/tracks.json'), 'utf8'));
    const missing: string[] = [];
    const need = (what: string, entry: { why?: unknown }) => typeof entry.why === 'string' || missing.push(what);
    for (const [id, s] of Object.entries<any>(sanctions.sanctions)) {
      need(`sanction ${id}`, s);
      for (const [k, v] of Object.entries<any>(s.variants ?? {})) need(`sanction ${id} variant ${k}`, v);
    }
    for (const [e, x] of Object.entries<any>(sanctions.employments)) need(`employment ${e}`, x);
    for (const [r, x] of Object.entries<any>(sanctions.regimes)) {
      if (x.severalFindings) need(`regime ${r} severalFindings`, x.severalFindings);
      if (x.everySanction) need(`regime ${r} everySanction`, x.everySanction);
    }
    sanctions.bindOnly.forEach((b: any, i: number) => need(`bindOnly ${i}`, b));
    for (const [n, s] of Object.entries<any>(tracks.steps)) need(`step ${n}`, s);
    for (const [t, steps] of Object.entries<any>(tracks.tracks)) steps.forEach((s: any, i: number) => typeof s === 'string' || need(`track ${t} step ${i}`, s));
    expect(missing).toEqual([]);
  });
});

describe('malformed sanction or track data is rejected at load, naming the pack, the file and the field', () => {
  it('an unknown basis', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.ptdh.bases[0] = 'pp-11-2017/p999')), /sanctions\.json/, /sanctions\.ptdh\.bases\.0/, /unknown legal basis id/));
  it('an unknown basis in a variant', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.disiplin_berat.variants.cpns.bases = ['pp-11-2017/p37-9'])), /sanctions\.disiplin_berat\.variants\.cpns\.bases\.0/, /unknown legal basis id/));
  it('an unknown level', () => rejects(withNational((p) => (p.sanctions.sanctions.ptdh.level = 'sangat_berat')), /sanctions\.ptdh\.level/));
  it('an unknown regime for an employment', () => rejects(withNational((p) => (p.sanctions.employments.pppk.regime = 'kontrak')), /employments\.pppk\.regime/));
  it('an employment left out', () => rejects(withNational((p) => delete p.sanctions.employments.polri), /employments\.polri/));
  it('a note that is not in the notes table', () => rejects(withNational((p) => (p.sanctions.sanctions.pdh_calon.notes = ['pp-11-p254-amended'])), /sanctions\.pdh_calon\.notes\.0/, /unknown note/));
  it('a window with a day that is no date', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.disiplin_berat.notes[0].window = { from: '2023-31-10' })), /sanctions\.disiplin_berat\.notes\.0\.window\.from/));
  it('a window that ends before it starts', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.disiplin_berat.notes[0].window = { from: '2024-01-01', until: '2023-01-01' })), /notes\.0\.window/, /from is after until/));
  it('a window of two kinds at once', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.disiplin_berat.notes[0].window = { from: '2023-10-31', ofBasis: 'uu-20-2023/p52-3-g' })), /a window is one of/));
  it('a window of a basis that does not exist', () =>
    rejects(withNational((p) => (p.sanctions.sanctions.disiplin_berat.notes[0].window = { ofBasis: 'uu-20-2023/p99' })), /window\.ofBasis/, /unknown legal basis id/));
  it('a step window of a body that holds no KASN role', () =>
    rejects(withNational((p) => (p.tracks.steps['report-to-kasn'].window = { handler: 'bawaslu' })), /tracks\.json/, /steps\.report-to-kasn\.window\.handler/, /not a handler/));
  it('a step of an unknown body', () => rejects(withNational((p) => (p.tracks.steps['satgas-verifies'].bodies[0].body = 'satgas')), /steps\.satgas-verifies\.bodies/));
  it('a track naming a step that is not in the steps table', () => rejects(withNational((p) => (p.tracks.tracks.disiplin[0] = 'report-to-ombudsman')), /tracks\.disiplin\.0/));
  it('a step with an unknown basis', () =>
    rejects(withNational((p) => (p.tracks.steps['bkn-administrative-action'].basesByRegime.pns = ['perpres-116-2022/p99'])), /basesByRegime\.pns\.0/, /unknown legal basis id/));
  it('a track left out', () => rejects(withNational((p) => delete p.tracks.tracks.gakkumdu), /tracks\.gakkumdu/));
});

/** The test pack (not law) with a sanction of its own that its rule names. */
const withOwnSanction = (kind: 'law' | 'what-if' = 'law', id = 'uji_teguran') => {
  const p = testPack();
  p.kind = kind;
  p.rules['test-fixture'].rules[0].event.params.sanction = id;
  p.sanctions = {
    notes: { uji: { id: 'PAKET UJI, bukan hukum.', en: 'TEST FIXTURE, not law.' } },
    sanctions: {
      [id]: {
        why: 'TEST FIXTURE, not law.',
        level: 'sanksi_moral',
        options: [{ id: 'teguran_uji', basis: 'skb-2022/ke-1', label: { id: 'Teguran (PAKET UJI)', en: 'Reprimand (TEST FIXTURE)' } }],
        bases: ['skb-2022/ke-1'],
        notes: ['uji'],
      },
    },
  };
  return p;
};
const madiun = (employment = 'pns') => ({ actor: { employment, region: 'kabupaten_madiun', cltn: false }, act: { kind: 'use_state_facilities' }, stage: 'bakal_calon' });

describe('a pack (test fixture, not law) and the sanction ids', () => {
  it('may add a sanction id that its rules name, which results then state', () => {
    const r = createClassifier({ packs: [withOwnSanction()] }).classifySync(madiun());
    const v = r.ok ? r.violations.find((x) => x.rule === 'test-fixture/madiun-facilities') : undefined;
    expect(v?.sanction.options.map((o) => o.id)).toEqual(['teguran_uji']);
    expect(v?.sanction.notes.map((n) => n.en)).toEqual(['TEST FIXTURE, not law.']);
  });
  it("adds to its sanction what the employment adds to every sanction (a PPPK paruh waktu's KepmenPANRB 16/2025 basis)", () => {
    const r = createClassifier({ packs: [withOwnSanction()] }).classifySync(madiun('pppk_paruh_waktu'));
    const v = r.ok ? r.violations.find((x) => x.rule === 'test-fixture/madiun-facilities') : undefined;
    expect(v?.sanction.bases).toEqual(['kepmenpanrb-16-2025/pertama', 'skb-2022/ke-1']);
  });
  it('may not name a sanction id no pack defines', () => {
    const p = testPack();
    p.rules['test-fixture'].rules[0].event.params.sanction = 'uji_teguran';
    expect(() => createClassifier({ packs: [p] })).toThrow(/madiun-facilities.*unknown sanction id/);
  });
  it('may not redefine a built-in sanction id as a law pack', () => {
    expect(() => createClassifier({ packs: [withOwnSanction('law', 'sanksi_moral')] })).toThrow(/sanction sanksi_moral clashes with a loaded sanction; only a what-if/);
  });
  it('may replace a built-in sanction id as a what-if, for every rule that names it', () => {
    const whatIf = withOwnSanction('what-if', 'sanksi_moral');
    whatIf.rules = {};
    const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, stage: 'bakal_calon' };
    const before = classifySync(incident);
    const after = createClassifier({ packs: [whatIf] }).classifySync(incident);
    expect(before.ok && before.sanction?.options.map((o) => o.id)).toEqual(['pernyataan_secara_tertutup', 'pernyataan_secara_terbuka']);
    expect(after.ok && after.sanction?.options.map((o) => o.id)).toEqual(['teguran_uji']);
  });
  it('may not define the employment regimes or the tracks again', () => {
    const regimes = testPack();
    regimes.sanctions = { ...national().sanctions, sanctions: {} };
    expect(() => createClassifier({ packs: [regimes] })).toThrow(/employment regimes are already defined/);
    const tracks = testPack();
    tracks.tracks = national().tracks;
    expect(() => createClassifier({ packs: [tracks] })).toThrow(/tracks \(tracks\.json\).*procedures/);
  });
});
