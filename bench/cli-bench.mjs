#!/usr/bin/env node
// The figures of the tools around the classifier, measured side by side in one run on the built package (dist/):
// - batch throughput: `netralitas-asn batch FILE --out FILE` with each --output format and with --jobs, as a ratio
//   to in-process classifySync over the same incidents (each in a fresh process, interleaved rounds, best of each);
// - classify under load: N calls started at once against N one by one, each in a fresh process (time ratio, peak RSS);
// - start-up: a fresh node that loads an entry and classifies once, over a bare node that does nothing;
// - the form bundle, gzipped.
// Run by `npm run bench` after the classifier bench, or alone: `npm run build && node bench/cli-bench.mjs`.
//   BENCH_BATCH_N (default 50000), BENCH_BATCH_ROUNDS (3), BENCH_CONCURRENT_N (10000), BENCH_JOBS (available cores),
//   BENCH_ONLY=batch (only the batch section), BENCH_ONLY=startup (only the start-up section)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = process.env.BENCH_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_BATCH_N ?? 50_000);
const ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT_N ?? 10_000);
const JOBS = Number(process.env.BENCH_JOBS ?? Math.max(2, availableParallelism()));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const cli = join(root, 'dist', 'cli.js');
const node = (args, options = {}) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });

const CPU_AT_EXIT = join(root, 'bench', 'cpu-at-exit.cjs');
if (process.env.BENCH_ONLY !== 'startup') {
  // ------------------------------------------------------------------------------------------------- the incidents
  const fixtures = readdirSync(join(root, 'fixtures'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(root, 'fixtures', f), 'utf8')).map((c) => c.incident));
  const input = join(tmp, 'bench-batch.ndjson');
  let text = '';
  for (let i = 0; i < N; i++) {
    const incident = fixtures[i % fixtures.length];
    text += `${JSON.stringify(incident && typeof incident === 'object' && incident.actor ? { ...incident, reference: `R-${i}` } : incident)}\n`;
  }
  writeFileSync(input, text);

  // In-process classifySync on the same incidents, parsed beforehand: the rate the tools around it are held to.
  const IN_PROCESS = `
  const { readFileSync } = require('node:fs');
  const { classifySync } = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});
  const incidents = readFileSync(${JSON.stringify(input)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const x of incidents.slice(0, 2000)) classifySync(x);
  const c = process.cpuUsage();
  const t = performance.now();
  for (const x of incidents) classifySync(x);
  const wall = performance.now() - t;
  const { user, system } = process.cpuUsage(c);
  console.log(JSON.stringify({ wall: incidents.length / (wall / 1000), cpu: incidents.length / ((user + system) / 1e6) }));
  `;
  // Each subject gives incidents per second of wall time and per second of CPU time (user + system, every thread): on a
  // machine loaded by other jobs the wall time says more about the load than about the code, the CPU time much less.
  // The in-process rate counts its loop only; a batch counts its whole process, start-up included.
  const subjects = [
    ['in-process classifySync', () => JSON.parse(node(['-e', IN_PROCESS]).trim())],
    ...[
      ['compact', []],
      ['full', []],
      ['csv', []],
      [`compact --jobs ${JOBS}`, ['--jobs', String(JOBS)]],
    ].map(([name, extra]) => [
      `batch --output ${name}`,
      () => {
        const t = performance.now();
        const run = spawnSync(process.execPath, ['-r', CPU_AT_EXIT, cli, 'batch', input, '--output', name.split(' ')[0], ...extra, '--out', join(tmp, 'bench-batch.out'), '--summary-json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const wall = performance.now() - t;
        if (run.status !== 0 && run.status !== 1) throw new Error(`batch failed: ${run.stderr}`); // 1: some fixture incidents are invalid on purpose
        return { wall: N / (wall / 1000), cpu: N / (Number(/cpu-ms (\d+(?:\.\d+)?)/.exec(run.stderr)[1]) / 1000) };
      },
    ]),
  ];
  const best = new Map(subjects.map(([name]) => [name, { wall: 0, cpu: 0 }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, run] of subjects) {
      const { wall, cpu } = run();
      const b = best.get(name);
      best.set(name, { wall: Math.max(b.wall, wall), cpu: Math.max(b.cpu, cpu) });
    }
  }
  const base = best.get('in-process classifySync');
  const fmt = (x) => Math.round(x).toLocaleString('en-US');
  console.log(`\nbatch, ${fmt(N)} fixture incidents, file to file (fresh process each; best of ${ROUNDS} interleaved rounds)`);
  console.log(`${'subject'.padEnd(40)} incidents/s   ratio to in-process   target (wall)   per CPU-second   CPU ratio`);
  for (const [name] of subjects) {
    const { wall, cpu } = best.get(name);
    const ratio = wall / base.wall;
    const target = name === 'batch --output compact' ? `>= 0.80 ${ratio >= 0.8 ? 'met' : 'NOT MET'}` : name.includes('--jobs') ? `> 1.00 ${ratio > 1 ? 'met' : 'NOT MET'}` : '';
    console.log(`${name.padEnd(40)} ${fmt(wall).padStart(11)}   ${ratio.toFixed(2).padStart(19)}   ${target.padEnd(13)}   ${fmt(cpu).padStart(14)}   ${(cpu / base.cpu).toFixed(2).padStart(9)}`);
  }

  if (process.env.BENCH_ONLY === 'batch') process.exit(0);

  // ----------------------------------------------------------------------------------------- classify under load
  const LOAD = (concurrent) => `
  const { classify } = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});
  const inc = (i) => ({ reference: 'R-' + i, actor: { employment: 'pns' }, act: { kind: i % 2 ? 'install_campaign_props' : 'online_campaign' }, target: { office: 'bupati' }, stage: 'calon' });
  (async () => {
    await classify(inc(0));
    const t = performance.now();
    if (${concurrent}) await Promise.all(Array.from({ length: ${CONCURRENT} }, (_, i) => classify(inc(i))));
    else for (let i = 0; i < ${CONCURRENT}; i++) await classify(inc(i));
    console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS / 1024 }));
  })();
  `;
  const sequential = JSON.parse(node(['-e', LOAD(false)]));
  const concurrent = JSON.parse(node(['-e', LOAD(true)]));
  const loadRatio = concurrent.ms / sequential.ms;
  console.log(`\nclassify, ${fmt(CONCURRENT)} calls, fresh process each                 seconds   peak RSS MiB`);
  console.log(`${'one by one (await each)'.padEnd(60)} ${(sequential.ms / 1000).toFixed(1).padStart(7)}   ${sequential.rss.toFixed(0).padStart(12)}`);
  console.log(`${'all at once (Promise.all)'.padEnd(60)} ${(concurrent.ms / 1000).toFixed(1).padStart(7)}   ${concurrent.rss.toFixed(0).padStart(12)}`);
  console.log(`all at once / one by one: time ${loadRatio.toFixed(2)}x (target <= 2x ${loadRatio <= 2 ? 'met' : 'NOT MET'}), peak RSS ${concurrent.rss.toFixed(0)} MiB (target < 300 ${concurrent.rss < 300 ? 'met' : 'NOT MET'})`);
}

// ---------------------------------------------------------------------------------------------------- start-up
const incident = JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, election: 'pilkada_2024', date: '2024-10-01' });
// Each probe runs 7 times; the fastest wall time, and the least CPU time (user + system, read at exit by
// bench/cpu-at-exit.cjs), which a machine loaded by other jobs inflates far less than the wall time.
const probe = (args) => {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, ['-r', CPU_AT_EXIT, ...args], { cwd: root, encoding: 'utf8' });
    walls.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`start-up probe failed: ${run.stderr}`);
    cpus.push(Number(/cpu-ms (\d+(?:\.\d+)?)/.exec(run.stderr)[1]));
  }
  return { wall: Math.min(...walls), cpu: Math.min(...cpus) };
};
const bare = probe(['-e', '0']);
console.log(`\nstart-up: a fresh node that loads the entry and classifies once, over bare node (${bare.wall.toFixed(0)} ms wall, ${bare.cpu.toFixed(0)} ms CPU; least of 7)`);
console.log(`${''.padEnd(60)}  wall over   CPU over   target (wall)`);
for (const [label, specifier, call, cjs] of [
  ['require("netralitas-asn/form") + classifySync', 'netralitas-asn/form', 'classifySync', true],
  ['import("netralitas-asn/form") + classifySync', 'netralitas-asn/form', 'classifySync', false],
  ['require("netralitas-asn") + classifySync', 'netralitas-asn', 'classifySync', true],
  ['import("netralitas-asn") + classifySync', 'netralitas-asn', 'classifySync', false],
  ['require("netralitas-asn") + await classify', 'netralitas-asn', 'classify', true],
]) {
  const body = cjs
    ? `Promise.resolve(require(${JSON.stringify(specifier)}).${call}(${incident})).then((r) => { if (!r.ok) process.exit(2); });`
    : `const r = await (await import(${JSON.stringify(specifier)})).${call}(${incident}); if (!r.ok) process.exit(2);`;
  const measured = probe(cjs ? ['-e', body] : ['--input-type=module', '-e', body]);
  const over = measured.wall - bare.wall;
  const target = call === 'classifySync' ? `<= 25 ms ${over <= 25 ? 'met' : 'NOT MET'}` : '(json-rules-engine path)';
  console.log(`${label.padEnd(60)} +${over.toFixed(0).padStart(5)} ms  +${(measured.cpu - bare.cpu).toFixed(0).padStart(5)} ms   ${target}`);
}
// The CLI, which an app that is not JavaScript calls per report: each call loads only its own command's code.
const incidentFile = join(tmp, 'startup-incident.json');
writeFileSync(incidentFile, incident);
for (const [label, args] of [
  ['netralitas-asn --version', ['--version']],
  ['netralitas-asn classify FILE.json', ['classify', incidentFile]],
]) {
  const measured = probe([cli, ...args]);
  console.log(`${label.padEnd(60)} +${(measured.wall - bare.wall).toFixed(0).padStart(5)} ms  +${(measured.cpu - bare.cpu).toFixed(0).padStart(5)} ms   (the CLI: no target)`);
}

// --------------------------------------------------------------------------------------------------- form bundle
const bundled = await build({
  entryPoints: [join(root, 'dist', 'form.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const gz = gzipSync(bundled.outputFiles[0].contents, { level: 9 }).length;
console.log(`\nform bundle (dist/form.js, every dependency inlined, minified, gzip -9): ${(gz / 1000).toFixed(1)} KB (target <= 40 KB ${gz <= 40_000 ? 'met' : 'NOT MET'})`);
