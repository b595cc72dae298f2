// The built CLI (dist/cli.js): `classify FILE` for JSON and YAML, and `batch` over NDJSON and CSV with line numbers
// of invalid records, a summary that agrees with the results, and exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { incidentFromRow } from '../src/batch/input.js';
import { count, emptySummary, summaryTable } from '../src/batch/summary.js';
import { classifySync, hasActs, incidentSchema, multiActIncidentSchema } from '../src/index.js';
import { loadFixtures } from './fixture-files.js';

// These tests spawn node processes; the machine is shared, so allow for load.
vi.setConfig({ testTimeout: 60_000 });

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'netralitas-cli-'));
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Whether a line is a valid incident, decided independently of the CLI (JSON.parse and the zod schema). */
function valid(line: string): boolean {
  try {
    const input: unknown = JSON.parse(line);
    return (hasActs(input) ? multiActIncidentSchema : incidentSchema).safeParse(input).success;
  } catch {
    return false;
  }
}

describe('classify FILE', () => {
  const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };

  it('reads JSON and YAML to the same result as the library', () => {
    writeFileSync(join(dir, 'one.json'), JSON.stringify(incident));
    writeFileSync(join(dir, 'one.yaml'), 'actor: { employment: pns }\nact:\n  kind: install_campaign_props\ntarget: { office: bupati }\nstage: calon\n');
    const expected = classifySync(incident);
    for (const file of ['one.json', 'one.yaml']) {
      const r = run(['classify', join(dir, file)]);
      expect(r.code, file).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected);
    }
    expect(expected.ok && expected.violations.map((v) => `${v.list} ${v.item}`)).toEqual(['disiplin 1']);
  });

  it('names the invalid field and exits 1', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'actor: { employment: pns }\nact: { kind: install_campaign_props }\ndate: 2024-02-30\n');
    const r = run(['classify', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toEqual(['date']);
  });
});

