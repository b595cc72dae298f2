#!/usr/bin/env node
// Proves that `netralitas-asn batch` streams in bounded memory: pipes N generated incidents (default 1,000,000; the
// fixture incidents in turn, each with its own reference) through the built CLI (dist/cli.js, `npm run build` first)
// and, side by side in the same run, a small batch of 20,000; prints throughput and peak RSS of both and their ratio.
// Both runs cap the V8 heap at HEAP_MB (--max-old-space-size): a CLI that held on to results or lines would die out of
// memory long before a million.
//   npm run bench:batch            # 1,000,000 incidents (a few minutes on 2 shared cores)
//   npm run bench:batch -- 200000  # fewer
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const large = Number(process.argv[2] ?? 1_000_000);
const small = Math.min(20_000, large);
const HEAP_MB = 48;

const incidents = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => parse(readFileSync(join(root, 'fixtures', f), 'utf8')).map((c) => c.incident));

// Reports the peak resident set size of the CLI process itself, on exit.
const PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'))`;

async function run(n) {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', PRELOAD, join(root, 'dist', 'cli.js'), 'batch', '-', '--summary-json'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let outLines = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (stderr.length > 1_000_000) stderr = stderr.slice(-100_000); // invalid-line reports: keep only the tail
  });
  const started = performance.now();
  for (let i = 0; i < n; ) {
    let chunk = '';
    for (let k = 0; k < 1_000 && i < n; k++, i++) {
      const incident = incidents[i % incidents.length];
      chunk += `${JSON.stringify({ ...incident, ...(incident.actor ? { reference: `R-${i}` } : {}) })}\n`;
    }
    if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const summary = JSON.parse(stderr.slice(stderr.lastIndexOf('\n{') + 1, stderr.lastIndexOf('}') + 1));
  if (outLines !== n || summary.records !== n) throw new Error(`expected ${n} results, got ${outLines} lines, summary ${summary.records}`);
  return { n, code, seconds, rate: n / seconds, rss, summary };
}

const a = await run(small);
const b = await run(large);
const row = (r) =>
  `${String(r.n).padStart(9)} incidents: ${r.seconds.toFixed(1).padStart(6)} s, ${Math.round(r.rate).toString().padStart(6)} incidents/s, peak RSS ${r.rss.toFixed(0).padStart(4)} MiB (valid ${r.summary.valid}, invalid ${r.summary.invalid}, exit ${r.code})`;
console.log(row(a));
console.log(row(b));
console.log(`V8 heap capped at ${HEAP_MB} MiB in both runs`);
console.log(`incidents ratio ${(b.n / a.n).toFixed(0)}x, peak RSS ratio ${(b.rss / a.rss).toFixed(2)}x`);
