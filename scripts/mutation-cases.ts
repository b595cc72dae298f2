#!/usr/bin/env -S npx tsx
// Proposes boundary cases that kill the surviving rule mutants (`npm run mutate:cases -- OUT.yaml`): for every survivor
// it searches the joint decision space of the rules and the mutant for an incident where an outcome a case can check
// differs (src/analyst/mutation.ts findWitness), picks a small set of incidents that together kill every killable survivor
// (greedy cover), and writes each as a case whose expectation holds the fields that differ, with a `source` line
// naming the legal bases of the rules concerned. The proposals are the current outcomes: review every expectation
// against the legal reference before committing them as fixtures. Survivors with no witness are equivalent mutants.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCaseFiles } from '../src/analyst/case-files.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { classifyWithRules, ruleSetOf } from '../src/decide/classify-with-rules.js';
import { LEGAL_BASES, LEGAL_DOCUMENTS, type DocumentId, type LegalBasisId } from '../src/law/legal-bases.js';
import { findWitness, generateMutants, observable, runMutant, type Mutant } from '../src/analyst/mutation.js';
import { loadRules } from '../src/law/law.js';

const root = join(import.meta.dirname, '..');
const out = process.argv[2];
if (!out) throw new Error('usage: npm run mutate:cases -- OUT.yaml');
const { cases } = loadCaseFiles([join(root, 'fixtures')]);

type Observed = Record<string, unknown> & { bases: string[] };
const survivors: { mutant: Mutant; witness: Record<string, unknown> }[] = [];
const equivalent: string[] = [];
for (const mutant of generateMutants()) {
  if (runMutant(mutant, cases).status !== 'survived') continue;
  const w = findWitness(mutant);
  if (w) survivors.push({ mutant, witness: w.incident });
  else equivalent.push(mutant.id);
}
const candidates = [...new Map(survivors.map((s) => [JSON.stringify(s.witness), s.witness])).values()];
const original = candidates.map((i) => JSON.parse(observable(classifySync(i))) as Observed);
const mutantSets = survivors.map((s) => ruleSetOf(s.mutant.files));
const diff = (si: number, ci: number): { fields: string[]; added: string[] } => {
  const b = JSON.parse(observable(classifyWithRules(candidates[ci]!, mutantSets[si]!))) as Observed;
  const a = original[ci]!;
  return { fields: Object.keys(b).filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])), added: b.bases.filter((x) => !a.bases.includes(x)) };
};
const matrix = survivors.map((_, si) => candidates.map((_, ci) => diff(si, ci)));
const left = new Set(survivors.map((_, i) => i));
const chosen: number[] = [];
while (left.size > 0) {
  let best = -1;
  let bestN = 0;
  candidates.forEach((_, ci) => {
    const n = [...left].filter((si) => matrix[si]![ci]!.fields.length > 0).length;
    if (n > bestN) [best, bestN] = [ci, n];
  });
  chosen.push(best);
  for (const si of [...left]) if (matrix[si]![best]!.fields.length > 0) left.delete(si);
}

const { byName } = loadRules();
const label = (rule: string) => {
  const id = byName.get(rule)!.event.params.bases[0] as LegalBasisId | undefined;
  if (!id) return rule;
  const b = LEGAL_BASES[id];
  return `${LEGAL_DOCUMENTS[b.document as DocumentId].short} ${b.article} (${b.source})`;
};
const PRIORITY = ['verdict', 'items', 'sanction', 'category', 'tracks', 'records', 'missingFacts', 'bodies', 'bases'];
const docs = chosen.map((ci, n) => {
  const mine = survivors.map((_, si) => si).filter((si) => chosen.find((c) => matrix[si]![c]!.fields.length > 0) === ci);
  const fields = new Set<string>();
  const notBases = new Set<string>();
  for (const si of mine) {
    const d = matrix[si]![ci]!;
    const f = PRIORITY.find((p) => d.fields.includes(p))!;
    if (f === 'bases' && d.added.length > 0 && d.fields.length === 1 && original[ci]!.bases.length > 0) {
      const removed = (JSON.parse(observable(classifyWithRules(candidates[ci]!, mutantSets[si]!))) as Observed).bases;
      if (original[ci]!.bases.every((x) => removed.includes(x))) d.added.forEach((x) => notBases.add(x));
      else fields.add('bases');
    } else fields.add(f);
  }
  const a = original[ci]!;
  const expect: Record<string, unknown> = {};
  for (const f of PRIORITY) if (fields.has(f)) expect[f] = a[f];
  if (notBases.size > 0) expect['notBases'] = [...notBases].sort();
  const rules = [...new Set(mine.map((si) => survivors[si]!.mutant.rule))];
  const incident = candidates[ci]!;
  return {
    name: `M-${String(n + 1).padStart(3, '0')} ${(incident['act'] as { kind: string }).kind}: ${rules.join(', ')}`,
    source: rules.map(label).join('; '),
    incident,
    expect,
  };
});
const flow = (v: unknown) => stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trim();
const header = '# Boundary cases proposed by `npm run mutate:cases` to kill rule mutants that the fixtures left alive. Each\n# expectation is the current outcome: review it against the legal reference before committing.\n';
writeFileSync(out, header + docs.map((d) => `- name: ${flow(d.name)}\n  source: ${flow(d.source)}\n  incident: ${flow(d.incident)}\n  expect: ${flow(d.expect)}\n`).join(''));
console.log(`${survivors.length} killable survivors, ${chosen.length} cases written to ${out}; ${equivalent.length} equivalent`);
