// Law packs loaded at run time (issue 10): the public constructor, validation at load (all or nothing), the same
// answers as the default classifier with no packs, a test pack's rule firing and being asked about, and the what-if
// diff on a pack with known changed rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLaw } from '../src/analyst/law-diff.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { validateIncident } from '../src/incident/errors.js';
import { validatePartialIncident } from '../src/incident/partial.js';
import { applyAnswer } from '../src/present/apply-answer.js';
import { createClassifier } from '../src/decide/create-classifier.js';
import { PACK_SIZE_LIMIT, PackError } from '../src/law/packs.js';
import { loadFixtures } from './fixture-files.js';
import { packFolder } from './pack-folder.js';

const root = join(import.meta.dirname, '..');
const readPack = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const testPack = () => readPack('test/packs/test-fixture-madiun.json');
const whatIf = () => readPack('packs/what-if/skb-disiplin-8-9-levels.json');

const incident = (extra: Record<string, unknown> = {}) => ({
  actor: { employment: 'pns', region: 'kabupaten_madiun', ...extra },
  act: { kind: 'use_state_facilities' },
  stage: 'bakal_calon',
});

const stripAudit = (r: unknown) => JSON.stringify(r, (k, v) => (k === 'audit' ? undefined : v));

/** Expects loading the packs to throw a bilingual PackError whose message matches every part. */
const rejects = (packs: unknown[], ...parts: RegExp[]) => {
  let error: unknown;
  try {
    createClassifier({ packs });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PackError);
  for (const p of parts) expect((error as PackError).message).toMatch(p);
  expect((error as PackError).text.id).toMatch(/^paket /);
  expect((error as PackError).text.en).toMatch(/^pack /);
  // The Indonesian says it all in Indonesian: zod's messages and the schemas' own are translated too.
  expect((error as PackError).text.id).not.toMatch(ENGLISH);
};
/** Words of the English messages that an Indonesian message must not carry over. */
const ENGLISH = /\b(Invalid|expected|received|Unrecognized|unknown|lowercase|takes|clashes|already|order|determination|is not|not in|field|file|rule|Required)\b/;

describe('createClassifier with no packs', () => {
  const plain = createClassifier();
  it('gives every fixture the same result as the default classifySync, audit aside', () => {
    const cases = loadFixtures();
    expect(cases.length).toBeGreaterThan(400);
    for (const c of cases) expect(stripAudit(plain.classifySync(c.incident)), c.name).toBe(stripAudit(classifySync(c.incident)));
  });
  it('gives the same result with json-rules-engine as with the compiled rules', async () => {
    for (const c of loadFixtures().slice(0, 60)) expect(stripAudit(await plain.classify(c.incident)), c.name).toBe(stripAudit(plain.classifySync(c.incident)));
  });
});

