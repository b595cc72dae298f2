import { defineConfig } from 'tsup';
// @ts-expect-error: a plain ESM script without types
import { buildAssets } from './scripts/build-assets.mjs';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', form: 'src/present/form.ts' },
    format: ['esm', 'cjs'],
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
    // zod, date-fns and @noble/hashes are inlined, only the parts the entries use: loading them from node_modules cost
    // most of the start-up (module resolution of some 150 files of zod's, all of date-fns and every zod locale for
    // two; issue 12). json-rules-engine stays external, loaded only when `classify` first runs.
    noExternal: ['zod', 'date-fns', '@noble/hashes'],
    // The JSON Schema, the labels in each language and the browser bundle of the form entry, from the built entries.
    onSuccess: async () => {
      await buildAssets();
    },
  },
  {
    entry: { testing: 'src/analyst/testing.ts' },
    format: ['esm', 'cjs'],
    // import.meta.url in the CJS build (law/yaml-on-demand.ts loads yaml from beside the package).
    shims: true,
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
    // import.meta.url in the CJS build (law/yaml-on-demand.ts loads yaml from beside the package).
    shims: true,
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
