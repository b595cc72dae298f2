import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The suites that walk the whole decision space (or every day of the law), longest first. Vitest runs the longest files
 * first only once its cache (node_modules/.vite) has their durations; a clean clone (CI) has none, and sorts by file
 * size instead, which put these short files last, so that one of them ran alone on one core at the end. Every name
 * must exist: a renamed suite fails here rather than silently running last again.
 */
const WHOLE_SPACE_SUITES = [
  'decision-space.test.ts',
  'legal-invariants.test.ts',
  'multi-act.test.ts',
  'law-day-spans.test.ts',
  'dist-equality.test.ts',
  'mutation.test.ts',
];
for (const name of WHOLE_SPACE_SUITES) {
  if (!existsSync(join(import.meta.dirname, 'test', name))) throw new Error(`vitest.config.ts: test/${name} does not exist`);
}

/** Vitest's order (failed first, then longest or largest first), with the whole-space suites ahead of every other. */
class WholeSpaceFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = WHOLE_SPACE_SUITES.findIndex((name) => spec.moduleId.endsWith(`/test/${name}`));
      return i < 0 ? WHOLE_SPACE_SUITES.length : i;
    };
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (test/*.test-d.ts): `npm run test:types`; `tsc --noEmit` in the pretest checks them too.
    typecheck: { include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The machine (and CI) is 2 shared cores; the CLI tests spawn processes beside the CPU-heavy suites.
    testTimeout: 30_000,
    // Test files share a worker's module cache instead of each importing the library afresh: the library has no
    // globals and no I/O at import, and the fresh imports cost about a third of the suite's CPU on this machine
    // (whole suite, user+sys CPU: 523 s with --no-isolate on a machine at load 12, against 737 s isolated on a quiet one).
    isolate: false,
    // A worker per core. Vitest's default outside watch mode is one fewer than the cores, which on this 2-core machine
    // (and CI) is one: the whole suite ran on one core (8 min 50 s), against 5 min 58 s with two (both measured in this
    // tree, one after the other, at load 0.6-1.5).
    maxWorkers: availableParallelism(),
    sequence: { sequencer: WholeSpaceFirst },
    // A larger young generation for the workers: the whole-space suites keep every result they have seen (memos of
    // some hundred thousand entries), and with Node's default 16 MB semi-space a third of their time went to copying
    // those survivors between scavenges (legal-invariants' aggravation check: 18.2 s, 13.2 s with 64 MB).
    execArgv: ['--max-semi-space-size=64'],
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
