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

/**
 * The incidents every subject accepts: with --base, an incident the older package rejects (an act or field it does not
 * know) costs it only validation, which would flatter it; the ratio compares the same work.
 */
const accepted = (x: unknown) => subjects.every((s) => (s.classify(x) as { ok?: boolean }).ok === true);
const measured = incidents.filter(accepted);

/**
 * CPU time of one pass per subject, passes interleaved across subjects so that they share the machine's noise; each
 * round's times are divided by the first subject's time in the same round, and the median of those ratios is printed.
 */
const ROUNDS = 25;
/** Rounds run first and not counted: the JIT compiles each subject's code before its time is taken. */
const WARM_UP = 3;
const ratios = new Map<string, number[]>();
const rates = new Map<string, number>();
for (let round = -WARM_UP; round < ROUNDS; round++) {
  const times = subjects.map((s) => {
    // CPU time of this process, not wall time: on a shared machine, time spent descheduled is not the subject's.
    const start = process.cpuUsage();
    for (const x of measured) s.classify(x);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    if (round >= 0) rates.set(s.name, Math.max(rates.get(s.name) ?? 0, measured.length / (ms / 1000)));
    return ms;
  });
  if (round >= 0) subjects.forEach((s, i) => ratios.set(s.name, [...(ratios.get(s.name) ?? []), times[i]! / times[0]!]));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`classifySync on ${measured.length} incidents every subject accepts (of ${incidents.length}), ${ROUNDS} interleaved rounds after ${WARM_UP} not counted:`);
for (const s of subjects) {
  console.log(
    `  ${s.name.padEnd(55)} best ${Math.round(rates.get(s.name)!).toString().padStart(8)}/s   median time ratio to "${subjects[0]!.name}": ${median(ratios.get(s.name)!).toFixed(2)}x`,
  );
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
