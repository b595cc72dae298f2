import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machine (and CI) is 2 shared cores; the CLI tests spawn processes beside the CPU-heavy suites.
    testTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
