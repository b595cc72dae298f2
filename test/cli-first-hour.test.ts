// Issue 15, a user's first hour with the built CLI (dist/cli.js): `--version`, `list`, `table --act`, `classify -`,
// `;`-separated CSV and Indonesian validation messages as informative as the English ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { csvDelimiter } from '../src/batch/input.js';
import { defaultLaw, loadRules } from '../src/law/law.js';
import { ACT_KINDS, classifySync, ELECTIONS, LEGAL_BASES, VALUE_LABELS } from '../src/index.js';
import { root, runCli, tempDir } from './cli-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('--version', () => {
  it('prints the package version and exits 0', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(runCli(['--help']).stdout).toContain('--version');
  });
});

describe('list acts|items|bases|elections', () => {
  const rows = (what: string, ...flags: string[]) => {
    const r = runCli(['list', what, ...flags]);
    expect(r.code, r.stderr).toBe(0);
    return new Map(r.stdout.trimEnd().split('\n').map((l) => l.split('\t') as [string, string]));
  };

  it('lists every act kind with its Indonesian label, or English with --lang en', () => {
    const id = rows('acts');
    expect([...id.keys()]).toEqual([...ACT_KINDS]);
    for (const kind of ACT_KINDS) expect(id.get(kind)).toBe(VALUE_LABELS.actKind[kind].id);
    const en = rows('acts', '--lang', 'en');
    for (const kind of ACT_KINDS) expect(en.get(kind)).toBe(VALUE_LABELS.actKind[kind].en);
  });

  it('lists every item a rule cites, as in the items of batch output, with a label in each language', () => {
    const cited = new Set(loadRules().rules.flatMap((r) => ('list' in r.event.params ? [`${r.event.params.list} ${String(r.event.params.item)}`] : [])));
    const id = rows('items');
    const en = rows('items', '--lang', 'en');
    expect(new Set(id.keys())).toEqual(cited);
    expect(new Set(en.keys())).toEqual(cited);
    expect(id.get('disiplin 1')).toBe(LEGAL_BASES['skb-2022/d-1'].quote);
    for (const [item, label] of en) expect(label, item).not.toBe('');
  });

  it('gives each SKB item its descriptive key in a third column, and no key to items of lists without keys', () => {
    // update-2026-12 §1.2, consequence 1: item numbers are not stable identifiers; the keys are the national pack's itemKeys.
    const r = runCli(['list', 'items']);
    const third = new Map(r.stdout.trimEnd().split('\n').map((l) => l.split('\t')).map((c) => [c[0]!, c[2]] as const));
    const law = defaultLaw();
    for (const [item, key] of third) {
      const [list, number] = item.split(' ') as [string, string];
      expect(key, item).toBe(law.itemKeys[list]?.[number]);
    }
    expect(third.get('disiplin 1')).toBe('memasang-alat-peraga-calon');
    expect(third.get('pp_94_2021 5.n.1')).toBeUndefined();
  });

  it('lists every legal basis id and every election', () => {
    const bases = rows('bases');
    expect([...bases.keys()]).toEqual(Object.keys(LEGAL_BASES));
    expect(bases.get('pp-94-2021/p14-i')).toContain('Pasal 14 huruf i');
    const elections = rows('elections', '--lang', 'en');
    expect([...elections.keys()]).toEqual([...ELECTIONS]);
    for (const [e, title] of elections) expect(title, e).toBe(VALUE_LABELS.election[e as (typeof ELECTIONS)[number]].en);
  });

  it('rejects an unknown listing or language with exit 2, and is in --help', () => {
    expect(runCli(['list', 'sanctions']).code).toBe(2);
    expect(runCli(['list']).code).toBe(2);
    expect(runCli(['list', 'acts', '--lang', 'fr']).code).toBe(2);
    expect(runCli(['--help']).stdout).toContain('list acts|items|bases|elections');
  });
});

