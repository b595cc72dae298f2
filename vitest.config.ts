import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (test/*.test-d.ts): `npm run test:types`; `tsc --noEmit` in the pretest checks them too.
    typecheck: { include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The machine (and CI) is 2 shared cores; the CLI tests spawn processes beside the CPU-heavy suites.
    testTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
