// Files the package ships beside its code, written from the built entries at build time (tsup's onSuccess, and
// `node scripts/build-assets.mjs` after a build):
// - dist/incident.schema.json: the incident JSON Schema, `incidentJsonSchema` as the library returns it;
// - dist/labels.id.json, dist/labels.en.json: every label in one language, `labelsIn('id')` and `labelsIn('en')`;
// - dist/form.browser.js: the form entry (dist/form.js) bundled with its dependencies into one minified ES module with
//   no Node built-ins, for a page without a build step (`<script type="module">` import).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The esbuild options of the browser bundle (test/form-bundle.test.ts measures the same bundle). */
export const BROWSER_BUNDLE = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none' };

/** Writes the assets into `dist`; returns their paths. */
export async function buildAssets(dist = join(root, 'dist')) {
  // A fresh copy of the built entry, not a cached one from an earlier build in the same process (tsup --watch).
  const lib = await import(`${pathToFileURL(join(dist, 'index.js')).href}?build=${Date.now()}`);
  const written = [];
  const json = (name, value) => {
    const path = join(dist, name);
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
    written.push(path);
  };
  json('incident.schema.json', lib.incidentJsonSchema);
  for (const lang of lib.LANGUAGES) json(`labels.${lang}.json`, lib.labelsIn(lang));
  const outfile = join(dist, 'form.browser.js');
  await build({ ...BROWSER_BUNDLE, entryPoints: [join(dist, 'form.js')], outfile, logLevel: 'warning' });
  written.push(outfile);
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of await buildAssets()) console.log(path);
}
