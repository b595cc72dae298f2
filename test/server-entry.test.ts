// The HTTP framework stays in the server entry: the built `netralitas-asn` and `netralitas-asn/form` (ESM and CJS)
// neither import Hono nor load it, while `netralitas-asn/server` does.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const dist = join(import.meta.dirname, '..', 'dist');
const FRAMEWORK = /node_modules\/(hono|@hono\/node-server)\//;

/** The files an entry reaches by static and dynamic imports, as esbuild resolves them for Node. */
async function reached(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [join(dist, entry)], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

/** The modules in require.cache after requiring a CJS entry in a fresh process. */
function requireCache(entry: string): string[] {
  const script = `require(${JSON.stringify(join(dist, entry))}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[];
}

describe('the HTTP framework is only in the server entry', () => {
  it.each(['index.js', 'form.js'])('%s imports no module of Hono, statically or dynamically', async (entry) => {
    const inputs = await reached(entry);
    // The entry's shared chunk is reached (zod and the other dependencies are inlined into it since issue 12).
    expect(inputs.some((p) => /dist\/chunk-[^/]+\.js$/.test(p))).toBe(true);
    expect(inputs.filter((p) => FRAMEWORK.test(p))).toEqual([]);
  });

  it.each(['index.cjs', 'form.cjs'])('requiring %s loads no module of Hono', (entry) => {
    const cache = requireCache(entry);
    expect(cache.some((p) => p.includes(`${join('dist', entry)}`))).toBe(true);
    expect(cache.filter((p) => FRAMEWORK.test(p))).toEqual([]);
  });

  it('server.js and server.cjs do load it (so the checks above can fail)', async () => {
    expect((await reached('server.js')).some((p) => FRAMEWORK.test(p))).toBe(true);
    expect(requireCache('server.cjs').some((p) => FRAMEWORK.test(p))).toBe(true);
  });
});
