// The case runner: loads case files (YAML or JSON, one case or a list, directories recursively), names the file, the
// case and the field of a malformed case, and describes a failing case in the law's terms; the same from the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseFiles, runCaseFiles } from '../src/analyst/case-files.js';
import { formatCaseRun, parseCases } from '../src/analyst/case-runner.js';
import { compareOutcome } from '../src/analyst/cases.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { classifyMatchers } from '../src/analyst/matchers.js';

const here = import.meta.dirname;
const bad = join('test', 'cases-bad');
const good = join('test', 'cases-good');
const root = join(here, '..');
const cli = join(root, 'dist', 'cli.js');

describe('compareOutcome', () => {
  it('phrases each difference in the law\'s terms', () => {
    const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'social_media_engagement', engagement: 'like' }, stage: 'bakal_calon' });
    expect(compareOutcome({ items: ['disiplin 6'], sanction: 'berat' }, r)).toEqual([
      'expected disiplin item 6, got kode_etik item 4',
      'expected sanction berat, got sanksi moral',
    ]);
    expect(compareOutcome({ verdict: 'no_violation', items: [] }, r)).toEqual([
      'expected verdict no_violation, got violation',
      'expected no violation item, got kode_etik item 4',
    ]);
  });
});

describe('parseCases', () => {
  it('accepts one case (an object) as well as a list', () => {
    const one = { name: 'D-5', incident: { actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, expect: { items: ['disiplin 5'] } };
    expect(parseCases('a.yaml', one).cases.map((c) => [c.name, c.index])).toEqual([['D-5', 1]]);
    expect(parseCases('a.yaml', [one, { ...one, name: 'again' }]).cases.map((c) => c.index)).toEqual([1, 2]);
  });

  it('rejects an empty file and a duplicate name', () => {
    expect(parseCases('empty.yaml', null).errors).toEqual([
      { file: 'empty.yaml', case: '', field: '', message: 'the file holds no case', text: { id: 'berkas ini tidak berisi kasus', en: 'the file holds no case' } },
    ]);
    const c = { name: 'x', incident: {}, expect: {} };
    expect(parseCases('d.yaml', [c, c]).errors).toEqual([
      { file: 'd.yaml', case: 'x', field: 'name', message: 'duplicate case name in this file', text: { id: 'nama kasus ganda dalam berkas ini', en: 'duplicate case name in this file' } },
    ]);
  });
});

describe('case files', () => {
  const previous = process.cwd();
  const inRoot = <T>(f: () => T): T => {
    process.chdir(root);
    try {
      return f();
    } finally {
      process.chdir(previous);
    }
  };

  it('name the file, the case (by name, else by position) and the field of every malformed case', () => {
    const { errors } = inRoot(() => loadCaseFiles([bad]));
    const malformed = join(bad, 'nested', 'malformed.yaml');
    expect(errors.map((e) => [e.file, e.case, e.field])).toEqual([
      [malformed, 'unknown sanction level', 'expect.sanction'],
      [malformed, '#2', 'name'],
      [malformed, 'item without its list', 'expect.items.0'],
      [join(bad, 'nested', 'unparsable.json'), '', ''],
    ]);
    expect(errors[0]!.message).toBe('Invalid option: expected one of "undetermined"|"sesuai_perjanjian_kerja"|"sanksi_moral"|"sedang"|"berat"|"pemberhentian_dengan_hormat"|"pemberhentian_tidak_dengan_hormat"');
    expect(errors[2]!.message).toBe('expected "<list> <item>" (or KE-n, D-n, or "<list> <item key>"), e.g. "disiplin 6"');
    expect(errors[3]!.message).toMatch(/^not valid JSON: /);
  });

  it('report a failing case per file and name with what differs, and a summary', () => {
    const run = inRoot(() => runCaseFiles([join(bad, 'failing.yaml'), good]));
    expect(run.ok).toBe(false);
    expect([run.passed, run.failed]).toEqual([2, 1]);
    expect(formatCaseRun(run)).toBe(
      [
        join(bad, 'failing.yaml'),
        `  FAIL like on a bakal calon's account expected as disiplin 6 (${join(bad, 'failing.yaml')}:2): expected disiplin item 6, got kode_etik item 4; expected category disiplin, got kode etik; expected sanction berat, got sanksi moral`,
        '2 files, 3 cases: 2 passed, 1 failed',
      ].join('\n'),
    );
  });

  it('report a path that does not exist', () => {
    const run = runCaseFiles([join(here, 'no-such-dir')]);
    expect(run.errors.map((e) => e.message)).toEqual(['no such file or directory']);
    expect(run.ok).toBe(false);
  });

  it('run the fixtures green', () => {
    const run = runCaseFiles([join(root, 'fixtures')]);
    expect(run.errors).toEqual([]);
    expect(run.outcomes.length).toBeGreaterThan(100);
    expect(run.ok, formatCaseRun(run)).toBe(true);
  });
});

describe('toClassifyAs', () => {
  expect.extend(classifyMatchers);
  const like = { actor: { employment: 'pns' }, act: { kind: 'social_media_engagement', engagement: 'like' }, stage: 'calon' };

  it('passes when the outcome matches, and fails with the differences', () => {
    (expect(like) as unknown as { toClassifyAs(e: unknown): void }).toClassifyAs({ verdict: 'violation', items: ['disiplin 6'], sanction: 'berat' });
    const failing = classifyMatchers.toClassifyAs(like, { items: ['kode_etik 4'] });
    expect(failing.pass).toBe(false);
    expect(failing.message()).toBe('expected kode_etik item 4, got disiplin item 6');
    expect(classifyMatchers.toClassifyAs(like, { sanction: 'heavy' }).message()).toMatch(/^invalid expectation: field sanction: /);
  });
});

describe('the built netralitas-asn/testing entry', () => {
  it('runs case files from ESM and CJS', async () => {
    const esm = (await import(join(root, 'dist', 'testing.js'))) as typeof import('../src/analyst/testing.js');
    const cjs = createRequire(import.meta.url)(join(root, 'dist', 'testing.cjs')) as typeof import('../src/analyst/testing.js');
    for (const entry of [esm, cjs]) {
      const run = entry.runCaseFiles([join(root, good)]);
      expect([run.ok, run.passed]).toEqual([true, 1]);
      expect(entry.classifyMatchers.toClassifyAs({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, { items: ['disiplin 5'] }).pass).toBe(true);
    }
  });
});

describe('netralitas-asn test (built CLI)', () => {
  it('exits 0 on the fixtures with a summary line', () => {
    const out = execFileSync(process.execPath, [cli, 'test', '--lang', 'en', 'fixtures'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^\d+ files, \d+ cases: \d+ passed, 0 failed\n$/);
  });

  it('exits 1 and prints the differences and the malformed cases', () => {
    const r = spawnSync(process.execPath, [cli, 'test', '--lang', 'en', bad], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('expected disiplin item 6, got kode_etik item 4; expected category disiplin, got kode etik; expected sanction berat, got sanksi moral');
    expect(r.stdout).toContain('MALFORMED line 5: case "#2": field name: Invalid input: expected string, received undefined');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('3 files, 2 cases: 1 passed, 1 failed, 4 malformed');
  });

  it('exits 2 without a path', () => {
    expect(spawnSync(process.execPath, [cli, 'test'], { cwd: root }).status).toBe(2);
  });
});
