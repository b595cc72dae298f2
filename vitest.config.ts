import { defineConfig } from 'vitest/config';

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
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
