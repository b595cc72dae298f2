// The built package (dist/, built by `npm test`'s pretest step with tsup) works as ESM and as CJS, with types.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify as fromSource } from '../src/index.js';

const dist = join(import.meta.dirname, '..', 'dist');
const incident = { actor: { employment: 'pns' }, act: { kind: 'seek_own_candidacy', independentCandidacy: false }, actorNote: undefined, target: { office: 'dpr' } };
const { actorNote: _drop, ...valid } = incident;

describe('dist', () => {
  it('has ESM, CJS and both declaration files', () => {
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(existsSync(join(dist, f)), f).toBe(true);
  });

  it('ESM and CJS builds give the same result as the source', async () => {
    const esm = (await import(join(dist, 'index.js'))) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof import('../src/index.js');
    const expected = await fromSource(valid);
    expect(await esm.classify(valid)).toEqual(expected);
    expect(await cjs.classify(valid)).toEqual(expected);
    expect(expected.ok && expected.missingFacts.map((m) => m.fact)).toEqual(['cltn', 'resigned', 'stage']) // a DPR candidacy with no stage: a calon must also have resigned (UU 20/2023 Pasal 59(3));
  });
});
