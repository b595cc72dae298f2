// Start-up (issue 12): the built entries load no module from node_modules, and json-rules-engine only once `classify`
// runs, so that a fresh process that classifies once with classifySync pays for the package alone. What each load
// costs is measured by `npm run bench`, never here.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, election: 'pilkada_2024', date: '2024-10-01' };

/** The modules a fresh CommonJS process has loaded (require.cache) after `body`, and what `body` printed first. */
function loadedAfter(body: string): { modules: string[]; printed: unknown } {
  const script = `
    (async () => {
      const printed = await (async () => { ${body} })();
      console.log(JSON.stringify({ modules: Object.keys(require.cache), printed }));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { modules: string[]; printed: unknown };
}

describe('start-up of the built entries', () => {
  for (const entry of ['form.cjs', 'index.cjs']) {
    it(`${entry}: loading it and classifying once with classifySync loads nothing but the entry`, { timeout: 30_000 }, () => {
      const { modules, printed } = loadedAfter(`return require(${JSON.stringify(join(dist, entry))}).classifySync(${JSON.stringify(incident)}).verdict;`);
      expect(printed).toBe('violation');
      expect(modules).toEqual([join(dist, entry)]);
    });
  }

  it('index.cjs: classify loads json-rules-engine when it first runs, and gives the result classifySync gives', { timeout: 30_000 }, () => {
    const { modules, printed } = loadedAfter(`
      const lib = require(${JSON.stringify(join(dist, 'index.cjs'))});
      const before = Object.keys(require.cache).some((m) => m.includes('json-rules-engine'));
      const [a, b] = await Promise.all([lib.classify(${JSON.stringify(incident)}), lib.classify(${JSON.stringify(incident)})]);
      return { before, same: JSON.stringify(a) === JSON.stringify(lib.classifySync(${JSON.stringify(incident)})) && JSON.stringify(a) === JSON.stringify(b) };`);
    expect(printed).toEqual({ before: false, same: true });
    expect(modules.some((m) => m.includes(join('node_modules', 'json-rules-engine')))).toBe(true);
  });
});

/** The packages (under node_modules) a CLI call has loaded by its exit, seen through require.cache. */
function packagesLoadedBy(args: readonly string[], input?: string): string[] {
  const report = `process.on('exit', () => require('node:fs').writeSync(3, JSON.stringify(Object.keys(require.cache))));`;
  const run = spawnSync(process.execPath, ['-e', `${report} require('node:module').runMain();`, join(dist, 'cli.js'), ...args], {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  const loaded = JSON.parse(String(run.output[3])) as string[];
  return [...new Set(loaded.flatMap((m) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(m)?.[1] ?? []))].sort();
}

describe('start-up of the CLI: a call loads what its command uses, and no more', () => {
  const json = JSON.stringify(incident);
  it('--version and classify of a JSON incident load no package (yaml is read only when a YAML text needs it)', { timeout: 30_000 }, () => {
    expect(packagesLoadedBy(['--version'])).toEqual([]);
    expect(packagesLoadedBy(['classify', '-'], json)).toEqual([]);
  });

  it('classify of a YAML incident loads yaml (the probe above sees a package when one is loaded)', { timeout: 30_000 }, () => {
    expect(packagesLoadedBy(['classify', '-'], 'actor: {employment: pns}\nact: {kind: party_membership}\n')).toContain('yaml');
  });

  it('a JSON batch line with a repeated key loads yaml, to name the key (the message itself: cli-input.test.ts)', { timeout: 30_000 }, () => {
    expect(packagesLoadedBy(['batch', '-'], `${json}\n`)).not.toContain('yaml');
    expect(packagesLoadedBy(['batch', '-'], '{"actor":{"employment":"tni","employment":"pns"},"act":{"kind":"party_membership"}}\n')).toContain('yaml');
  });
});
