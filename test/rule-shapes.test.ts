// Warm-up (issue 12): every loaded rule has one hidden class, whichever pack it comes from and however the pack was
// read. The classifier reads the fields of rules on every completion; with rules of many classes (a spread copies the
// class of the object it spreads, and the generated law data gave 44) each of those reads was polymorphic, and V8
// threw away and recompiled the classifier's largest functions in every fresh process. V8 alone can tell two objects'
// classes apart, so the check runs in a child process with its natives syntax (%HaveSameMap); how much the warm-up
// costs is measured by bench/classify-ab.mjs (FRESH=1), never here.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** For each law, how many rules it has and how many hidden classes among them. */
function ruleClasses(): Record<string, { rules: number; classes: number }> {
  const script = `
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
    const classes = (rules) => rules.reduce((reps, r) => (reps.some((x) => sameMap(x, r)) ? reps : [...reps, r]), []).length;
    (async () => {
      const { defaultLaw, lawWith } = await import(${JSON.stringify(join(root, 'src', 'law', 'law.ts'))});
      const { readFileSync } = await import('node:fs');
      const pack = JSON.parse(readFileSync(${JSON.stringify(join(root, 'test', 'packs', 'test-fixture-madiun.json'))}, 'utf8'));
      const out = {};
      for (const [name, law] of [['built-in', defaultLaw()], ['with a pack of JSON', lawWith([pack])]]) out[name] = { rules: law.rules.length, classes: classes(law.rules) };
      console.log(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, { rules: number; classes: number }>;
}

describe('the hidden classes of loaded rules', () => {
  it('every rule of the built-in law, and of a law with a pack read from JSON, has one hidden class', { timeout: 60_000 }, () => {
    const laws = ruleClasses();
    expect(Object.keys(laws)).toEqual(['built-in', 'with a pack of JSON']);
    for (const { rules, classes } of Object.values(laws)) {
      expect(rules).toBeGreaterThan(50);
      expect(classes).toBe(1);
    }
    expect(laws['with a pack of JSON']!.rules).toBeGreaterThan(laws['built-in']!.rules);
  });
});
