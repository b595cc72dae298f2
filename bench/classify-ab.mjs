#!/usr/bin/env node
// Two builds side by side: in-process classifySync of each (dist folders A and B) over the bench's fixture incidents
// (.tmp/bench-batch.ndjson, written by bench/cli-bench.mjs), each in fresh processes, interleaved, so that the noise of
// a shared machine falls on both alike. Prints each run and the ratio of the best rounds.
//   node bench/classify-ab.mjs DIST_A DIST_B [RUNS=5]
//   FRESH=1 node bench/classify-ab.mjs DIST_A DIST_B [RUNS=5]: the warm-up instead, as a fresh process pays it (a CLI
//     call, a batch, each --jobs worker, a server's first minute): the time to the 10,000th incident and to the last,
//     from loading the entry, and the CPU time of the whole process meanwhile (every thread: V8's optimising compiler
//     works beside the main one); least and median of the runs.
// For a build without a change: `git stash && npm run build && cp -r dist .tmp/distA && git stash pop && npm run build`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const [a, b, runs = '5'] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: [FRESH=1] node bench/classify-ab.mjs DIST_A DIST_B [RUNS]');
const input = resolve('.tmp/bench-batch.ndjson');
const run = (script) => JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));

if (process.env.FRESH) {
  const FRESH = (dist) => `
    const { readFileSync } = require('node:fs');
    const incidents = readFileSync(${JSON.stringify(input)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    const c = process.cpuUsage();
    const t = performance.now();
    const { classifySync } = require(${JSON.stringify(resolve(dist, 'index.cjs'))});
    let first = NaN;
    for (let i = 0; i < incidents.length; i++) {
      classifySync(incidents[i]);
      if (i === 9_999) first = performance.now() - t;
    }
    const whole = performance.now() - t;
    const u = process.cpuUsage(c);
    console.log(JSON.stringify({ first, whole, cpu: (u.user + u.system) / 1000, n: incidents.length }));`;
  const all = { [a]: [], [b]: [] };
  for (let i = 0; i < Number(runs); i++) {
    for (const dist of [a, b]) {
      const r = run(FRESH(dist));
      all[dist].push(r);
      console.log(`${dist.padEnd(20)} first 10,000 ${r.first.toFixed(0)} ms, all ${r.n.toLocaleString('en-US')} ${r.whole.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms`);
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const line = (dist, key) => `least ${Math.min(...all[dist].map((r) => r[key])).toFixed(0)}, median ${median(all[dist].map((r) => r[key])).toFixed(0)}`;
  for (const [key, what] of [['first', 'first 10,000 (ms)'], ['whole', 'all of them (ms)'], ['cpu', 'CPU, every thread (ms)']]) {
    const ratio = Math.min(...all[b].map((r) => r[key])) / Math.min(...all[a].map((r) => r[key]));
    console.log(`${what.padEnd(24)} ${a}: ${line(a, key)}; ${b}: ${line(b, key)}; B/A (least) ${ratio.toFixed(2)}`);
  }
  process.exit(0);
}

const ROUND = (dist) => `
  const { readFileSync } = require('node:fs');
  const { classifySync } = require(${JSON.stringify(resolve(dist, 'index.cjs'))});
  const incidents = readFileSync(${JSON.stringify(input)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
  for (let r = 0; r < 2; r++) for (const x of incidents) classifySync(x);
  let best = Infinity;
  const c = process.cpuUsage();
  for (let r = 0; r < 4; r++) { const t = performance.now(); for (const x of incidents) classifySync(x); best = Math.min(best, performance.now() - t); }
  const u = process.cpuUsage(c);
  console.log(JSON.stringify({ best, cpu: (u.user + u.system) / 4000 }));`;
const best = { [a]: Infinity, [b]: Infinity };
for (let i = 0; i < Number(runs); i++) {
  for (const dist of [a, b]) {
    const r = run(ROUND(dist));
    best[dist] = Math.min(best[dist], r.best);
    console.log(`${dist.padEnd(20)} best round ${r.best.toFixed(0)} ms, CPU per round ${r.cpu.toFixed(0)} ms`);
  }
}
console.log(`best of all: ${a} ${best[a].toFixed(0)} ms, ${b} ${best[b].toFixed(0)} ms; B takes ${(best[b] / best[a]).toFixed(2)} of A's time`);
