#!/usr/bin/env node
// `npm run bench:server` (after `npm run build`): the HTTP service under load, on loopback. The server runs as
// `netralitas-asn serve` in its own process (bench/serve-with-gc.mjs: the CLI's command, with --expose-gc for the
// memory rounds; logging one JSON line per request to a file, as in production); the load generator (autocannon, 10
// connections, no worker threads) runs in this one, so each has a process of its own on the machine's cores. Before
// the measurements the server is warmed up (the JIT) until its compiler threads settle: the repeated incident, the
// fixtures, and the 3,000 incidents below for a PPPK instead of a PNS (the same code paths, other entries of the memos
// by date and of the answer cache).
// Measured side by side in one run:
//   1. requests per second of POST /v1/classify and of GET /healthz on the same server, and their ratio; classify is
//      measured three times: one incident over and over (each a repeat, which the server answers from its answer
//      cache); the fixtures' incidents, each on five dates, in turn; and 3,000 incidents on 1,000 dates in turn (fresh
//      dates too, for the memos of the law's parts by date). The cache keeps an answer the second time its facts come;
//      both lists are longer than the keys it remembers (4 x 512), so each of their requests is classified afresh; the
//      server's request log says which answers came from the cache, and the table counts them;
//   2. the latency of POST /v1/classify at a fixed 1,000 requests per second (p50, p99, max);
//   3. the bad-input mix: rounds of 1,000 malformed, oversized and truncated bodies mixed with 300 valid ones, the
//      server's RSS before and after each round, and whether every valid answer was right.
// The server's CPU per request is given whole and for its main thread alone (the rest is V8's threads: the optimising
// compiler and the garbage collector's helpers). Figures only, no pass/fail: the machine is shared. The README shows a run.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { classifySync } = await import(join(root, 'dist', 'index.js'));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const mixRounds = Number(process.env.BENCH_ROUNDS ?? 20);

const INCIDENT = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, election: 'pilkada_2024', date: '2024-10-01' };
const VALID = [
  INCIDENT,
  { actor: { employment: 'pppk' }, act: { kind: 'party_membership' } },
  { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: true }, target: { office: 'bupati', relation: 'none' }, stage: 'bakal_calon' },
  { actor: { employment: 'tni' }, act: { kind: 'party_membership' } },
  { actor: { employment: 'pns' }, act: { kind: 'post_photo', photoShows: 'candidate', publiclyAccessible: true }, target: { office: 'dpr' }, election: 'pemilu_2024', date: '2023-10-01' },
];

// --- the server -----------------------------------------------------------------------------------------------
const logDir = mkdtempSync(join(tmpdir(), 'netralitas-bench-'));
const logFile = join(logDir, 'server.log');
const child = spawn(process.execPath, ['--expose-gc', join(root, 'bench', 'serve-with-gc.mjs'), '--port', '0'], { stdio: ['ignore', openSync(logFile, 'a'), 'inherit', 'ipc'] });
let url;
for (let i = 0; i < 200 && !url; i++) {
  await new Promise((r) => setTimeout(r, 50));
  const first = readFileSync(logFile, 'utf8').split('\n')[0];
  if (first) url = JSON.parse(first).url;
}
if (!url) throw new Error('the server did not start');
const port = Number(new URL(url).port);
/** CPU time (user + system) in milliseconds of the server process, or of its main thread (`/proc/PID/task/PID`). */
const cpuOf = (path) => {
  const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
};
const cpu = () => cpuOf(`/proc/${child.pid}/stat`);
const mainCpu = () => cpuOf(`/proc/${child.pid}/task/${child.pid}/stat`);
/** The server's memory after a forced garbage collection (bench/serve-with-gc.mjs), in bytes. */
const collected = () =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send('gc');
  });
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;

