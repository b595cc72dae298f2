// batch --output compact|full|csv and --jobs: compact and CSV carry what the full result says (checked against
// classifySync, not against the CLI), CSV cells a spreadsheet would run are neutralised, the header follows --lang,
// and several jobs give the same bytes in input order as one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { neutralise } from '../src/batch/format.js';
import { classifySync } from '../src/index.js';
import { loadFixtures } from './fixture-files.js';
import { runCli, tempDir } from './cli-helpers.js';

vi.setConfig({ testTimeout: 120_000 });

const dir = tempDir();
const incidents = loadFixtures().map((c) => c.incident);
const input = join(dir, 'fixtures.ndjson');
writeFileSync(input, `${incidents.map((x) => JSON.stringify(x)).join('\n')}\n`);

describe('--output compact (the default)', () => {
  it('gives, per record, the verdict, category, sanction level, items, tracks, missing facts and basis ids of the result', () => {
    const r = runCli(['batch', input]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(incidents.length);
    rows.forEach((row, i) => {
      const full = classifySync(incidents[i]);
      expect(row['line']).toBe(i + 1);
      if (!full.ok) {
        expect(row).toMatchObject({ ok: false });
        expect((row['issues'] as { path: string }[]).map((x) => x.path)).toEqual(full.error.issues.map((x) => x.path));
        return;
      }
      expect(row).toEqual({
        line: i + 1,
        ...(full.reference !== undefined ? { reference: full.reference } : {}),
        ok: true,
        verdict: full.verdict,
        category: full.category,
        sanction: full.sanction?.level ?? null,
        items: [...new Set(full.violations.map((v) => `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`))],
        // Item numbers are not stable identifiers (update 2026-12, consequence 1): the descriptive key where the list has one.
        itemKeys: [...new Set(full.violations.map((v) => (v.key ? `${v.list} ${v.key}` : `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`)))],
        tracks: full.tracks.map((t) => t.track),
        missingFacts: full.missingFacts.map((m) => ('reportField' in m ? m.reportField : m.field)),
        bases: Object.keys(full.citations),
        // A report with several acts: each act's verdict, sanction level, items and the facts it lacks.
        ...('findings' in full
          ? {
              acts: full.findings.map((f) => ({
                act: f.act,
                kind: f.kind,
                verdict: f.result.verdict,
                sanction: f.result.sanction?.level ?? null,
                items: f.result.violations.map((v) => `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`),
                itemKeys: f.result.violations.map((v) => (v.key ? `${v.list} ${v.key}` : `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`)),
                missingFacts: full.missingFacts.filter((m) => m.acts.includes(f.act)).map((m) => m.reportField),
              })),
            }
          : {}),
      });
    });
    // Every SKB 2022 item is keyed (packs/national/pack.json itemKeys), so no kode etik or disiplin item is tallied by number.
    const keyed = rows.flatMap((row) => (row['itemKeys'] as string[] | undefined) ?? []).filter((k) => /^(kode_etik|disiplin) /.test(k));
    expect(keyed.length).toBeGreaterThan(100);
    for (const k of keyed) expect(k).toMatch(/^(kode_etik|disiplin) [a-z]+(-[a-z]+)+$/);
    const full = runCli(['batch', input, '--output', 'full']).stdout;
    expect(r.stdout.length * 5).toBeLessThan(full.length);
  });
});

describe('--output csv', () => {
  it('is UTF-8 with a BOM, a header in --lang, one row per record, the compact fields as cells', () => {
    for (const [lang, first] of [['en', 'line'], ['id', 'baris']] as const) {
      const r = runCli(['batch', input, '--output', 'csv', '--lang', lang]);
      expect(r.stdout.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(r.stdout.slice(1), { relax_column_count: false }) as string[][];
      expect(rows[0]![0]).toBe(first);
      expect(rows).toHaveLength(incidents.length + 1);
      rows.slice(1).forEach((row, i) => {
        const full = classifySync(incidents[i]);
        expect(row[0]).toBe(String(i + 1));
        expect(row[2]).toBe(String(full.ok));
        if (full.ok) {
          expect(row.slice(3, 6)).toEqual([full.verdict, full.category ?? '', full.sanction?.level ?? '']);
          expect(row[10]).toBe(Object.keys(full.citations).join('; '));
          if (!('findings' in full)) expect(row[7]).toBe([...new Set(full.violations.map((v) => (v.key ? `${v.list} ${v.key}` : `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`)))].join('; '));
        }
      });
    }
  });

  it('neutralises every cell that begins with =, +, -, @, tab or carriage return', () => {
    const evil = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'plain'];
    const file = join(dir, 'evil.ndjson');
    writeFileSync(file, `${evil.map((reference) => JSON.stringify({ reference, actor: { employment: 'pns' }, act: { kind: 'party_membership' } })).join('\n')}\n`);
    const r = runCli(['batch', file, '--output', 'csv', '--lang', 'en']);
    const rows = parseCsv(r.stdout.slice(1)) as string[][];
    const references = rows.slice(1).map((row) => row[1]!);
    expect(references).toEqual(evil.map((e) => (e === 'plain' ? e : `'${e}`)));
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(['=', '+', '-', '@', '\t', '\r'].map((c) => neutralise(`${c}x`))).toEqual(['=', '+', '-', '@', '\t', '\r'].map((c) => `'${c}x`));
  });
});

describe('--jobs', () => {
  it('gives the same bytes in input order with 1, 2 and 3 threads (0, 1 and 2 workers), for every output format', () => {
    const many = join(dir, 'many.ndjson');
    const lines = readFileSync(input, 'utf8').trim().split('\n');
    writeFileSync(many, `${Array.from({ length: 6_000 }, (_, i) => lines[i % lines.length]).join('\n')}\n`);
    for (const output of ['compact', 'csv']) {
      const one = runCli(['batch', many, '--output', output]);
      const numbers = output === 'compact' ? one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line) : [];
      if (output === 'compact') expect(numbers).toEqual(Array.from({ length: 6_000 }, (_, i) => i + 1));
      for (const jobs of ['2', '3']) {
        const r = runCli(['batch', many, '--output', output, '--jobs', jobs]);
        expect(r.code, r.stderr).toBe(one.code);
        expect(r.stdout === one.stdout, `${output} --jobs ${jobs}`).toBe(true);
        expect(r.stderr).toBe(one.stderr);
      }
    }
  });
});
