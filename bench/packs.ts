// `npm run bench:packs [-- --base REV]`: the cost of law packs, measured side by side in one run (issue 10).
//   1. classifySync on the same incidents (the fixtures and a sample of the decision space) under: the national pack
//      alone; the built-in law (national, regional circulars, election cycles); the built-in law plus a test region
//      pack and a 50-rule pack; and, with --base REV, the package as built at git revision REV (before packs), so that
//      "within 1.2x of the speed before packs" is a ratio printed here, not a claim.
//   2. Loading, validating and compiling a 50-rule pack beside the built-in law (createClassifier), median of 30.
// Ratios are what counts: the machine is shared, absolute figures move with its load.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { classifierOf, createClassifier } from '../src/decide/create-classifier.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { BUILT_IN_PACKS } from '../src/law/generated/data.js';
import { buildLaw } from '../src/law/law.js';
import { readPack } from '../src/cli/packs-option.js';
import { basePackage } from './base-package.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const baseRev = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;

const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as { incident: unknown }[]).map((c) => c.incident));
const space = [...enumerateDecisionSpace()].filter((_, i) => i % 7 === 0).map((p) => incidentFromFacts(p.facts));
const incidents = [...fixtures, ...space];

const regionPack = (await readPack(join(root, 'test/packs/test-fixture-region'))) as Record<string, unknown>;

/** A pack of 50 rules (a test fixture, not law): the test region's rule, once per act and employment group. */
function fiftyRulePack() {
  const template = (regionPack.rules as Record<string, { rules: Record<string, any>[] }>)['se-uji']!.rules[0]!;
  const acts = ['install_campaign_props', 'online_campaign', 'attend_declaration_or_campaign', 'social_media_engagement', 'post_photo', 'take_part_in_campaign', 'partisan_activity', 'join_campaign_team', 'partisan_decision', 'use_state_facilities'];
  const groups = [['pns'], ['cpns'], ['pppk'], ['pppk_paruh_waktu'], ['non_asn']];
  const rules = acts.flatMap((act, i) =>
    groups.map((employment, j) => ({
      ...structuredClone(template),
      name: `bench-50/${i}-${j}`,
      conditions: { all: [{ fact: 'region', operator: 'equal', value: 'kabupaten_uji' }, { fact: 'act', operator: 'equal', value: act }, { fact: 'employment', operator: 'in', value: employment }] },
    })),
  );
  return {
    id: 'bench-fifty-rules',
    kind: 'law',
    title: { id: 'PAKET UJI, bukan hukum', en: 'TEST FIXTURE, not law' },
    rules: { 'bench-50': { document: 'se-uji', description: 'TEST FIXTURE, not law: 50 made-up rules for the benchmark.', rules } },
  };
}
const fifty = fiftyRulePack();

type Sync = (input: unknown) => unknown;
const subjects: { name: string; classify: Sync }[] = [
  { name: 'national pack alone', classify: classifierOf(buildLaw(BUILT_IN_PACKS.slice(0, 1))).classifySync },
  { name: 'national + the three circulars (no cycles)', classify: classifierOf(buildLaw(BUILT_IN_PACKS.slice(0, 4))).classifySync },
  { name: 'built-in law (national + regions + election cycles)', classify: createClassifier().classifySync },
  { name: 'built-in + test region pack + 50-rule pack', classify: createClassifier({ packs: [regionPack, fifty] }).classifySync },
];

if (baseRev) {
  // The package as built at REV, in a worktree under .tmp/ that shares this checkout's node_modules.
  const base = (await basePackage(root, baseRev)) as { classifySync: Sync };
  subjects.unshift({ name: `before packs (${baseRev})`, classify: base.classifySync });
}

/** Incidents per second of one pass; the best of `rounds` passes, interleaved across subjects to share the noise. */
const rates = new Map<string, number>();
for (let round = 0; round < 5; round++) {
  for (const s of subjects) {
    const start = performance.now();
    for (const x of incidents) s.classify(x);
    const rate = incidents.length / ((performance.now() - start) / 1000);
    rates.set(s.name, Math.max(rates.get(s.name) ?? 0, rate));
  }
}
const reference = rates.get(subjects[0]!.name)!;
console.log(`classifySync on ${incidents.length} incidents (best of 5 interleaved passes):`);
for (const s of subjects) {
  const rate = rates.get(s.name)!;
  console.log(`  ${s.name.padEnd(55)} ${Math.round(rate).toString().padStart(8)}/s   time ratio to "${subjects[0]!.name}": ${(reference / rate).toFixed(2)}x`);
}

const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  const c = createClassifier({ packs: [regionPack, { ...fifty, id: `bench-fifty-rules-${i}` }] });
  c.classifySync(incidents[0]);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`load + validate + compile the test region pack and a 50-rule pack beside the built-in law: median ${times[15]!.toFixed(1)} ms, max ${times[29]!.toFixed(1)} ms (target < 50 ms)`);