describe('batch FILE.ndjson', () => {
  // A few thousand lines: the fixture incidents over and over, with unreadable, invalid and blank lines mixed in.
  const fixtures = loadFixtures().map((c) => JSON.stringify(c.incident));
  const lines: string[] = [];
  for (let i = 0; lines.length < 3_000; i++) {
    if (i % 97 === 13) lines.push('{"actor": {"employment": "pns"}, "act": ');
    else if (i % 89 === 7) lines.push('');
    else if (i % 83 === 5) lines.push(JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'party_membership' }, date: '2023-13-01' }));
    else lines.push(fixtures[i % fixtures.length]!);
  }
  const file = join(dir, 'many.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const out = join(dir, 'many.results.ndjson');
  const r = run(['batch', file, '--out', out, '--summary-json', '--output', 'full']);
  const results = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; verdict?: string; category?: string | null; sanction?: { level: string } | null; violations?: { list: string; item: string | number; sub?: string; key?: string }[] });
  const summary = JSON.parse(r.stderr.slice(r.stderr.indexOf('\n{') + 1)) as Record<string, unknown> & { records: number; valid: number; invalid: number; verdicts: Record<string, number>; categories: Record<string, number>; items: Record<string, number>; itemKeys: Record<string, number>; sanctionLevels: Record<string, number> };

  it('writes one result per non-blank line, numbered as in the file', () => {
    const expected = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
    expect(results.map((x) => x.line)).toEqual(expected);
  });

  it('reports exactly the invalid lines on stderr with their numbers, and exits 1', () => {
    const invalid = lines.flatMap((l, i) => (l.trim() !== '' && !valid(l) ? [i + 1] : []));
    expect(invalid.length).toBeGreaterThan(50);
    const reported = [...new Set([...r.stderr.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1])))];
    expect(reported).toEqual(invalid);
    expect(results.filter((x) => !x.ok).map((x) => x.line)).toEqual(invalid);
    expect(r.stderr).toMatch(/^line \d+: date: /m);
    expect(r.code).toBe(1);
  });

  it('gives each valid line the result of classifySync', () => {
    for (const x of results.filter((y, i) => y.ok && i % 20 === 0)) {
      const { line, ...answer } = x;
      expect(answer).toEqual(JSON.parse(JSON.stringify(classifySync(JSON.parse(lines[line - 1]!)))));
    }
  });

  it('sums up to the counts of the results', () => {
    const tally = (f: (x: (typeof results)[number]) => string[]) => {
      const m: Record<string, number> = {};
      for (const x of results) for (const k of f(x)) m[k] = (m[k] ?? 0) + 1;
      return m;
    };
    const nonZero = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, n]) => n > 0));
    expect(summary.records).toBe(results.length);
    expect(summary.invalid).toBe(results.filter((x) => !x.ok).length);
    expect(summary.valid).toBe(results.filter((x) => x.ok).length);
    expect(nonZero(summary.verdicts)).toEqual(tally((x) => (x.ok ? [x.verdict!] : [])));
    expect(nonZero(summary.categories)).toEqual(tally((x) => (x.ok && x.category ? [x.category] : [])));
    expect(nonZero(summary.sanctionLevels)).toEqual(tally((x) => (x.ok && x.sanction ? [x.sanction.level] : [])));
    expect(summary.items).toEqual(tally((x) => (x.violations ?? []).map((v) => `${v.list} ${v.item}${v.sub ? `.${v.sub}` : ''}`)));
  });

  it('sums the findings up by descriptive key too, where the list has keys (update 2026-12, consequence 1: item numbers are not stable ids)', () => {
    const byKey: Record<string, number> = {};
    for (const x of results) for (const v of x.violations ?? []) byKey[`${v.list} ${v.key ?? `${v.item}${v.sub ? `.${v.sub}` : ''}`}`] = (byKey[`${v.list} ${v.key ?? `${v.item}${v.sub ? `.${v.sub}` : ''}`}`] ?? 0) + 1;
    expect(summary.itemKeys).toEqual(byKey);
    // The SKB lists have keys, so their findings are counted by key, never by number.
    expect(Object.keys(summary.itemKeys).filter((k) => /^(kode_etik|disiplin) \d/.test(k))).toEqual([]);
    expect(Object.keys(summary.itemKeys).some((k) => k.startsWith('disiplin '))).toBe(true);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    expect(r.stderr).not.toContain('\r');
  });

  it('prints the summary as a table by default and exits 0 when every line is valid, reading stdin', () => {
    const ok = run(['batch', '-'], `${fixtures.filter(valid).slice(0, 20).join('\n')}\n`);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(20);
    expect(ok.stderr).toMatch(/Records: 20; valid: 20; invalid: 0\./);
    expect(ok.stderr).toMatch(/^\| verdict +\| count \| +share \|$/m);
  });

  it('rejects a usage error with exit 2 and a missing file with exit 3', () => {
    expect(run(['batch']).code).toBe(2);
    expect(run(['batch', join(dir, 'missing.ndjson')]).code).toBe(3);
    expect(run(['batch', file, '--format', 'xml']).code).toBe(2);
  });
});

describe('batch FILE.csv', () => {
  const csv = [
    'reference,actor.employment,actor.cltn,act.kind,act.activeSupport,target.office,target.relation,stage,election,date',
    'true,pns,,attend_declaration_or_campaign,true,,none,calon,,',
    '"R-2, quoted",pns,false,seek_own_candidacy,,bupati,,,pilkada_2024,2024-06-01',
    'R-3,pilot,,party_membership,,,,,,',
    '',
    'R-5,pns,,online_campaign,,dpr',
    'R-6,pns,,install_campaign_props,,bupati,,,pilkada_2024,2024-10-01',
  ].join('\n');
  const file = join(dir, 'few.csv');
  writeFileSync(file, `${csv}\n`);
  const r = run(['batch', file, '--output', 'full']);
  const results = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean });

  it('maps dotted headers to fields, empty cells to absent, true/false to booleans (not in reference)', () => {
    const { line: _l1, ...first } = results[0]!;
    expect(first).toEqual(
      JSON.parse(JSON.stringify(classifySync({ reference: 'true', actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: true }, target: { relation: 'none' }, stage: 'calon' }))),
    );
    const { line: _l2, ...second } = results[1]!;
    expect(second).toEqual(
      JSON.parse(JSON.stringify(classifySync({ reference: 'R-2, quoted', actor: { employment: 'pns', cltn: false }, act: { kind: 'seek_own_candidacy' }, target: { office: 'bupati' }, election: 'pilkada_2024', date: '2024-06-01' }))),
    );
  });

  it('reports invalid rows and rows with the wrong number of cells by line number', () => {
    expect(results.map((x) => [x.line, x.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [6, false],
      [7, true],
    ]);
    expect(r.stderr).toMatch(/^line 4: actor\.employment: /m);
    expect(r.stderr).toMatch(/^line 6: \(input\): Unreadable line: 6 cells where the header has 10/m);
    expect(r.code).toBe(1);
  });
});

