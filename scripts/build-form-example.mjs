// Puts the package's browser bundle (dist/form.browser.js, written at build time by scripts/build-assets.mjs) beside
// the static demo form as examples/form/netralitas-asn-form.js, which app.js imports as an ES module. Generated, not
// committed. Usage: npm run build && node scripts/build-form-example.mjs
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Copies the browser bundle into the demo folder and returns its path. */
export async function buildFormExample() {
  const bundle = join(root, 'dist', 'form.browser.js');
  if (!existsSync(bundle)) throw new Error('dist/form.browser.js is missing: run `npm run build` first');
  const outfile = join(root, 'examples', 'form', 'netralitas-asn-form.js');
  copyFileSync(bundle, outfile);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildFormExample());
}
