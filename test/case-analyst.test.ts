// What an analyst writing case files by hand needs (issue 15): a failing case named with its file and line, item names
// as analysts say them (KE-4, D-6, kode etik 4), a typo in an incident's field or value answered with "did you mean"
// and the valid values, and the messages in Bahasa Indonesia as well (`netralitas-asn test --lang id`, the default).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaseFiles, formatCaseRun, parseCases, loadCaseFiles } from '../src/analyst/testing.js';
import { didYouMean, normaliseItem } from '../src/analyst/case-hints.js';
import { cli } from './cli-helpers.js';

const file = join(import.meta.dirname, 'cases-analyst', 'typos.yaml');

describe('item names as analysts write them', () => {
  it('KE-n, D-n, kode etik n, Kode_Etik n read as the library items', () => {
    expect(['KE-4', 'ke 4', 'KE4', 'kode etik 4', 'Kode Etik 4', 'kode_etik 4', 'kode-etik 4'].map(normaliseItem)).toEqual(Array(7).fill('kode_etik 4'));
    expect(['D-6', 'd6', 'Disiplin 6', 'disiplin 6'].map(normaliseItem)).toEqual(Array(4).fill('disiplin 6'));
    expect(normaliseItem('pp_94_2021 5.n.6')).toBe('pp_94_2021 5.n.6');
    const { cases, errors } = parseCases('inline', { name: 'x', incident: {}, expect: { items: ['KE-4'], exemptions: ['D-7'], alternatives: ['kode etik 7'] } });
    expect(errors).toEqual([]);
    expect(cases[0]!.expect).toMatchObject({ items: ['kode_etik 4'], exemptions: ['disiplin 7'], alternatives: ['kode_etik 7'] });
  });

  it('pass in a case file', () => {
    const run = runCaseFiles([file]);
    expect(run.outcomes.slice(0, 2).map((o) => o.differences)).toEqual([[], []]);
  });
});

describe('a failing case names its file and line', () => {
  it('the outcome carries the line where the case starts, and the report prints file:line', () => {
    const run = runCaseFiles([file]);
    expect(run.outcomes.map((o) => o.line)).toEqual([2, 6, 10, 14, 20]);
    const text = formatCaseRun(run);
    expect(text).toContain(`FAIL party membership, kode etik spelt with a space (deliberately wrong item) (${file}:10): expected kode_etik item 4, got disiplin item 5`);
  });

  it('a malformed case names its line and field', () => {
    const { errors } = loadCaseFiles([join(import.meta.dirname, 'cases-bad', 'nested', 'malformed.yaml')]);
    expect(errors.every((e) => typeof e.line === 'number' && e.line > 0)).toBe(true);
    expect(errors[0]!.field).toBe('expect.sanction');
  });

  it('JSON case files too', () => {
    const run = runCaseFiles([join(import.meta.dirname, 'cases-good', 'd-5.json')]);
    expect(run.outcomes[0]!.line).toBeGreaterThan(0);
  });
});

describe('a typo in an incident', () => {
  it('did you mean, with the valid fields or values', () => {
    const run = runCaseFiles([file]);
    const [field, value] = run.outcomes.slice(3).map((o) => o.differences.join('; '));
    expect(field).toContain('actor.employmnt: unknown field; did you mean employment?');
    expect(value).toContain("actor.employment: 'pnss' is not a valid value; did you mean 'pns'? Valid values: pns, cpns, pppk");
    expect(value).toContain("act.kind: 'party_membrship' is not a valid value; did you mean 'party_membership'?");
    expect(didYouMean('zzzz', ['pns', 'cpns'])).toBeUndefined();
  });
});

describe('netralitas-asn test in Bahasa Indonesia (the default) and English', () => {
  it('prints the differences and the summary in the language asked', () => {
    const id = spawnSync(process.execPath, [cli, 'test', file], { encoding: 'utf8' });
    expect(id.status).toBe(1);
    expect(id.stdout).toContain(`GAGAL party membership, kode etik spelt with a space (deliberately wrong item) (${file}:10): diharapkan kode_etik butir 4, didapat disiplin butir 5`);
    expect(id.stdout).toContain("actor.employment: 'pnss' bukan nilai yang sah; maksud Anda 'pns'?");
    expect(id.stdout.trim().split('\n').at(-1)).toBe('1 berkas, 5 kasus: 2 lulus, 3 gagal');
    const en = spawnSync(process.execPath, [cli, 'test', '--lang', 'en', file], { encoding: 'utf8' });
    expect(en.stdout.trim().split('\n').at(-1)).toBe('1 file, 5 cases: 2 passed, 3 failed');
    expect(spawnSync(process.execPath, [cli, 'test', '--lang', 'fr', file]).status).toBe(2);
  });
});
