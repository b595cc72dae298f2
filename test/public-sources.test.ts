// Every source the package ships names a public text or page (issue 10): no file of this repository's surroundings
// (`shared/...`) and no section number of the internal legal reference ("ref §n", "update §n") reaches a user.
// Reads the dist/ that `npm test` builds first (pretest); when dist/ is not there (a single file run before any
// build), it builds into a temporary directory instead of writing dist/ under other tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { legalSourcesMarkdown } from '../src/analyst/legal-sources-doc.js';
import { LEGAL_BASES, LEGAL_DOCUMENTS } from '../src/index.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const root = join(import.meta.dirname, '..');
const FORBIDDEN = [/shared\//, /ref §/i, /reference §/i, /update §/i];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const offending = (files: string[], base: string): string[] =>
  files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return FORBIDDEN.flatMap((re) => {
      const m = re.exec(text);
      return m ? [`${relative(base, file)}: ${JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 40))}`] : [];
    });
  });

let distDir = join(root, 'dist');

beforeAll(() => {
  if (existsSync(join(distDir, 'index.js'))) return;
  distDir = mkdtempSync(join(tmpdir(), 'netralitas-dist-'));
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), ['--silent', '--out-dir', distDir], { cwd: root, stdio: 'ignore' });
});

describe('public sources', () => {
  it('no file under dist/ names shared/ or an internal reference section', () => {
    const files = walk(distDir);
    expect(files.length).toBeGreaterThan(0);
    expect(offending(files, distDir)).toEqual([]);
  });

  it('no shipped rule, calendar or law file does either', () => {
    const files = ['law', 'packs'].flatMap((d) => walk(join(root, d)));
    expect(offending(files, root)).toEqual([]);
  });

  it('every document and basis source is a public address or says why there is none', () => {
    const sources = [...Object.values(LEGAL_DOCUMENTS), ...Object.values(LEGAL_BASES)].map((x) => x.source);
    for (const source of sources) {
      for (const re of FORBIDDEN) expect(source, source).not.toMatch(re);
      expect(source, source).toMatch(/https?:\/\/|[a-z0-9-]+\.(?:com|id|co)\b|no public copy named|not seen|not read|address not recorded/);
    }
  });

  it('docs/legal-sources.md is current (npm run docs:sources)', () => {
    expect(readFileSync(join(root, 'docs', 'legal-sources.md'), 'utf8')).toBe(legalSourcesMarkdown());
  });
});
