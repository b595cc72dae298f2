// The README's quick start, for each of the users issue 15 names, works as written: the TypeScript and form code runs
// against the built package (imported by its name) and prints what its comments say; the analyst's shell lines run
// with the built CLI in place of `npx netralitas-asn`. (The PHP lines need php, which the test machine lacks; the same
// line-by-line protocol is tested in test/batch-stream.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from './cli-helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));

/** The fenced block after a `<!-- quick-start:NAME -->` marker. */
const block = (name: string): string => {
  const m = new RegExp(`<!-- quick-start:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  expect(m, `README lacks the quick-start block ${name}`).not.toBeNull();
  return m![1]!;
};

/** Runs TypeScript that imports the package by its name (resolved to dist/ by the package's own exports). */
const runTs = (code: string) => {
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `quick-start-${process.pid}-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(file, code);
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  } finally {
    rmSync(file, { force: true });
  }
};

describe('README quick start', () => {
  it('comes right after the two commands, with one part for each user', () => {
    expect(readme.startsWith('# netralitas-asn\n\n```sh\nnpm ci && npm run example')).toBe(true);
    expect(readme.indexOf('## Quick start')).toBeLessThan(readme.indexOf('## Use'));
    for (const who of ['A TypeScript developer', 'A policy analyst', 'A developer embedding the form', 'A PHP']) expect(quickStart).toContain(`**${who}`);
  });

  it('the TypeScript developer: prints what the comment says', { timeout: 60_000 }, () => {
    const code = block('ts');
    const r = runTs(code);
    expect(r.status, r.stderr).toBe(0);
    const promised = /\n\/\/ (.+)\n$/.exec(code)![1]!;
    expect(r.stdout.trim()).toBe(promised);
  });

  it('the form developer: runs against netralitas-asn/form', { timeout: 60_000 }, () => {
    const r = runTs(block('form'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('true object');
    expect(r.stdout).toMatch(/^act\.activeSupport /);
  });

  it('the analyst: the case file passes, and list and table run', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const script = block('analyst').replaceAll('npx netralitas-asn', `"${process.execPath}" "${cli}"`);
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', timeout: 110_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 berkas, 1 kasus: 1 lulus, 0 gagal');
    expect(r.stdout).toContain('social_media_engagement');
  });
});