describe('a law pack (test fixture, not law)', () => {
  const law = createClassifier({ packs: [testPack()] });
  it('fires its rule where its conditions hold, under both evaluators', async () => {
    const sync = law.classifySync(incident({ cltn: false }));
    expect(sync.ok && sync.verdict).toBe('violation');
    expect(sync.ok && sync.firedRules).toContain('test-fixture/madiun-facilities');
    expect(stripAudit(await law.classify(incident({ cltn: false })))).toBe(stripAudit(sync));
    const builtIn = classifySync(incident({ cltn: false }));
    expect(builtIn.ok && builtIn.verdict).toBe('out_of_scope');
  });
  it('does not fire where a condition fails', () => {
    const r = law.classifySync(incident({ cltn: true }));
    expect(r.ok && r.firedRules).not.toContain('test-fixture/madiun-facilities');
    const elsewhere = law.classifySync({ ...incident({ cltn: false }), actor: { employment: 'pns', region: 'other', cltn: false } });
    expect(elsewhere.ok && elsewhere.firedRules).not.toContain('test-fixture/madiun-facilities');
  });
  it('makes nextQuestions ask the fact its rule reads, which the built-in law does not ask', () => {
    const asked = law.nextQuestions(incident());
    expect(Array.isArray(asked) && asked.map((q) => q.fact)).toContain('cltn');
    const builtIn = createClassifier().nextQuestions(incident());
    expect(Array.isArray(builtIn) && builtIn.map((q) => q.fact)).not.toContain('cltn');
  });
  it('names the pack and the hash of its data in the audit of each result, and no pack without packs', () => {
    const r = law.classifySync(incident({ cltn: false }));
    expect(r.ok && r.audit.packs).toEqual([{ id: 'test-fixture-madiun', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const other = createClassifier({ packs: [{ ...testPack(), title: { id: 'lain', en: 'other' } }] }).classifySync(incident({ cltn: false }));
    expect(other.ok && other.audit.packs?.[0]?.hash).not.toBe(r.ok && r.audit.packs?.[0]?.hash);
    const plain = createClassifier().classifySync(incident({ cltn: false }));
    expect(plain.ok && 'packs' in plain.audit).toBe(false);
  });
  it('lists the pack after the built-in packs, and its rules', () => {
    expect(law.packs.map((p) => [p.id, p.builtIn])).toEqual([
      ['national', true],
      ['dki-jakarta', true],
      ['kabupaten-tanah-laut', true],
      ['kabupaten-madiun', true],
      ['provinsi-banten', true],
      ['provinsi-sulawesi-selatan', true],
      ['kabupaten-bangka-selatan', true],
      ['kabupaten-halmahera-tengah', true],
      ['kabupaten-kuningan', true],
      ['pilkada-2024-ulang-2025', true],
      ['kabupaten-bangka', true],
      ['test-fixture-madiun', false],
    ]);
    expect(law.ruleNames).toContain('test-fixture/madiun-facilities');
  });
});

describe('validation at load: a bad pack is rejected whole, naming pack, file, rule and field', () => {
  const withRule = (change: (rule: Record<string, any>) => void) => {
    const pack = testPack() as any;
    change(pack.rules['test-fixture'].rules[0]);
    return pack;
  };
  it('an unknown fact', () => rejects([withRule((r) => (r.conditions.all[0].fact = 'regoin'))], /test-fixture-madiun/, /file test-fixture/, /madiun-facilities/, /conditions\.all\.0\.fact/));
  it('an operator not allowed', () => rejects([withRule((r) => (r.conditions.all[0].operator = 'regex'))], /operator/));
  it('a value outside the fact domain', () => rejects([withRule((r) => (r.conditions.all[0].value = 'atlantis'))], /domain of fact region/));
  it('a cited basis that does not exist', () => rejects([withRule((r) => (r.event.params.bases = ['skb-2022/ke-99']))], /unknown legal basis id/));
  it('a rule name that clashes with the built-in law', () => rejects([withRule((r) => (r.name = 'skb-2022/ke-1'))], /clashes/, /what-if/));
  it('a law pack that removes a built-in rule', () => rejects([{ ...testPack(), remove: ['skb-2022/ke-1'] }], /only a what-if/));
  it('a what-if that removes a rule that does not exist', () => rejects([{ ...whatIf(), remove: ['skb-2022/ke-99'] }], /not a loaded rule/));
  it('a prototype key', () => rejects([JSON.parse('{"id":"p","kind":"law","title":{"id":"x","en":"x"},"rules":{},"__proto__":{"x":1}}')], /forbidden key __proto__/));
  it('a pack over the size limit', () => rejects([{ ...testPack(), padding: 'x'.repeat(PACK_SIZE_LIMIT) }], /size limit/));
  it('a pack loaded twice', () => rejects([testPack(), testPack()], /loaded twice/));
  it('a good pack beside a bad one loads nothing', () => rejects([testPack(), withRule((r) => (r.conditions.all[0].fact = 'x'))], /test-fixture-madiun/));
});

describe('what-if diff: SKB disiplin items 8 and 9 read the other way', () => {
  const rows = diffLaw([whatIf()]);
  it('changes rows, and only rows where disiplin 8 or 9 is found before or after', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(`${r.before.items} ${r.after.items}`).toMatch(/disiplin (8|9)\b/);
  });
  // Reference: SKB disiplin 8 is berat, disiplin 9 sedang with a secondary source giving berat; the what-if reads
  // them the other way, so a PNS's partisan act for a party (disiplin 8, party rule) goes berat -> sedang and joining a bakal calon's team
  // sedang -> berat.
  it('has the known changed rows', () => {
    const find = (facts: Record<string, unknown>) =>
      rows.find((r) => Object.entries(facts).every(([k, v]) => (r.facts as Record<string, unknown>)[k] === v) && Object.keys(r.facts).length === Object.keys(facts).length);
    const d8 = rows.find((r) => r.facts.act === 'partisan_activity' && r.facts.employment === 'pns' && r.facts.office === 'partai_politik' && r.facts.stage === 'bakal_calon' && r.after.items === 'disiplin 8');
    expect(d8?.before.sanction).toBe('berat');
    expect(d8?.after.sanction).toBe('sedang');
    const d9 = rows.find((r) => r.facts.act === 'join_campaign_team' && r.facts.employment === 'pns' && r.facts.stage === 'bakal_calon');
    expect(d9?.before.sanction).toBe('sedang');
    expect(d9?.after.sanction).toBe('berat');
    expect(find({ act: 'install_campaign_props', employment: 'pns', stage: 'calon' })).toBeUndefined();
  });
});

// A pack folder with its own region, list, registry and election calendar (test fixture, not law), assembled the way
// the CLI's --pack and the build assemble a folder.
const regionPack = () => packFolder('test/packs/test-fixture-region');

describe('a pack with its own region and election (test fixture, not law)', () => {
  const law = createClassifier({ packs: [regionPack()] });
  const report = (extra: Record<string, unknown> = {}) => ({
    actor: { employment: 'pns', region: 'kabupaten_uji' },
    act: { kind: 'online_campaign' },
    target: { office: 'bupati' },
    election: 'pilkada_uji_2026',
    stage: 'calon',
    ...extra,
  });
  it('makes its region and election valid values only in its classifier', () => {
    expect(law.regions).toContain('kabupaten_uji');
    expect(law.regions[law.regions.length - 1]).toBe('other');
    expect(law.elections).toContain('pilkada_uji_2026');
    expect(classifySync(report()).ok).toBe(false);
    expect(law.classifySync(report()).ok).toBe(true);
    expect(law.incidentSchema.safeParse(report()).success).toBe(true);
  });
  it('fires its rule, under both evaluators, with its list, its basis cited from its registry and its fidelity', async () => {
    for (const r of [law.classifySync(report()), await law.classify(report())]) {
      expect(r.ok && r.verdict).toBe('violation');
      const v = r.ok ? r.violations.find((x) => x.list === 'se_uji') : undefined;
      expect(v?.bases).toEqual(['se-uji/1']);
      expect(v?.fidelity?.en).toBe('TEST FIXTURE, not law');
      expect(r.ok && (r.citations as Record<string, { instrument: string }>)['se-uji/1']?.instrument).toBe('SE Uji (paket uji)');
    }
    const elsewhere = law.classifySync(report({ actor: { employment: 'pns', region: 'other' } }));
    expect(elsewhere.ok && elsewhere.violations.some((x) => x.list === 'se_uji')).toBe(false);
  });
  it("derives the stage and phase from its election's calendar", () => {
    const before = law.classifySync(report({ date: '2026-06-09', stage: undefined }));
    const on = law.classifySync(report({ date: '2026-06-10', stage: undefined }));
    expect(before.ok && before.derived.find((d) => d.fact === 'stage')?.value).toBe('bakal_calon');
    expect(on.ok && on.derived.find((d) => d.fact === 'stage')?.value).toBe('calon');
    expect(on.ok && on.derived.find((d) => d.fact === 'stage')?.from.entry).toBe('penetapan-uji');
  });
  it('carries its notes and its procedure into results for an actor of its region, and not elsewhere', () => {
    const r = law.classifySync(report());
    expect(r.ok && r.notes.map((n) => n.en)).toContain('TEST FIXTURE: a made-up note for the test region.');
    expect(r.ok && r.procedures?.map((p) => [p.pack, p.bases])).toEqual([['test-fixture-region', ['se-uji/1']]]);
    const other = law.classifySync(report({ actor: { employment: 'pns', region: 'other' } }));
    expect(other.ok && other.procedures).toBeUndefined();
    expect(other.ok && other.notes.map((n) => n.en)).not.toContain('TEST FIXTURE: a made-up note for the test region.');
  });
  it('asks the region where it can change the outcome, and offers the pack region in the question', () => {
    const asked = law.nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, target: { office: 'bupati' }, election: 'pilkada_uji_2026' });
    expect(Array.isArray(asked) && asked.map((q) => q.fact)).toContain('region');
    const region = Array.isArray(asked) ? asked.find((q) => q.fact === 'region') : undefined;
    expect(region?.options.map((o) => o.value)).toContain('kabupaten_uji');
    expect(region?.options.find((o) => o.value === 'kabupaten_uji')?.label.en).toBe('Test regency government (test fixture)');
    const builtIn = createClassifier().nextQuestions({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, target: { office: 'bupati' }, election: 'pilkada_2024' });
    expect(Array.isArray(builtIn) && builtIn.map((q) => q.fact)).not.toContain('region');
  });
  it("takes the pack's region and election in its form functions (validate, validate partial, apply an answer), which the built-in ones reject", () => {
    const draft = { actor: { employment: 'pns' as const }, act: { kind: 'online_campaign' as const } };
    const applied = law.applyAnswer(draft, { field: 'actor.region' }, 'kabupaten_uji');
    expect(applied.ok && applied.incident.actor?.region).toBe('kabupaten_uji');
    const builtIn = applyAnswer(draft, { field: 'actor.region' }, 'kabupaten_uji' as never);
    expect(!builtIn.ok && builtIn.error.issues.map((i) => i.path)).toEqual(['actor.region']);
    expect(law.validatePartialIncident({ election: 'pilkada_uji_2026' }).ok).toBe(true);
    expect(validatePartialIncident({ election: 'pilkada_uji_2026' }).ok).toBe(false);
    expect(law.validateIncident(report()).ok).toBe(true);
    expect(validateIncident(report()).ok).toBe(false);
    // A value neither law knows is refused by both, naming the field.
    const unknown = law.applyAnswer(draft, { field: 'actor.region' }, 'kabupaten_lain');
    expect(!unknown.ok && unknown.error.issues.map((i) => i.path)).toEqual(['actor.region']);
    // A report with several acts likewise: the pack's election and region, and an act's own target under them.
    const several = { election: 'pilkada_uji_2026', acts: [{ act: { kind: 'online_campaign' as const } }] };
    expect(law.validatePartialIncident(several).ok).toBe(true);
    const refused = validatePartialIncident(several);
    expect(!refused.ok && refused.error.issues.map((i) => i.path)).toEqual(['election']);
    const withRegion = law.applyAnswer({ acts: several.acts }, { field: 'actor.region', reportField: 'actor.region' }, 'kabupaten_uji');
    expect(withRegion.ok && withRegion.incident.actor?.region).toBe('kabupaten_uji');
    expect(applyAnswer({ acts: [] }, { field: 'actor.region' }, 'kabupaten_uji' as never).ok).toBe(false);
  });
  it('puts its region and election, with their labels, in the JSON Schema of its classifier', () => {
    const schema = law.incidentJsonSchema as any;
    const region = schema.properties.actor.properties.region;
    expect(region.enum).toContain('kabupaten_uji');
    expect(region['x-enum-labels'].kabupaten_uji.en).toBe('Test regency government (test fixture)');
    expect(schema.properties.election.enum).toContain('pilkada_uji_2026');
    expect(schema.properties.election['x-enum-labels'].pilkada_uji_2026.id).toBe('Pemilihan uji 2026 (paket uji)');
    expect(law.labels.list.se_uji?.en).toBe('Test circular (test fixture)');
  });
});

