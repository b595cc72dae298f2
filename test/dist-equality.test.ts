// The built files (dist/, built by `npm test`'s pretest step) classify exactly as the source: ESM and CJS of the main
// entry (classify and classifySync) and of the form entry (classifySync only). Each is compared with the source's
// classifySync, which test/equality.test.ts (the fixtures) and test/decision-space.test.ts (every point) prove equal to
// the source's classify: running json-rules-engine a third time here would prove nothing more.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { loadFixtures } from './fixture-files.js';

type Main = typeof import('../src/index.js');
type Form = typeof import('../src/present/form.js');

const dist = join(import.meta.dirname, '..', 'dist');
const require = createRequire(import.meta.url);

/** The fixtures, and every 13th point of the decision space (some 740 incidents). */
const inputs: unknown[] = [
  ...loadFixtures().map((c) => c.incident),
  ...[...enumerateDecisionSpace()].filter((_, i) => i % 13 === 0).map((p) => incidentFromFacts(p.facts)),
];

describe('dist equals source', () => {
  // About 17 s on a quiet machine (24 s while it also ran the source's classify); 68-101 s were seen with other suites on the same two cores, so the limit is generous:
  // it bounds a hang, it does not time the code.
  it('ESM and CJS of "." and "./form" give the source\'s result on fixtures and a sample of the decision space', { timeout: 300_000 }, async () => {
    const mainEsm = (await import(join(dist, 'index.js'))) as Main;
    const mainCjs = require(join(dist, 'index.cjs')) as Main;
    const formEsm = (await import(join(dist, 'form.js'))) as Form;
    const formCjs = require(join(dist, 'form.cjs')) as Form;
    expect('classify' in formEsm || 'classify' in formCjs).toBe(false);

    const verdicts = new Set<string>();
    for (const input of inputs) {
      const expected = JSON.stringify(classifySync(input));
      const got = {
        'index.js classify': await mainEsm.classify(input),
        'index.cjs classify': await mainCjs.classify(input),
        'index.js classifySync': mainEsm.classifySync(input),
        'index.cjs classifySync': mainCjs.classifySync(input),
        'form.js classifySync': formEsm.classifySync(input),
        'form.cjs classifySync': formCjs.classifySync(input),
      };
      for (const [build, result] of Object.entries(got)) {
        if (JSON.stringify(result) !== expected) expect({ build, result }).toStrictEqual({ build, result: JSON.parse(expected) });
      }
      const r = got['form.js classifySync'];
      verdicts.add(r.ok ? r.verdict : 'invalid');
    }
    expect([...verdicts].sort()).toEqual(['invalid', 'needs_information', 'no_violation', 'out_of_scope', 'violation']);
  });
});
