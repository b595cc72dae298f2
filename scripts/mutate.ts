#!/usr/bin/env -S npx tsx
// Mutation testing of the rule files (`npm run mutate`): generates every mutant of rules/*.json in memory
// (src/analyst/mutation.ts), runs the fixture cases against each with the compiled evaluator, and prints the score and every
// survivor. A survivor must be killed by a new fixture case or listed, with the reason, as an equivalent mutant in
// scripts/equivalent-mutants.ts. `--write` records the score in docs/mutation-score.json (checked by
// test/mutation.test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCaseFiles } from '../src/analyst/case-files.js';
import { findWitness, generateMutants, runMutant, type Mutant, type MutantOutcome } from '../src/analyst/mutation.js';
import { builtInRuleFiles } from '../src/law/law.js';
import { EQUIVALENT_MUTANTS } from './equivalent-mutants.js';

const RULE_FILES = builtInRuleFiles();

const root = join(import.meta.dirname, '..');
const { cases, errors } = loadCaseFiles([join(root, 'fixtures')]);
if (errors.length > 0) throw new Error(`malformed fixtures: ${JSON.stringify(errors)}`);

// The bundled rules must pass every case, or every mutant would count as killed.
const baseline = runMutant({ id: 'bundled rules', rule: '', operator: 'event-type', files: RULE_FILES }, cases);
if (baseline.status !== 'survived') throw new Error(`the bundled rules fail a case (${baseline.killedBy ?? baseline.status}): fix the fixtures first`);

const started = performance.now();
const outcomes: MutantOutcome[] = [];
const byId = new Map<string, Mutant>();
for (const mutant of generateMutants()) {
  byId.set(mutant.id, mutant);
  outcomes.push(runMutant(mutant, cases));
}
const seconds = (performance.now() - started) / 1000;

const valid = outcomes.filter((o) => o.status !== 'invalid');
const killed = valid.filter((o) => o.status === 'killed');
const survivors = valid.filter((o) => o.status === 'survived');
// A survivor is equivalent when the registry names its class and no incident of the joint decision space tells it
// from the bundled rules.
const classOf = (id: string) => EQUIVALENT_MUTANTS.find((e) => e.pattern.test(id));
const equivalent = survivors.filter((o) => classOf(o.id) !== undefined && findWitness(byId.get(o.id)!) === undefined);
const unexplained = survivors.filter((o) => !equivalent.includes(o));
const stale = EQUIVALENT_MUTANTS.filter((e) => !equivalent.some((o) => e.pattern.test(o.id))).map((e) => String(e.pattern));

const operators = [...new Set(valid.map((o) => o.operator))];
console.log(`rule mutants: ${valid.length} (${outcomes.length - valid.length} rejected by the rule-file schema), ${cases.length} cases, ${seconds.toFixed(1)} s`);
for (const op of operators) {
  const mine = valid.filter((o) => o.operator === op);
  console.log(`  ${op.padEnd(17)} ${mine.filter((o) => o.status === 'killed').length}/${mine.length} killed`);
}
const score = (100 * killed.length) / valid.length;
const adjusted = (100 * killed.length) / (valid.length - equivalent.length);
console.log(`score: ${killed.length}/${valid.length} killed (${score.toFixed(1)}%); equivalent mutants: ${equivalent.length}; killed of non-equivalent: ${adjusted.toFixed(1)}%`);
for (const e of EQUIVALENT_MUTANTS) {
  console.log(`  equivalent: ${equivalent.filter((o) => e.pattern.test(o.id)).length} mutants: ${e.reason}`);
}
for (const o of unexplained) {
  const w = classOf(o.id) ? undefined : findWitness(byId.get(o.id)!);
  console.log(`  SURVIVED ${o.id}${w ? `\n    killable by ${JSON.stringify(w.incident)}` : ''}`);
}
for (const id of stale) console.log(`  STALE equivalent-mutant entry (killed or no longer generated): ${id}`);

if (process.argv.includes('--write')) {
  const file = join(root, 'docs', 'mutation-score.json');
  // The record of `npm run mutate:invariants` shares the file: kept as it is.
  const { invariants } = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as { invariants?: unknown };
  const record = {
    command: 'npm run mutate',
    cases: cases.length,
    mutants: valid.length,
    killed: killed.length,
    equivalent: equivalent.map((o) => o.id),
    survived: unexplained.map((o) => o.id),
    ...(invariants === undefined ? {} : { invariants }),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
process.exitCode = unexplained.length > 0 || stale.length > 0 ? 1 : 0;