/** The server's request log records written since `offset` (a byte offset into the log file). */
const logSince = (offset) => {
  const fd = openSync(logFile, 'r');
  const bytes = Buffer.alloc(statSync(logFile).size - offset);
  readSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
  return bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
};
/** One autocannon run, with the server's CPU time per answered request and the share of answers from its cache. */
const run = async (opts) => {
  const before = cpu();
  const mainBefore = mainCpu();
  const logAt = statSync(logFile).size;
  const result = await new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration: seconds, ...opts }, (error, r) => (error ? reject(error) : resolve(r)));
  });
  const serverCpuUs = ((cpu() - before) * 1000) / Math.max(1, result.requests.total);
  const mainCpuUs = ((mainCpu() - mainBefore) * 1000) / Math.max(1, result.requests.total);
  await new Promise((r) => setTimeout(r, 100)); // the log's last lines
  const classified = logSince(logAt).filter((r) => r.msg === 'request' && r.path === '/v1/classify' && r.status === 200);
  return { ...result, serverCpuUs, mainCpuUs, cached: classified.length === 0 ? undefined : classified.filter((r) => r.cached).length / classified.length };
};
const classifyRequest = { method: 'POST', path: '/v1/classify', headers: { 'content-type': 'application/json' }, body: JSON.stringify(INCIDENT) };

// Distinct incidents: several acts on every day from 2023-01-01, so that no body repeats within the answer cache.
/** 3,000 incidents: three acts of an actor of `employment` on each of 1,000 days from 2023-01-01. */
const onDays = (employment) => {
  const bodies = [];
  for (let day = 0; bodies.length < 3000; day++) {
    const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
    for (const kind of ['install_campaign_props', 'online_campaign', 'partisan_decision']) bodies.push(JSON.stringify({ ...INCIDENT, actor: { employment }, act: { kind }, date }));
  }
  return bodies;
};
const DISTINCT = onDays('pns');
/** The request options of autocannon that post the bodies in turn, from the first again after the last. */
const cycling = (bodies) => {
  let next = 0;
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ method: 'POST', path: '/v1/classify', setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  };
};
const distinctRequest = cycling(DISTINCT);
// The fixtures' incidents (scripts/fixtures-ndjson.mjs), each on five dates of the 2024 elections, those the library
// answers with a result.
const FIXTURE_DATES = ['2023-11-01', '2024-01-15', '2024-08-01', '2024-10-15', '2024-12-01'];
const FIXTURE_INCIDENTS = execFileSync(process.execPath, [join(root, 'scripts', 'fixtures-ndjson.mjs')], { encoding: 'utf8' })
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line));
const FIXTURES = [
  ...new Set(
    FIXTURE_DATES.flatMap((date) => FIXTURE_INCIDENTS.map(({ reference: _, ...incident }) => ({ ...incident, date })))
      .filter((incident) => classifySync(incident).ok)
      .map((incident) => JSON.stringify(incident)),
  ),
];
const fixturesRequest = cycling(FIXTURES);

// Warm-up: the JIT and the caches of the classifier. Not the measured 1,000 dates of a PNS: their first time is part
// of what is measured; the same days for a PPPK take the same code paths with other memo entries (by employment).
// Each list runs in slices of 5 s until V8's threads other than the main one (the optimising compiler, recompiling
// after deoptimisations as new result shapes come) use less than a tenth of the server's CPU, or for at most
// BENCH_WARMUP seconds: by per-thread CPU times, a fresh classification cost 550 µs of server CPU in the first 10 s of
// the fixtures and 230 µs once the compiler had settled, 40-50 s later.
const warmUpMax = Number(process.env.BENCH_WARMUP ?? 60);
const warmUps = [];
const warm = async (name, opts) => {
  for (let elapsed = 0; elapsed < warmUpMax; elapsed += 5) {
    const r = await run({ ...opts, url: `${url}/v1/classify`, duration: 5 });
    const otherThreads = 1 - r.mainCpuUs / r.serverCpuUs;
    warmUps.push({ name, elapsed: elapsed + 5, serverCpuUs: r.serverCpuUs, otherThreads });
    if (otherThreads < 0.1) return;
  }
};
await warm('the repeated incident', classifyRequest);
await warm('the fixtures', fixturesRequest);
await warm('the 1,000 days for a PPPK', cycling(onDays('pppk')));

// --- 1. throughput, side by side ------------------------------------------------------------------------------
const loadBefore = loadavg();
const health = await run({ url: `${url}/healthz` });
const classify = await run({ ...classifyRequest, url: `${url}/v1/classify` });
const fixtures = await run({ ...fixturesRequest, url: `${url}/v1/classify` });
const distinct = await run({ ...distinctRequest, url: `${url}/v1/classify` });
const nonOk = (r) => r.non2xx + r.errors + r.timeouts;

