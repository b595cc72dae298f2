// Issue 15, a user's first hour with the built CLI (dist/cli.js): `--version`, `list`, `table --act`, `classify -`,
// `;`-separated CSV and Indonesian validation messages as informative as the English ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { root, runCli } from './cli-helpers.js';

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
