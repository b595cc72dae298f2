// Start-up (issue 12): the built entries load no module from node_modules, and json-rules-engine only once `classify`
// runs, so that a fresh process that classifies once with classifySync pays for the package alone. What each load
// costs is measured by `npm run bench`, never here.
import { execFileSync } from 'node:child_process';
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
