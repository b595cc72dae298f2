// The published package: `npm pack` ships the built code, the rule and calendar files, README and LICENSE, and nothing
// else (no sources, tests or fixtures); publint and @arethetypeswrong/cli find no problem in the tarball.
// Uses the dist/ that `npm test` builds first (pretest), so packing skips the prepack build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// These tests spawn node processes; the machine is shared, so allow for load.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  main: string;
  module: string;
  types: string;
};

let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'netralitas-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  tarball = join(dir, info.filename);
  files = info.files.map((f) => f.path).sort();
}, 60_000);

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^law\/([a-z0-9-]+\.json|data-hash\.mjs)$/,
  /^packs\/index\.json$/,
  /^packs\/(national|regions\/[a-z0-9-]+|elections\/[a-z0-9-]+)\/(pack|legal-bases|sanctions|tracks)\.json$/,
  /^packs\/(national|regions\/[a-z0-9-]+|elections\/[a-z0-9-]+)\/(rules|elections)\/[a-z0-9-]+\.json$/,
  /^packs\/what-if\/[a-z0-9-]+\.json$/,
  /^dist\/(index|form|testing|server|cli|batch-worker|chunk-[A-Za-z0-9_-]+|form-[A-Za-z0-9_-]+|[a-z]+-command-[A-Za-z0-9_-]+)\.(js|cjs|d\.ts|d\.cts)(\.map)?$/,
  /^dist\/(incident\.schema\.json|labels\.(id|en)\.json|form\.browser\.js)$/,
];

describe('npm pack', () => {
  it('ships only the built code, the data files, README and LICENSE', () => {
    expect(files.filter((f) => !ALLOWED.some((re) => re.test(f)))).toEqual([]);
    expect(files.filter((f) => /(^|\/)tests?\/|\.test\.|fixture|^src\/|generated|\.tmp|\.ts$(?<!\.d\.ts)/.test(f) && !/\.d\.c?ts$/.test(f))).toEqual([]);
  });

  it('ships every built-in pack file (rules, calendars, registry), the law parameters, README and LICENSE', () => {
    const under = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? under(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    for (const f of [...under('packs'), ...under('law')].filter((x) => x.endsWith('.json'))) expect(files).toContain(f);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'packs/index.json', 'law/data-hash.mjs', 'dist/batch-worker.js']));
  });

  it('ships every file package.json points to', () => {
    const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
    // Every path under the conditions, however deep (`{ import: { types, default } }` or `{ types, default }`).
    const paths = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as object).flatMap(paths));
    for (const entry of Object.values(pkg.exports)) targets.push(...paths(entry));
    for (const target of targets.filter((x) => x !== './package.json')) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  it('runs no install script on files it does not ship', () => {
    // npm runs these on install (prepare: on install from git or a folder); each file they run must be in the tarball.
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as { scripts?: Record<string, string> };
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare'].map((name) => [name, packed.scripts?.[name]] as const);
    for (const [name, script] of lifecycle) {
      for (const path of script?.match(/[\w./-]+\.(?:m?js|cjs|ts|mts|sh)\b/g) ?? []) expect(files, `${name}: ${script}`).toContain(path.replace(/^\.\//, ''));
    }
  });

  it('passes publint (strict: warnings fail too)', () => {
    const r = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('All good');
    expect(r.status).toBe(0);
  }, 60_000);

  it('passes @arethetypeswrong/cli for ESM, CJS and node10 resolution', () => {
    // The shipped files (JSON Schema, labels, browser bundle) are files for node16/bundler resolution and browsers, not
    // module entries for node10 or require(): test/package-assets.test.ts checks them.
    const assets = ['form.browser.js', 'incident.schema.json', 'labels/id.json', 'labels/en.json'];
    const r = spawnSync(bin('attw'), [tarball, '--format', 'json', '--exclude-entrypoints', ...assets], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(r.stdout) as { problems: Record<string, unknown>; analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './form', './package.json', './server', './testing']);
    expect(report.analysis.problems).toEqual([]);
    expect(report.problems).toEqual({});
    expect(r.status).toBe(0);
  }, 60_000);
});
