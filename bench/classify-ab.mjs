#!/usr/bin/env node
// Two builds side by side: in-process classifySync of each (dist folders A and B) over the bench's fixture incidents
// (.tmp/bench-batch.ndjson, written by bench/cli-bench.mjs), each in fresh processes, interleaved, so that the noise of
// a shared machine falls on both alike. Prints each run and the ratio of the best rounds.
//   node bench/classify-ab.mjs DIST_A DIST_B [RUNS=5]
// For a build without a change: `git stash && npm run build && cp -r dist .tmp/distA && git stash pop && npm run build`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const [a, b, runs = '5'] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/classify-ab.mjs DIST_A DIST_B [RUNS]');
const input = resolve('.tmp/bench-batch.ndjson');
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
    const r = JSON.parse(execFileSync(process.execPath, ['-e', ROUND(dist)], { encoding: 'utf8' }));
    best[dist] = Math.min(best[dist], r.best);
    console.log(`${dist.padEnd(20)} best round ${r.best.toFixed(0)} ms, CPU per round ${r.cpu.toFixed(0)} ms`);
  }
}
console.log(`best of all: ${a} ${best[a].toFixed(0)} ms, ${b} ${best[b].toFixed(0)} ms; B takes ${(best[b] / best[a]).toFixed(2)} of A's time`);
