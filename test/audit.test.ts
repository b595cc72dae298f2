// The audit block: a verdict can be reproduced years later. Results are byte-for-byte deterministic across processes,
// time zones, builds and key order; the incident hash tells incidents apart; the data hash follows the rule files,
// the calendars and the legal registry.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { VERSION } from '../src/law/generated/data.js';
import { classifySync } from '../src/index.js';

// These tests spawn node processes; the machine is shared, so allow for load.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..');

/** The data hash law/data-hash.mjs computes from the law files at `dir`, in a child process of its own. */
const shippedHash = (dir: string): string => execFileSync(process.execPath, [join(root, 'law', 'data-hash.mjs'), dir], { encoding: 'utf8' }).trim();

const incident = {
  reference: 'LAP-2024-017',
  actor: { employment: 'pns', region: 'kabupaten_tanah_laut' },
  act: { kind: 'partisan_activity', activityForm: 'pemberian_barang' },
  target: { office: 'bupati', relation: 'none' },
  election: 'pilkada_2024',
  date: '2024-11-25',
};
const reordered = {
  date: '2024-11-25',
  election: 'pilkada_2024',
  target: { relation: 'none', office: 'bupati' },
  act: { activityForm: 'pemberian_barang', kind: 'partisan_activity' },
  actor: { region: 'kabupaten_tanah_laut', employment: 'pns' },
  reference: 'LAP-2024-017',
};

const hashOf = (input: unknown): string => {
  const r = classifySync(input);
  if (!r.ok) throw new Error('invalid');
  return r.audit.incidentHash;
};

describe('audit block', () => {
  it('names the library version and the data hash of this build', () => {
    const r = classifySync(incident);
    if (!r.ok) throw new Error('invalid');
    expect(r.audit).toMatchObject({ library: 'netralitas-asn', version: VERSION, dataHash: shippedHash(root) });
    expect(VERSION).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(r.audit.dataHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('incidentHash is equal for equivalent incidents whatever their key order or absent fields', () => {
    expect(hashOf(reordered)).toBe(hashOf(incident));
    expect(hashOf({ ...incident, stage: undefined })).toBe(hashOf(incident));
  });

  it.each([
    ['another date', { date: '2024-11-26' }],
    ['another reference', { reference: 'LAP-2024-018' }],
    ['another actor', { actor: { employment: 'pppk', region: 'kabupaten_tanah_laut' } }],
    ['a sub-fact dropped', { act: { kind: 'partisan_activity' } }],
    ['a fact added', { stage: 'calon' }],
  ])('incidentHash differs for %s', (_name, change) => {
    expect(hashOf({ ...incident, ...change })).not.toBe(hashOf(incident));
  });

  it('two processes, ESM classify and CJS classifySync, in different time zones and key orders, print the same bytes', () => {
    const dist = join(root, 'dist');
    const esm = `import(${JSON.stringify(join(dist, 'index.js'))}).then(async (m) => process.stdout.write(JSON.stringify(await m.classify(${JSON.stringify(incident)}))))`;
    const cjs = `process.stdout.write(JSON.stringify(require(${JSON.stringify(join(dist, 'index.cjs'))}).classifySync(${JSON.stringify(reordered)})))`;
    const a = execFileSync(process.execPath, ['-e', esm], { env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    const b = execFileSync(process.execPath, ['-e', cjs], { env: { ...process.env, TZ: 'America/Adak' } });
    expect(a.length).toBeGreaterThan(1_000);
    expect(b.equals(a)).toBe(true);
    const parsed = JSON.parse(a.toString('utf8')) as { verdict: string; audit: { incidentHash: string } };
    expect(parsed.verdict).toBe('violation');
    expect(parsed.audit.incidentHash).toBe(hashOf(incident));
  });
});

describe('data hash', () => {
  /** A copy of the shipped law files (packs/, law/), edited by `change`; its hash by law/data-hash.mjs. */
  function copyHash(change?: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'netralitas-hash-'));
    for (const p of ['packs', 'law']) cpSync(join(root, p), join(dir, p), { recursive: true });
    change?.(dir);
    return execFileSync(process.execPath, [join(dir, 'law', 'data-hash.mjs')], { encoding: 'utf8' }).trim();
  }
  const edit = (file: string, f: (text: string) => string) => (dir: string) => {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = f(before);
    expect(after, `${file} edited`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  };

  it('is what law/data-hash.mjs recomputes from the shipped files, in the source and in the built ESM and CJS', async () => {
    const expected = shippedHash(root);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    const esm = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(root, 'dist', 'index.cjs')) as typeof import('../src/index.js');
    for (const classify of [classifySync, esm.classifySync, cjs.classifySync]) {
      const r = classify(incident);
      expect(r.ok && r.audit.dataHash).toBe(expected);
    }
  });

  it('follows a rule file, a calendar, the registry and a law parameter, and ignores formatting', () => {
    const unchanged = copyHash();
    expect(unchanged).toBe(shippedHash(root));
    const changed = [
      copyHash(edit('packs/national/rules/pp-94-2021.json', (t) => t.replace('hukuman disiplin sedang', 'hukuman disiplin berat'))),
      copyHash(edit('packs/national/elections/pilkada-2024.json', (t) => t.replace('2024-11-27', '2024-11-28'))),
      copyHash(edit('packs/national/legal-bases.json', (t) => t.replace('Pasal 14 huruf i', 'Pasal 14 huruf j'))),
      copyHash(edit('law/parameters.json', (t) => t.replace('"inForceFrom": null', '"inForceFrom": "2027-01-01"'))),
    ];
    for (const h of changed) expect(h).not.toBe(unchanged);
    expect(new Set(changed).size).toBe(4);
    expect(copyHash(edit('packs/national/rules/scope.json', (t) => t.replace(/\n/g, '\r\n')))).toBe(unchanged);
  });

  it('changes when the law bundled in dist/ is edited: a result cannot claim a law it was not computed with', () => {
    // Inside the project (.tmp/ is ignored by git), so that the copy finds the dependencies in node_modules/.
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(root, '.tmp', 'tampered-dist-'));
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    // Rule disiplin 1 made to read another act: the baliho for a calon bupati is no longer disiplin 1.
    const needle = /("name": ?"skb-2022\/d-1", ?"priority": ?1, ?"conditions": ?\{ ?"all": ?\[\{ ?"fact": ?"act", ?"operator": ?"equal", ?"value": ?)"install_campaign_props"/;
    const edited = readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.cjs') && needle.test(readFileSync(join(dir, 'dist', f), 'utf8')));
    expect(edited.length).toBeGreaterThan(0);
    for (const f of edited) writeFileSync(join(dir, 'dist', f), readFileSync(join(dir, 'dist', f), 'utf8').replace(needle, '$1"party_membership"'));
    const d1 = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };
    const original = classifySync(d1);
    const tampered = (createRequire(import.meta.url)(join(dir, 'dist', 'index.cjs')) as typeof import('../src/index.js')).classifySync(d1);
    expect(original.ok && original.violations.map((v) => v.rule)).toEqual(['skb-2022/d-1']);
    expect(tampered.ok && tampered.violations.map((v) => v.rule)).not.toContain('skb-2022/d-1');
    expect(tampered.ok && tampered.audit.dataHash).not.toBe(original.ok && original.audit.dataHash);
  });
});
