// The audit block: a verdict can be reproduced years later. Results are byte-for-byte deterministic across processes,
// time zones, builds and key order; the incident hash tells incidents apart; the data hash follows the rule files,
// the calendars and the legal registry.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_HASH, VERSION } from '../src/generated/data.js';
import { classifySync } from '../src/index.js';

// These tests spawn node processes; the machine is shared, so allow for load.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..');

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
    expect(r.audit).toMatchObject({ library: 'netralitas-asn', version: VERSION, dataHash: DATA_HASH });
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
  /** A copy of what the generator reads, in a temp dir; returns the DATA_HASH it generates after `change`. */
  function generatedHash(change?: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'netralitas-hash-'));
    for (const p of ['scripts/generate-data.mjs', 'rules', 'calendars', 'law', 'src/legal-bases.ts', 'package.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
    change?.(dir);
    execFileSync(process.execPath, [join(dir, 'scripts/generate-data.mjs')]);
    return /DATA_HASH = "([0-9a-f]{64})"/.exec(readFileSync(join(dir, 'src/generated/data.ts'), 'utf8'))![1]!;
  }
  const edit = (file: string, f: (text: string) => string) => (dir: string) => {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = f(before);
    expect(after, `${file} edited`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  };

  it('is the hash this build carries for unchanged data, and changes with a rule file, a calendar, a law parameter or the registry', () => {
    const unchanged = generatedHash();
    expect(unchanged).toBe(DATA_HASH);
    const changed = [
      generatedHash(edit('rules/pp-94-2021.json', (t) => t.replace('hukuman disiplin sedang', 'hukuman disiplin berat'))),
      generatedHash(edit('calendars/pilkada-2024.json', (t) => t.replace('2024-11-27', '2024-11-28'))),
      generatedHash(edit('src/legal-bases.ts', (t) => `${t}\n// amended\n`)),
      generatedHash(edit('law/parameters.json', (t) => t.replace('"inForceFrom": null', '"inForceFrom": "2027-01-01"'))),
    ];
    for (const h of changed) expect(h).not.toBe(unchanged);
    expect(new Set(changed).size).toBe(4);
  });

  it('ignores line endings', () => {
    expect(generatedHash(edit('rules/scope.json', (t) => t.replace(/\n/g, '\r\n')))).toBe(DATA_HASH);
  });
});