describe('batch FILE.csv with prototype keys in the header', () => {
  it('makes them own keys of the incident, reports them by name and pollutes nothing', () => {
    const file = join(dir, 'proto.csv');
    writeFileSync(file, 'actor.employment,act.kind,__proto__.polluted,constructor.prototype.polluted\npns,online_campaign,1,2\n');
    const r = run(['batch', file]);
    expect(r.code).toBe(1);
    expect([...r.stderr.matchAll(/^line (\d+): ([^:]+): /gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['2 __proto__', '2 constructor']);
  });

  it('incidentFromRow sets them as own properties, leaving Object.prototype alone', () => {
    const incident = incidentFromRow(['actor.employment', '__proto__.polluted', 'constructor.prototype.polluted'], ['pns', '1', '2']);
    expect(Object.keys(incident)).toEqual(['actor', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(incident)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

describe('README', () => {
  it('shows the batch summary the CLI prints for the fixture incidents', () => {
    const ndjson = execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'fixtures-ndjson.mjs')], { encoding: 'utf8' });
    expect(ndjson.trim().split('\n')).toHaveLength(loadFixtures().length);
    const r = run(['batch', '-'], ndjson);
    const printed = r.stderr.slice(r.stderr.indexOf('Records:')).trimEnd();
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const shown = /<!-- batch-summary:fixtures -->\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(printed).toMatch(/^Records: \d+; valid: \d+; invalid: \d+\./);
    expect(shown, 'README block is stale: paste the summary of `node scripts/fixtures-ndjson.mjs | node dist/cli.js batch -`').toBe(printed);
    const firstReported = /^line (\d+): ([^:]+): /m.exec(r.stderr);
    const readmeFirst = /reported first as\s+`line (\d+): ([^:]+): /.exec(readme);
    expect(readmeFirst?.slice(1), 'README names another first invalid fixture line than the CLI reports').toEqual(firstReported?.slice(1));
  });
});

describe('the batch summary table', () => {
  // Each table's rows are as wide as one another, so that it reads as a table in a terminal or pasted as Markdown.
  const widths = (table: string) =>
    table
      .split('\n\n')
      .filter((block) => block.startsWith('|'))
      .map((block) => [...new Set(block.trimEnd().split('\n').map((row) => row.length))]);
  it('keeps every table aligned when it has no row', () => {
    const empty = summaryTable(emptySummary());
    expect(empty).toContain('| (none) |');
    expect(widths(empty)).toHaveLength(4);
    for (const block of widths(empty)) expect(block).toHaveLength(1);
  });
  it('keeps every table aligned with rows', () => {
    const summary = emptySummary();
    count(summary, classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }));
    count(summary, undefined);
    for (const block of widths(summaryTable(summary))) expect(block).toHaveLength(1);
  });
});

describe('batch progress bar', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('is drawn on stderr when it is a terminal (run under script(1))', () => {
    const file = join(dir, 'tty.ndjson');
    const line = JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, stage: 'calon' });
    writeFileSync(file, `${Array.from({ length: 8_000 }, () => line).join('\n')}\n`);
    const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} batch ${JSON.stringify(file)} --out ${JSON.stringify(join(dir, 'tty.out'))}`, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\r\[#*\.*\] +\d+% \d+ records, \d+\/s/);
    expect(r.stdout).toMatch(/Records: 8000; valid: 8000; invalid: 0\./);
  }, 30_000);
});

describe('batch record size', () => {
  it('reports an over-long NDJSON line or CSV row by number without parsing it, and goes on', () => {
    const ok = JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' } });
    const ndjson = join(dir, 'long.ndjson');
    writeFileSync(ndjson, `${ok}\n${JSON.stringify({ reference: 'x'.repeat(1_100_000) })}\n${ok}\n`);
    const a = run(['batch', ndjson, '--output', 'full']);
    expect(a.stderr).toMatch(/^line 2: \(input\): Unreadable line: line longer than 1048576 characters$/m);
    expect(a.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number; ok: boolean }).ok)).toEqual([true, false, true]);
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, `actor.employment,act.kind,reference\npns,online_campaign,${'y'.repeat(1_100_000)}\npns,online_campaign,R-3\n`);
    const b = run(['batch', csv]);
    expect(b.stderr).toMatch(/^line 2: \(input\): Unreadable line: line longer than 1048576 characters$/m);
    expect(b.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([2, 3]);
  });
});