// --- 2. latency at a fixed rate -------------------------------------------------------------------------------
const fixed = await run({ ...classifyRequest, url: `${url}/v1/classify`, overallRate: 1000 });
const fixedFixtures = await run({ ...fixturesRequest, url: `${url}/v1/classify`, overallRate: 1000 });
const fixedDistinct = await run({ ...distinctRequest, url: `${url}/v1/classify`, overallRate: 1000 });
const loadAfter = loadavg();

// --- 2b. the floor that the answers' size sets ---------------------------------------------------------------
// A bare node:http server (no framework, no work) in its own process answers the same POST with a static body: the
// size of /healthz's answer, or the mean size of the 1,000 dates' answers. Its ratio of the two is the most any
// server on this machine could reach for answers that size against its own /healthz: the load generator shares the
// two cores and reads every byte, and loopback TCP copies each answer through the kernel.
const meanAnswerBytes = Math.round(DISTINCT.reduce((n, body) => n + Buffer.byteLength(JSON.stringify(classifySync(JSON.parse(body)))), 0) / DISTINCT.length);
const healthBody = await (await fetch(`${url}/healthz`)).text();
const BARE = `
const http = require('node:http');
const small = process.env.SMALL;
const large = JSON.stringify({ text: 'x'.repeat(Number(process.env.LARGE_BYTES) - 11) });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = req.url === '/large' ? large : small;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;
const bare = spawn(process.execPath, ['-e', BARE], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SMALL: healthBody, LARGE_BYTES: String(meanAnswerBytes) } });
const barePort = await new Promise((resolve) => bare.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const bareRun = (path) =>
  new Promise((resolve, reject) => {
    autocannon({ url: `http://127.0.0.1:${barePort}${path}`, connections: 10, duration: seconds, method: 'POST', headers: classifyRequest.headers, body: classifyRequest.body }, (error, r) => (error ? reject(error) : resolve(r)));
  });
const bareSmall = await bareRun('/small');
const bareLarge = await bareRun('/large');
bare.kill();

// --- 3. the bad-input mix -------------------------------------------------------------------------------------
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}
function raw(bytes) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).toString())?.[1] ?? 0)));
    socket.end(bytes);
  });
}
const post = (body) => fetch(`${url}/v1/classify`, { method: 'POST', body }).then(async (r) => (await r.arrayBuffer(), r.status));
async function mixRound(seed) {
  const next = random(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const bad = [
    () => post(JSON.stringify(pick(VALID)).slice(0, Math.floor(next() * 60))),
    () => post(Buffer.from(Array.from({ length: 1 + Math.floor(next() * 300) }, () => Math.floor(next() * 256)))),
    () => post(JSON.stringify({ ...pick(VALID), reference: 'x'.repeat(70_000) })),
    () => post(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
    () => raw(`POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Length: 4000\r\n\r\n${JSON.stringify(pick(VALID))}`),
    () => raw('POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Len'),
    () => fetch(`${url}/v1/classify/batch`, { method: 'POST', body: `${JSON.stringify(pick(VALID))}\nnot json\n{"actor":` }).then(async (r) => (await r.text(), r.status)),
  ];
  const tasks = [];
  for (let i = 0; i < 1000; i++) tasks.push({ bad: true, go: bad[i % bad.length] });
  for (let i = 0; i < 300; i++) {
    const incident = VALID[i % VALID.length];
    tasks.splice(Math.floor(next() * tasks.length), 0, {
      bad: false,
      go: async () => {
        const r = await fetch(`${url}/v1/classify`, { method: 'POST', body: JSON.stringify(incident) });
        const body = await r.json();
        return r.status === 200 && JSON.stringify(body) === JSON.stringify(classifySync(incident)) ? 'right' : 'wrong';
      },
    });
  }
  const outcomes = [];
  let k = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (k < tasks.length) {
        const t = tasks[k++];
        outcomes.push({ bad: t.bad, out: await t.go() });
      }
    }),
  );
  return {
    right: outcomes.filter((o) => !o.bad && o.out === 'right').length,
    wrong: outcomes.filter((o) => !o.bad && o.out !== 'right').length,
    serverErrors: outcomes.filter((o) => o.bad && o.out >= 500).length,
  };
}
const rounds = [];
const MiB = 1024 * 1024;
const atStart = await collected();
for (let round = 1; round <= mixRounds; round++) {
  const before = rss();
  const result = await mixRound(round);
  const after = rss();
  const gc = await collected();
  rounds.push({ round, before, after, gcRss: gc.rss / MiB, heapUsed: gc.heapUsed / MiB, ...result });
}

