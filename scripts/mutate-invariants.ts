#!/usr/bin/env -S npx tsx
// How many rule mutants the legal invariants kill on their own, without any fixture (`npm run mutate:invariants`):
// every 100th mutant (MUTATE_INVARIANTS_EVERY), each judged by the invariants over the decision-space points of the acts its rule can fire for
// (the space of the bundled and the mutated rules together). `--write` records the figures in docs/mutation-score.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWithRules, ruleSetOf } from '../src/decide/classify-with-rules.js';
import { singleAnswer } from '../src/decide/pipeline.js';
import { enumerateDecisionSpace, incidentFromFacts, rulesForAct } from '../src/evaluate/decision-space.js';
import { ACT_KINDS } from '../src/vocabulary/enums.js';
import { INVARIANTS, memoised } from '../src/analyst/legal-invariants.js';
import { generateMutants } from '../src/analyst/mutation.js';
import { builtInRuleFiles, loadRules, validateBuiltInRuleFiles as validateRuleFiles } from '../src/law/law.js';

const RULE_FILES_BUNDLED = builtInRuleFiles();

const root = join(import.meta.dirname, '..');
const EVERY = Number(process.env.MUTATE_INVARIANTS_EVERY ?? 100);
const started = performance.now();
const { rules: bundled } = loadRules();
// Only invariants that hold for the bundled rules can kill a mutant.
{
  const all = [...enumerateDecisionSpace()].map((p) => incidentFromFacts(p.facts));
  const set = ruleSetOf(RULE_FILES_BUNDLED);
  const classify = memoised((input) => singleAnswer(classifyWithRules(input, set)));
  const broken = INVARIANTS.filter((inv) => inv.check(classify, all) !== undefined);
  if (broken.length > 0) throw new Error(`invariants broken by the bundled rules: ${broken.map((i) => i.id).join(', ')}`);
}
let run = 0;
let killed = 0;
const byInvariant = new Map<string, number>();
let index = 0;
for (const mutant of generateMutants()) {
  if (index++ % EVERY !== 0) continue;
  let ruleSet;
  let mutated;
  try {
    ruleSet = ruleSetOf(mutant.files);
    mutated = validateRuleFiles(mutant.files).rules;
  } catch {
    continue;
  }
  run++;
  const rule = bundled.find((r) => r.name === mutant.rule)!;
  const acts = ACT_KINDS.filter((a) => rulesForAct(a, [rule]).length > 0);
  const incidents = [...enumerateDecisionSpace([...bundled, ...mutated], acts)].map((p) => incidentFromFacts(p.facts));
  const classify = memoised((input) => singleAnswer(classifyWithRules(input, ruleSet)));
  const failed = INVARIANTS.find((inv) => inv.check(classify, incidents) !== undefined);
  if (process.stderr.isTTY || process.env.PROGRESS) process.stderr.write(`${run} ${mutant.id}: ${failed?.id ?? 'survives'}\n`);
  if (failed) {
    killed++;
    byInvariant.set(failed.id, (byInvariant.get(failed.id) ?? 0) + 1);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`legal invariants alone: ${killed} of ${run} sampled rule mutants killed (every ${EVERY}th mutant), ${seconds.toFixed(1)} s`);
for (const [id, n] of [...byInvariant].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(32)} ${n}`);
if (process.argv.includes('--write')) {
  const file = join(root, 'docs', 'mutation-score.json');
  const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  record.invariants = { command: 'npm run mutate:invariants', sampledEvery: EVERY, sampled: run, killed, byInvariant: Object.fromEntries(byInvariant) };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
