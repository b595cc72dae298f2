#!/usr/bin/env node
// `npm run bench` (after `npm run build`): bundles bench/bench.ts with esbuild (the benchmark reads internals of
// src/, such as the decision space and the compiled evaluator, that the package does not export) into .tmp/ and runs
// it. The import-time probes inside it load the built package (dist/) through its own name.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'bench.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
process.env.BENCH_ROOT = root;
await import(pathToFileURL(outfile).href);
// Then the tools around the classifier: batch formats and jobs, classify under load, start-up, form bundle.
await import(pathToFileURL(join(root, 'bench', 'cli-bench.mjs')).href);
