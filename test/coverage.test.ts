// Each rule is exercised by the fixtures on both sides: at least one case where it fires and one case with the same
// act where it does not (the other side of its deciding fact).
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../src/classify.js';
import { loadRules } from '../src/rule-files.js';
import { loadFixtures } from './fixture-files.js';

const { rules } = loadRules();
const runs: { act: unknown; fired: Set<string> }[] = [];

beforeAll(async () => {
  for (const c of loadFixtures()) {
    const r = await classify(c.incident);
    if (!r.ok) continue;
    const fired = new Set(r.firedRules);
    runs.push({ act: (c.incident as { act?: { kind?: unknown } }).act?.kind, fired });
  }
});

const actsOf = (rule: (typeof rules)[number]): unknown[] => {
  const c = rule.conditions.all.find((x) => x.fact === 'act');
  if (!c) return [];
  return Array.isArray(c.value) ? c.value : [c.value];
};

describe('every rule has a positive and a negative fixture', () => {
  it.each(rules.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const positive = runs.filter((x) => x.fired.has(name));
    expect(positive.length, `${name}: no fixture where it fires`).toBeGreaterThan(0);
    const acts = actsOf(rule);
    if (acts.length === 0) return;
    const negative = runs.filter((x) => acts.includes(x.act) && !x.fired.has(name));
    expect(negative.length, `${name}: no fixture with the same act where it does not fire`).toBeGreaterThan(0);
  });
});
