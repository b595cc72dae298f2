import { defineConfig } from 'tsup';
// @ts-expect-error: a plain ESM script without types
import { buildAssets } from './scripts/build-assets.mjs';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', form: 'src/present/form.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // Maps point at src/ without shipping its text (code comments carry reviewers' provenance, not public sources).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // The ES modules keep their dependencies external: a bundler inlines them once for the page (dist/form.browser.js
    // and the form-bundle budget are built from dist/form.js), and inlining them here grew that bundle by ~200 B.
    // The JSON Schema, the labels in each language and the browser bundle of the form entry, from the built entries.
    onSuccess: async () => {
      await buildAssets();
    },
  },
  {
    entry: { index: 'src/index.ts', form: 'src/present/form.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    // Maps point at src/ without shipping its text (code comments carry reviewers' provenance, not public sources).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // CommonJS: zod, date-fns and @noble/hashes are inlined, only the parts the entries use: requiring them from
    // node_modules read 96 files of zod's (every locale, for two) and 304 of date-fns' (for four functions), most of
    // the start-up (issue 12). json-rules-engine stays external, loaded only when `classify` first runs.
    noExternal: ['zod', 'date-fns', '@noble/hashes'],
  },
  {
    entry: { testing: 'src/analyst/testing.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Maps point at src/ without shipping its text (code comments carry reviewers' provenance, not public sources).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    target: 'node20',
    platform: 'node',
  },
  {
    // The HTTP service: its own entry, so that the other entries never load the HTTP framework.
    entry: { server: 'src/server.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Maps point at src/ without shipping its text (code comments carry reviewers' provenance, not public sources).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    // As the library entries: every CLI call and every batch worker starts without resolving zod's files.
    noExternal: ['zod', 'date-fns', '@noble/hashes'],
    sourcemap: true,
    // Maps point at src/ without shipping its text (code comments carry reviewers' provenance, not public sources).
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    target: 'node20',
    platform: 'node',
  },
]);