describe('table --act KIND', () => {
  const table = readFileSync(join(root, 'docs', 'decision-table.csv'), 'utf8').split('\n');

  it('writes exactly the rows of the reviewed table for that act, and audits them clean', () => {
    for (const act of ['attend_declaration_or_campaign', 'party_membership']) {
      const r = runCli(['table', '--act', act]);
      expect(r.code, r.stderr).toBe(0);
      const expected = [table[0], ...table.filter((l) => l.startsWith(`${act},`))];
      expect(expected.length).toBeGreaterThan(2);
      expect(r.stdout.trimEnd().split('\n')).toEqual(expected);
      expect(r.stderr).toMatch(new RegExp(`^${expected.length - 1} rows\\nnever_fires: 0\\n`));
      expect(r.stderr).not.toMatch(/UNEXPLAINED|STALE/);
    }
  });

  it('gives Markdown with only that act, and rejects an unknown act with exit 2', () => {
    const md = runCli(['table', '--act', 'party_membership', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^## .*/gm)).toEqual(['## party_membership']);
    const bad = runCli(['table', '--act', 'partying']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown act kind partying');
    expect(runCli(['table', '--help']).stdout).toContain('--act');
  });
});

describe('classify -', () => {
  const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };

  it('reads the incident from stdin, as JSON or YAML, to the result of the library', () => {
    const expected = classifySync(incident);
    const json = runCli(['classify', '-'], { input: JSON.stringify(incident) });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(expected);
    const yaml = runCli(['classify', '-'], { input: 'actor: { employment: pns }\nact:\n  kind: install_campaign_props\ntarget: { office: bupati }\nstage: calon\n' });
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(JSON.parse(yaml.stdout)).toEqual(expected);
  });

  it('refuses a repeated JSON key and invalid UTF-8 on stdin with exit 3, naming stdin', () => {
    const dup = runCli(['classify', '-'], { input: '{"actor":{"employment":"pns"},"actor":{}}' });
    expect(dup.code).toBe(3);
    expect(dup.stderr).toBe('stdin: duplicate key "actor"\n');
    const bytes = runCli(['classify', '-'], { input: Buffer.from([0x7b, 0xff, 0x7d]) });
    expect(bytes.code).toBe(3);
    expect(bytes.stderr).toMatch(/^stdin: /);
    expect(runCli(['classify', '--help']).stdout).toContain('classify FILE|-');
  });
});

describe('batch FILE.csv separated by ;', () => {
  const comma = [
    'reference,actor.employment,act.kind,act.activeSupport,target.office,stage',
    'R-1,pns,party_membership,,,',
    '"R,2",pilot,party_membership,,,',
    '"R;3",pns,attend_declaration_or_campaign,true,bupati,calon',
    'R-4,pns,install_campaign_props,,gubernur',
  ];
  const semicolon = comma.map((l) => l.replace(/("[^"]*")|,/g, (m, q: string | undefined) => q ?? ';'));

  it('detects ; from the header line (as a spreadsheet in an Indonesian locale writes it) and reads the same records as with ,', () => {
    expect(semicolon[3]).toBe('"R;3";pns;attend_declaration_or_campaign;true;bupati;calon');
    const dir = tempDir();
    writeFileSync(join(dir, 'comma.csv'), `${comma.join('\n')}\n`);
    // Excel: byte-order mark, CRLF, and here a blank line before the header.
    writeFileSync(join(dir, 'semicolon.csv'), `\uFEFF\r\n${semicolon.join('\r\n')}\r\n`);
    const a = runCli(['batch', join(dir, 'comma.csv')]);
    const b = runCli(['batch', join(dir, 'semicolon.csv')]);
    expect(a.code).toBe(1);
    const lines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; reference?: string });
    const ra = lines(a.stdout);
    const rb = lines(b.stdout);
    expect(ra.map((r) => [r.ok, r.reference])).toEqual([[true, 'R-1'], [false, undefined], [true, 'R;3'], [false, undefined]]);
    // The same answers, one line further down (the blank line before the header).
    expect(rb.map(({ line, ...rest }) => [line - 1, rest])).toEqual(ra.map(({ line, ...rest }) => [line, rest]));
    expect(b.code).toBe(1);
  });

  it('csvDelimiter counts separators outside quotes only', () => {
    expect(csvDelimiter('actor.employment;act.kind')).toBe(';');
    expect(csvDelimiter('actor.employment,act.kind')).toBe(',');
    expect(csvDelimiter('"a;b;c",act.kind')).toBe(',');
    expect(csvDelimiter('act.kind')).toBe(',');
  });
});
