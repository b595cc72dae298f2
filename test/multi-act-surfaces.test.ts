// Reports with several acts through the CLI batch (CSV in and out, compact, the summary), the HTTP service and the
// analyst case format (issue 20 part 2).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { parseCases, runCases } from '../src/analyst/case-runner.js';
import { createApp } from '../src/server/app.js';
import { root, runCli, tempDir } from './cli-helpers.js';

const dir = tempDir();
// A PNS, not on CLTN, approached a party as bakal calon (disiplin 3, sedang) and put up a calon's banner (disiplin 1,
// berat): ref §1.4, update §1.3. The second row: two banners, the same item twice in one report.
const csv = [
  'reference,actor.employment,actor.cltn,target.office,acts.0.act.kind,acts.0.act.independentCandidacy,acts.0.stage,acts.1.act.kind,acts.1.stage',
  'R1,pns,false,bupati,seek_own_candidacy,false,bakal_calon,install_campaign_props,calon',
  'R2,pns,false,bupati,install_campaign_props,,calon,install_campaign_props,calon',
  'R3,pns,,bupati,party_membership,,,,',
].join('\n');
const file = join(dir, 'reports.csv');
writeFileSync(file, `${csv}\n`);
const report = {
  reference: 'R1',
  actor: { employment: 'pns', cltn: false },
  target: { office: 'bupati' },
  acts: [
    { act: { kind: 'seek_own_candidacy', independentCandidacy: false }, stage: 'bakal_calon' },
    { act: { kind: 'install_campaign_props' }, stage: 'calon' },
  ],
};

describe('batch: a report with several acts is one CSV row in, one record out', () => {
  it('reads acts.N.* column groups as the list of acts, and answers as classifySync answers the report', () => {
    const r = runCli(['batch', file, '--output', 'full', '--lang', 'en']);
    const first = JSON.parse(r.stdout.split('\n')[0]!) as Record<string, unknown>;
    const { line, ...answer } = first;
    expect(line).toBe(2);
    expect(answer).toEqual(JSON.parse(JSON.stringify(classifySync(report))));
  });
  it('compact: the overall verdict and sanction, and each act', () => {
    const rows = runCli(['batch', file]).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({
      verdict: 'violation',
      sanction: 'berat',
      items: ['disiplin 3.a', 'disiplin 1'],
      acts: [
        { act: 0, kind: 'seek_own_candidacy', verdict: 'violation', sanction: 'sedang', items: ['disiplin 3.a'], missingFacts: [] },
        { act: 1, kind: 'install_campaign_props', verdict: 'violation', sanction: 'berat', items: ['disiplin 1'], missingFacts: [] },
      ],
    });
    // The same item met by two acts is listed once for the report, and each act lists it.
    expect(rows[1]).toMatchObject({ items: ['disiplin 1'], acts: [{ items: ['disiplin 1'] }, { items: ['disiplin 1'] }] });
    // A row with fewer acts leaves the later column group empty: a report of one act.
    expect(rows[2]).toMatchObject({ verdict: 'violation', acts: [{ act: 0, kind: 'party_membership' }] });
  });
  it('csv: each act\'s verdict and items in the items cell, and by their keys in the item keys cell', () => {
    const out = runCli(['batch', file, '--output', 'csv', '--lang', 'en']).stdout.split('\r\n');
    expect(out[1]).toContain(
      ',violation,disiplin,berat,act 1: violation (disiplin 3.a); act 2: violation (disiplin 1),act 1: violation (disiplin pendekatan-partai-politik); act 2: violation (disiplin memasang-alat-peraga-calon),disiplin,',
    );
  });
  it('the summary counts a report once under an item that two of its acts meet', () => {
    const r = runCli(['batch', file, '--summary-json']);
    const summary = JSON.parse(r.stderr.slice(r.stderr.indexOf('{'))) as { records: number; items: Record<string, number>; itemKeys: Record<string, number> };
    expect(summary.records).toBe(3);
    expect(summary.items['disiplin 1']).toBe(2);
    expect(summary.itemKeys['disiplin memasang-alat-peraga-calon']).toBe(2);
  });
});

describe('the service answers a report with several acts', () => {
  it('POST /v1/classify gives the library\'s result for the report', async () => {
    const response = await createApp().request('/v1/classify', { method: 'POST', body: JSON.stringify(report) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(classifySync(report))));
  });
  it('POST /v1/classify names an invalid act by its place in the report', async () => {
    const response = await createApp().request('/v1/classify', { method: 'POST', body: JSON.stringify({ ...report, acts: [report.acts[0], { act: { kind: 'nope' } }] }) });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('acts.1.act.kind');
  });
});

describe('analyst cases of reports with several acts', () => {
  const run = (expect_: unknown) => runCases(parseCases('inline', { name: 'two acts', incident: report, expect: expect_ }).cases)[0]!.differences;
  it('check the overall result and each act\'s', () => {
    expect(run({ verdict: 'violation', sanction: 'berat', acts: [{ items: ['disiplin 3'], sanction: 'sedang' }, { items: ['disiplin 1'] }] })).toEqual([]);
  });
  it('name the act that differs', () => {
    expect(run({ acts: [{ sanction: 'sedang' }, { sanction: 'sedang' }] })).toEqual(['act 2: expected sanction sedang, got berat']);
    expect(run({ acts: [{}] })).toEqual(['expected 1 acts, got 2']);
  });
  it('an act expectation on a single incident is a difference', () => {
    const differences = runCases(parseCases('inline', { name: 'one act', incident: { actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, expect: { acts: [{}] } }).cases)[0]!.differences;
    expect(differences).toEqual(['expected a report with 1 acts, got one act']);
  });
});

describe('README: several acts in one report', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = (name: string): string => {
    const m = new RegExp(`<!-- several-acts:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
    if (!m) throw new Error(`README lacks the block several-acts:${name}`);
    return m[1]!;
  };
  it('the code prints what the README says', () => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const code = join(root, '.tmp', `several-acts-${process.pid}.mts`);
    writeFileSync(code, block('code'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(block('printed'));
    } finally {
      rmSync(code, { force: true });
    }
  });
  it('the bulk import under presumptions prints the summary the README shows', () => {
    const register = join(dir, 'register.csv');
    writeFileSync(register, block('csv'));
    const r = runCli(['batch', register, '--presume', 'relation=none,cltn=false', '--output', 'csv', '--lang', 'en', '--out', join(dir, 'results.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr.slice(r.stderr.indexOf('Records:')).trimEnd()).toBe(block('summary').trimEnd());
    expect(readFileSync(join(dir, 'results.csv'), 'utf8')).toContain(',violation,disiplin,berat,"act 1: violation (disiplin 4, pp_94_2021 5.n.1); act 2: violation (disiplin 6)",');
  });
});