describe('validation at load of regions, lists, registry and calendars', () => {
  const change = (f: (p: Record<string, any>) => void) => {
    const p = regionPack();
    f(p);
    return p;
  };
  it('a region already declared', () => rejects([change((p) => (p.regions.dki_jakarta = { id: 'x', en: 'x' }))], /region dki_jakarta is already declared by pack dki-jakarta/));
  it('a region named other', () => rejects([change((p) => (p.regions.other = { id: 'x', en: 'x' }))], /region other/));
  it('a list already declared', () => rejects([change((p) => (p.lists.kode_etik = { id: 'x', en: 'x' }))], /list kode_etik is already declared/));
  it('a list not declared', () => rejects([change((p) => (p.rules['se-uji'].rules[0].event.params.list = 'se_lain'))], /unknown list/));
  it('a document already in the registry', () => rejects([change((p) => (p.documents['pp-94-2021'] = p.documents['se-uji']))], /document pp-94-2021 is already in the registry/));
  it('a basis of an unknown document', () => rejects([change((p) => (p.bases['se-uji/1'].document = 'se-lain'))], /unknown document se-lain/));
  it('an election already loaded', () => rejects([change((p) => (p.elections[0].election = 'pilkada_2024'))], /election pilkada_2024 is already loaded/));
  it('calendar dates out of order', () => rejects([change((p) => (p.elections[0].campaign.end = '2026-06-01'))], /out of order/));
  it('a determination for an office the election does not fill', () => rejects([change((p) => (p.elections[0].determinations[0].offices = ['gubernur']))], /office gubernur not in offices/));
  it('a region in a rule that no pack declares', () => rejects([change((p) => (p.rules['se-uji'].rules[0].conditions.all[0].value = 'kabupaten_lain'))], /domain of fact region/));
  it('a cycle of an unknown election or region', () => {
    const cycle = { election: 'pilkada_2024', region: 'kabupaten_uji', id: 'uji-2026', title: { id: 'x', en: 'x' }, basis: 'x', determinations: [], campaign: { start: '2026-01-02', end: '2026-01-03', confidence: 'low', source: 'x' }, voting: { date: '2026-01-05', confidence: 'low', source: 'x' } };
    rejects([change((p) => (p.cycles = [{ ...cycle, election: 'pemilu_2099' }]))], /unknown election pemilu_2099/);
    rejects([change((p) => (p.cycles = [{ ...cycle, region: 'kabupaten_lain' }]))], /unknown region kabupaten_lain/);
    rejects([change((p) => (p.cycles = [{ ...cycle, voting: { date: '2024-01-01', confidence: 'low', source: 'x' }, campaign: { start: '2023-12-01', end: '2023-12-02', confidence: 'low', source: 'x' } }]))], /not after the region's previous cycle/);
    expect(createClassifier({ packs: [change((p) => (p.cycles = [cycle]))] }).regions).toContain('kabupaten_uji');
  });
  it('a procedure for an undeclared region', () => rejects([change((p) => (p.procedures[0].region = 'kabupaten_lain'))], /procedure: unknown region/));
});
