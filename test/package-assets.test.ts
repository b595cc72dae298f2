// Files the package ships beside its code (issue 15): the incident JSON Schema, the labels in id and en for
// server-side forms, and a browser bundle of the form entry for a page without a build step. They are in the packed
// package, resolve through package.json `exports`, equal what the library returns, and the bundle runs on its own:
// one ES module with no Node built-ins and no imports (test/e2e-form.test.ts runs it in Chromium).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incidentJsonSchema, labelsIn, LANGUAGES } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const dist = (name: string) => join(root, 'dist', name);
const ASSETS = {
  'netralitas-asn/incident.schema.json': 'dist/incident.schema.json',
  'netralitas-asn/labels/id.json': 'dist/labels.id.json',
  'netralitas-asn/labels/en.json': 'dist/labels.en.json',
  'netralitas-asn/form.browser.js': 'dist/form.browser.js',
};

describe('files shipped beside the code', () => {
  it('are in the packed package', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(Object.values(ASSETS)));
  }, 60_000);

  it('resolve through the package exports', () => {
    const require = createRequire(join(root, 'package.json'));
    for (const [specifier, path] of Object.entries(ASSETS)) expect(require.resolve(specifier), specifier).toBe(join(root, path));
  });

  it('the JSON Schema file is the schema the library returns', () => {
    expect(JSON.parse(readFileSync(dist('incident.schema.json'), 'utf8'))).toEqual(incidentJsonSchema);
  });

  it('the labels files hold every label in their language, as labelsIn returns them', () => {
    for (const lang of LANGUAGES) {
      const file = JSON.parse(readFileSync(dist(`labels.${lang}.json`), 'utf8'));
      expect(file).toEqual(JSON.parse(JSON.stringify(labelsIn(lang))));
      expect(file.language).toBe(lang);
    }
    const id = JSON.parse(readFileSync(dist('labels.id.json'), 'utf8'));
    const en = JSON.parse(readFileSync(dist('labels.en.json'), 'utf8'));
    expect([id.values.verdict.violation, en.values.verdict.violation]).toEqual(['Pelanggaran', 'Violation']);
    expect(id.questions.map((q: { field: string }) => q.field).slice(0, 2)).toEqual(['actor.employment', 'actor.actingRegionalHead']);
    expect(id.questions.find((q: { fact: string }) => q.fact === 'cltn').options.map((o: { value: boolean }) => o.value)).toEqual([true, false]);
  });

  it('the browser bundle is one ES module without imports or Node built-ins, and classifies when imported', async () => {
    const code = readFileSync(dist('form.browser.js'), 'utf8');
    // No static or dynamic import and no require of anything (a page loads it alone), so no Node built-in either. (zod
    // asks `globalThis.process?.getBuiltinModule?.("node:crypto")` behind a guard; that is no import.)
    const imports = code.match(/\b(?:import|export)\s*[\w{*][^;]{0,2000}?from\s*["'][^"']*["']|\bimport\s*\(\s*["'][^"']*["']|\brequire\s*\(\s*["'][^"']*["']/g);
    expect(imports).toBeNull();
    expect(code.includes('json-rules-engine')).toBe(false);
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const r = mod.classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, stage: 'bakal_calon' });
    // fixtures/skb-2022-kode-etik.yaml, "KE-1 baliho for a bakal calon".
    expect([r.verdict, r.violations.map((v: { list: string; item: number }) => `${v.list} ${v.item}`)]).toEqual(['violation', ['kode_etik 1']]);
    expect(typeof mod.applyAnswer).toBe('function');
  });
});
