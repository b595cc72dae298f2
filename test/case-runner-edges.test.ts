// The case runner at its edges: nothing to run is a failure, special files are skipped with a warning, a bad file
// (dangling symlink, unreadable, too large) is named and counted while the others still run, and the size of a case
// file is capped with an option to raise the cap.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadCaseFiles, runCaseFiles } from '../src/analyst/case-files.js';
import { asNobody, runCli, tempDir } from './cli-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = tempDir();
const good = 'name: D-5\nincident: { actor: { employment: pns }, act: { kind: party_membership } }\nexpect: { items: [disiplin 5] }\n';

describe('netralitas-asn test at its edges', () => {
  it('fails on a directory without case files, saying there is nothing to run', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), 'not a case');
    const r = runCli(['test', '--lang', 'en', empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no case file \(\.yaml, \.yml, \.json\) to run/);
    expect(runCaseFiles([empty]).ok).toBe(false);
  });

  it('skips a FIFO named *.yaml with a warning instead of hanging, and runs the rest', () => {
    const cases = join(dir, 'with-fifo');
    mkdirSync(cases);
    writeFileSync(join(cases, 'good.yaml'), good);
    execFileSync('mkfifo', [join(cases, 'pipe.yaml')]);
    const r = runCli(['test', '--lang', 'en', cases], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*pipe\.yaml: skipped, it is a FIFO, not a file$/m);
    expect(r.stdout).toMatch(/1 file, 1 case: 1 passed, 0 failed/);
  });

  it('names a dangling symlink and an unreadable file as errors, and still runs the good files', () => {
    const cases = join(dir, 'with-bad');
    mkdirSync(cases);
    writeFileSync(join(cases, 'good.yaml'), good);
    symlinkSync(join(cases, 'gone.yaml'), join(cases, 'dangling.yaml'));
    writeFileSync(join(cases, 'secret.yaml'), good);
    chmodSync(join(cases, 'secret.yaml'), 0o000);
    const r = runCli(['test', '--lang', 'en', cases, join(cases, 'good.yaml')], asNobody);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dangling\.yaml\n {2}MALFORMED a symbolic link to a file that does not exist/);
    if (asNobody.uid !== undefined) expect(r.stdout).toMatch(/secret\.yaml\n {2}MALFORMED permission denied \(EACCES\)/);
    expect(r.stdout).toMatch(/2 passed, 0 failed, \d malformed$/m);
  });

  it('caps the size of a case file with a clear message, and --max-file-size raises the cap', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(5 * 1024 * 1024)}\n${good}`);
    const capped = runCli(['test', '--lang', 'en', big]);
    expect(capped.code).toBe(1);
    expect(capped.stdout).toMatch(/big\.yaml\n {2}MALFORMED is \d+ bytes, over the limit of 4194304 bytes for a case file \(raise it with --max-file-size\)/);
    const raised = runCli(['test', '--lang', 'en', big, '--max-file-size', '8M']);
    expect(raised.code, raised.stdout).toBe(0);
    expect(loadCaseFiles([big], { maxFileBytes: 1024 }).errors.map((e) => e.file)).toEqual([big]);
  });
});
