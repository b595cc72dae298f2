#!/usr/bin/env node
// The service's first seconds, for two or more builds side by side: each build's `netralitas-asn serve` is started
// fresh on a loopback port and loaded at once (autocannon, 10 connections) with 3,000 incidents on 1,000 dates in turn
// (each classified afresh), for 5 s, 5 s more and 10 s more; prints the requests answered and the server's CPU time
// per request (every thread: V8's optimising compiler works beside the main one) in each stretch. Builds interleaved,
// RUNS rounds (default 2), so that the noise of a shared machine falls on all alike. No pass/fail.
//   node bench/server-warm-ab.mjs DIST_A/cli.js DIST_B/cli.js   (after `npm run build`; an older build: git worktree)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const clis = process.argv.slice(2);
if (clis.length === 0) throw new Error('usage: node bench/server-warm-ab.mjs CLI_A [CLI_B ...]');
const runs = Number(process.env.RUNS ?? 2);
const INCIDENT = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, election: 'pilkada_2024' };
const bodies = [];
for (let day = 0; bodies.length < 3000; day++) {
  const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
  for (const kind of ['install_campaign_props', 'online_campaign', 'partisan_decision']) bodies.push(JSON.stringify({ ...INCIDENT, act: { kind }, date }));
}
/** CPU time (user + system) of a process in ms, from /proc (clock ticks of 10 ms). */
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const load = (port, seconds, next) =>
  new Promise((resolve, reject) =>
    autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: 10,
        duration: seconds,
        requests: [{ method: 'POST', path: '/v1/classify', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next() % bodies.length] }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );

for (let r = 0; r < runs; r++) {
  for (const cli of clis) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = spawn(process.execPath, [cli, 'serve', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
    let up = false;
    for (let i = 0; i < 200 && !up; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => true,
        () => false,
      );
    }
    if (!up) throw new Error(`${cli} serve did not start`);
    let sent = 0;
    const stretches = [];
    for (const seconds of [5, 5, 10]) {
      const before = cpuOf(server.pid);
      const result = await load(port, seconds, () => sent++);
      const errors = result.errors + result.non2xx;
      stretches.push(`${result.requests.total.toLocaleString('en-US')} req, ${Math.round(((cpuOf(server.pid) - before) * 1000) / result.requests.total)} µs CPU/req${errors ? `, ${errors} errors` : ''}`);
    }
    console.log(`${cli.padEnd(28)} s 0-5: ${stretches[0]} | s 5-10: ${stretches[1]} | s 10-20: ${stretches[2]}`);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('exit', resolve));
  }
}
