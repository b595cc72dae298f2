// Bundles the package's browser entry (dist/form.js, built by tsup) with its dependencies into one IIFE script for the
// static demo form: examples/form/netralitas-asn-form.js, global `NetralitasAsn`. Generated, not committed.
// Usage: npm run build && node scripts/build-form-example.mjs
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the demo bundle and returns its path. */
export async function buildFormExample() {
  const entry = join(root, 'dist', 'form.js');
  if (!existsSync(entry)) throw new Error('dist/form.js is missing: run `npm run build` first');
  const outfile = join(root, 'examples', 'form', 'netralitas-asn-form.js');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'NetralitasAsn',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildFormExample());
}
