// --pack PATH on the commands (issue 10): a pack folder or a pack file loads beside the built-in law in classify,
// test, table and list (diff --with reads a folder the same way: readPack); a pack that does not load is a usage error (exit 2) with its bilingual message.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './cli-helpers.js';

const packDir = join(root, 'test/packs/test-fixture-region');
const incident = JSON.stringify({
  actor: { employment: 'pns', region: 'kabupaten_uji' },
  act: { kind: 'online_campaign' },
  target: { office: 'bupati' },
  election: 'pilkada_uji_2026',
  stage: 'calon',
});

describe('--pack PATH', () => {
  it('classify: the pack folder makes its region valid and its rule fire; without it the incident is invalid', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'incident.json'), incident);
    const without = runCli(['classify', join(dir, 'incident.json')]);
    expect(without.code).toBe(1);
    const r = runCli(['classify', '--pack', packDir, join(dir, 'incident.json')]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.violations.map((v: { list: string }) => v.list)).toContain('se_uji');
    expect(result.audit.packs.map((p: { id: string }) => p.id)).toEqual(['test-fixture-region']);
  });
  it('test: a case file runs against the law with the pack', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'case.yaml'),
      `- name: the test pack's item\n  incident: ${incident}\n  expect: { verdict: violation, items: [disiplin 2, se_uji 1], bases: [skb-2022/d-2, se-uji/1] }\n`,
    );
    // Without the pack, the pack's basis and election are unknown names in the case file.
    const without = runCli(['test', '--lang', 'en', join(dir, 'case.yaml')]);
    expect(without.code).not.toBe(0);
    expect(without.stdout + without.stderr).toMatch(/expect\.bases\.1.*unknown legal basis id/);
    const r = runCli(['test', '--lang', 'en', '--pack', packDir, join(dir, 'case.yaml')]);
    expect(r.stdout).toMatch(/1 passed, 0 failed/);
    expect(r.code).toBe(0);
  });
  it('list regions and packs name the pack and its region', () => {
    expect(runCli(['list', 'regions', '--pack', packDir, '--lang', 'en']).stdout).toMatch(/^kabupaten_uji\tTest regency government \(test fixture\)$/m);
    expect(runCli(['list', 'packs', '--pack', packDir]).stdout).toMatch(/^test-fixture-region\t/m);
    expect(runCli(['list', 'packs']).stdout).not.toMatch(/test-fixture-region/);
  });
  it('table --act: the rows of the law with the pack include the pack region', () => {
    const r = runCli(['table', '--act', 'online_campaign', '--pack', packDir]);
    expect(r.stdout).toMatch(/kabupaten_uji/);
    expect(r.stdout).toMatch(/se_uji 1/);
    expect(runCli(['table', '--act', 'online_campaign']).stdout).not.toMatch(/kabupaten_uji/);
  });
  it('a pack that does not load is a usage error naming the pack and the field, in English and Indonesian', () => {
    const dir = tempDir();
    cpSync(packDir, join(dir, 'bad'), { recursive: true });
    writeFileSync(join(dir, 'bad', 'pack.json'), JSON.stringify({ id: 'bad-pack', kind: 'law', title: { id: 'x', en: 'x' }, regions: { dki_jakarta: { id: 'x', en: 'x' } } }));
    writeFileSync(join(dir, 'incident.json'), incident);
    const r = runCli(['classify', '--pack', join(dir, 'bad'), join(dir, 'incident.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pack bad-pack: region dki_jakarta is already declared/);
    expect(r.stderr).toMatch(/paket bad-pack: wilayah dki_jakarta sudah dinyatakan/);
    const missing = runCli(['classify', '--pack', join(dir, 'nowhere'), join(dir, 'incident.json')]);
    expect(missing.code).toBe(3);
  });
});