child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));

// --- report ---------------------------------------------------------------------------------------------------
const f = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
console.log(`netralitas-asn serve on 127.0.0.1 in its own process; load generator autocannon in another (10 connections, no workers), ${seconds} s per measurement (Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores)`);
const warmUpEnd = (name) => warmUps.filter((w) => w.name === name).at(-1);
console.log(
  `warm-up (until V8's other threads use < 10 % of the server's CPU, at most ${warmUpMax} s a list): ${['the repeated incident', 'the fixtures', 'the 1,000 days for a PPPK']
    .map((name) => `${name} ${warmUpEnd(name).elapsed} s (last 5 s: ${f(warmUpEnd(name).serverCpuUs)} µs/request, ${f(100 * warmUpEnd(name).otherThreads)} % on other threads)`)
    .join('; ')}`,
);
console.log(`load average before: ${load(loadBefore)}`);
console.log('');
console.log('| measurement | req/s | p50 ms | p99 ms | max ms | server CPU µs/request | of which main thread | from the answer cache | non-2xx/errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const row = (name, r) =>
  console.log(
    `| ${name} | ${f(r.requests.average)} | ${f(r.latency.p50, 1)} | ${f(r.latency.p99, 1)} | ${f(r.latency.max, 1)} | ${f(r.serverCpuUs)} | ${f(r.mainCpuUs)} | ${r.cached === undefined ? '' : `${f(100 * r.cached, 1)} %`} | ${nonOk(r)} |`,
  );
row('GET /healthz', health);
row('POST /v1/classify, one incident repeated', classify);
row(`POST /v1/classify, the fixtures on 5 dates (${f(FIXTURES.length)} incidents) in turn`, fixtures);
row('POST /v1/classify, 3,000 incidents on 1,000 dates in turn', distinct);
row('POST /v1/classify repeated, at 1,000 req/s', fixed);
row('POST /v1/classify fixtures, at 1,000 req/s', fixedFixtures);
row('POST /v1/classify 1,000 dates, at 1,000 req/s', fixedDistinct);
console.log('');
const ratio = (r) => f(r.requests.average / health.requests.average, 2);
console.log(`classify / healthz throughput: repeated ${ratio(classify)}, fixtures ${ratio(fixtures)}, 1,000 dates ${ratio(distinct)} (target >= 0.5)`);
const cpuRatio = (r) => f(health.serverCpuUs / r.serverCpuUs, 2);
console.log(`healthz / classify server CPU per request (the same ratio, bound by the server alone): repeated ${cpuRatio(classify)}, fixtures ${cpuRatio(fixtures)}, 1,000 dates ${cpuRatio(distinct)}`);
console.log(`classify p99 at 1,000 req/s: repeated ${f(fixed.latency.p99, 1)} ms, fixtures ${f(fixedFixtures.latency.p99, 1)} ms, 1,000 dates ${f(fixedDistinct.latency.p99, 1)} ms (target < 10 ms)`);
console.log(`load average after: ${load(loadAfter)}`);
console.log(
  `The floor that the answers' size sets: a bare node:http server in its own process (no framework, no work) answering the same POST with a static body ` +
    `of /healthz's size (${f(Buffer.byteLength(healthBody))} B) ${f(bareSmall.requests.average)} req/s, with one of the 1,000 dates' mean answer size ` +
    `(${f(meanAnswerBytes)} B) ${f(bareLarge.requests.average)} req/s: ratio ${f(bareLarge.requests.average / bareSmall.requests.average, 2)}, the most any server could reach here for answers that size (target >= 0.5).`,
);
console.log('');
console.log(`Bad-input mix (per round: 1,000 bad bodies and 300 valid requests, 16 at a time; then a forced garbage collection in the server). Before the first round, after a collection: RSS ${f(atStart.rss / MiB, 1)} MiB, heap used ${f(atStart.heapUsed / MiB, 1)} MiB.`);
console.log('| round | RSS before MiB | RSS after MiB | RSS after GC MiB | heap used after GC MiB | valid answered right | wrong | 5xx to bad input |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rounds) console.log(`| ${r.round} | ${f(r.before, 1)} | ${f(r.after, 1)} | ${f(r.gcRss, 1)} | ${f(r.heapUsed, 1)} | ${r.right} | ${r.wrong} | ${r.serverErrors} |`);
