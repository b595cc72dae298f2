// The service under bad input, over real HTTP on loopback: 1,000 malformed, oversized, truncated and lying bodies
// mixed into valid traffic, a slow client and a batch client that goes away mid-stream. Valid requests keep getting
// the library's answers, bad ones get a 4xx (never a 500), and the server stays up. Counts and waits are bounded.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { startServer, type Decision, type RunningServer } from '../src/server.js';
import { loadFixtures } from './fixture-files.js';
import { rawExchange, rawPost } from './server-helpers.js';

vi.setConfig({ testTimeout: 120_000 });

const valid = loadFixtures()
  .filter((c) => c.expect.invalidFields === undefined)
  .map((c) => c.incident);
let running: RunningServer;
const logs: Record<string, unknown>[] = [];
const decisions: Decision[] = [];

beforeAll(async () => {
  running = await startServer({ port: 0, timeoutMs: 1_500, bodyLimit: 65_536, log: (r) => logs.push(r), onDecision: (d) => decisions.push(d) });
});
afterAll(async () => {
  await running.close();
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

type Probe = { kind: 'valid'; incident: unknown } | { kind: 'bad'; name: string; send: () => Promise<number> };

function probes(): Probe[] {
  const next = random(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: Probe[] = [];
  const post = (body: string | Buffer) => () => fetch(`${running.url}/v1/classify`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body) }).then(async (r) => (await r.arrayBuffer(), r.status));
  const raw = (bytes: Buffer) => () => rawExchange(running.port, bytes).then((r) => r.status);
  const kinds: ((i: number) => Probe)[] = [
    // Truncated JSON: a valid incident cut at a random point.
    () => {
      const text = JSON.stringify(pick(valid));
      return { kind: 'bad', name: 'truncated json', send: post(text.slice(0, Math.floor(next() * (text.length - 1)))) };
    },
    // Random bytes, invalid UTF-8 included.
    () => ({ kind: 'bad', name: 'random bytes', send: post(Buffer.from(Array.from({ length: 1 + Math.floor(next() * 300) }, () => Math.floor(next() * 256)))) }),
    // Oversized bodies.
    () => ({ kind: 'bad', name: 'oversized', send: post(JSON.stringify({ ...(pick(valid) as object), reference: 'x'.repeat(66_000 + Math.floor(next() * 10_000)) })) }),
    // Deeply nested JSON within the size limit.
    () => ({ kind: 'bad', name: 'deep nesting', send: post(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) }),
    // A body shorter than its Content-Length, then the client half-closes.
    () => {
      const full = rawPost('/v1/classify', JSON.stringify(pick(valid)), { 'Content-Length': '4000' });
      return { kind: 'bad', name: 'short body', send: raw(full) };
    },
    // Headers cut off mid-way.
    () => ({ kind: 'bad', name: 'truncated headers', send: raw(Buffer.from('POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Len')) }),
    // Garbage instead of HTTP.
    () => ({ kind: 'bad', name: 'not http', send: raw(Buffer.from(`\u0016\u0003\u0001${'z'.repeat(Math.floor(next() * 200))}\r\n\r\n`)) }),
    // Valid JSON that is not an incident.
    () => ({ kind: 'bad', name: 'not an incident', send: post(pick(['null', '[]', '{"actor":{"employment":"pns"},"act":{"kind":"zzz"}}', '{"__proto__":{"x":1}}', '"a"'])) }),
  ];
  for (let i = 0; i < 1_000; i++) out.push(kinds[i % kinds.length]!(i));
  for (let i = 0; i < 300; i++) out.splice(Math.floor(next() * out.length), 0, { kind: 'valid', incident: valid[i % valid.length] });
  return out;
}

/** Runs tasks with at most `width` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

describe('the service under bad input', () => {
  it('answers 300 valid requests correctly among 1,000 malformed, oversized and truncated ones, and never with a 500', async () => {
    const all = probes();
    const outcomes = await pool(
      all.map((p) => async () => {
        if (p.kind === 'bad') return { p, status: await p.send() };
        const res = await fetch(`${running.url}/v1/classify`, { method: 'POST', body: JSON.stringify(p.incident) });
        return { p, status: res.status, body: (await res.json()) as unknown };
      }),
      16,
    );
    const good = outcomes.filter((o) => o.p.kind === 'valid');
    expect(good.length).toBe(300);
    for (const o of good) {
      expect(o.status).toBe(200);
      expect(o.body).toEqual(JSON.parse(JSON.stringify(classifySync((o.p as { incident: unknown }).incident))));
    }
    const bad = outcomes.filter((o) => o.p.kind === 'bad') as { p: { name: string }; status: number }[];
    expect(bad.length).toBe(1_000);
    // 0: the server (or Node's HTTP parser) closed a connection that never became a whole request.
    for (const o of bad) expect([0, 400, 408, 413, 422], o.p.name).toContain(o.status);
    const byName = (name: string) => bad.filter((o) => o.p.name === name).map((o) => o.status);
    expect(new Set(byName('oversized'))).toEqual(new Set([413]));
    expect(new Set(byName('truncated json'))).toEqual(new Set([400]));
    expect(new Set(byName('not an incident'))).toEqual(new Set([422]));
    expect(byName('not http').every((s) => s === 400 || s === 0)).toBe(true);
    expect(logs.filter((r) => r.status === 500 || r.level === 'error')).toEqual([]);
    const health = await fetch(`${running.url}/readyz`);
    expect(health.status).toBe(200);
  });

  it('times a slow client out with 408 while answering others, and decides nothing when its body arrives late', async () => {
    const incident = JSON.stringify({ ...(valid[0] as object), reference: 'SLOW-CLIENT' });
    const prefix = '{"actor":';
    const socket = connect(running.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => {});
    socket.write(`POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n${prefix}`);
    // One space now and then (still valid JSON), for at most 60 seconds, until the server answers.
    let sent = prefix.length;
    const drip = setInterval(() => socket.writable && sent < 500 && socket.write(' ') && sent++, 200);
    const guard = setTimeout(() => socket.destroy(), 60_000);
    for (const other of valid.slice(0, 20)) {
      const res = await fetch(`${running.url}/v1/classify`, { method: 'POST', body: JSON.stringify(other) });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    while (!Buffer.concat(chunks).toString().includes('\r\n\r\n') && !socket.destroyed) await new Promise((r) => setTimeout(r, 50));
    clearInterval(drip);
    clearTimeout(guard);
    const text = Buffer.concat(chunks).toString();
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(text).toContain('"request_timeout"');
    // The rest of the body, after the answer: the late classification must not count as a decision.
    const rest = incident.slice(prefix.length);
    socket.write(rest + ' '.repeat(1000 - sent - rest.length));
    await new Promise((r) => setTimeout(r, 500));
    socket.destroy();
    await closed;
    const hash = (classifySync(JSON.parse(incident)) as { audit: { incidentHash: string } }).audit.incidentHash;
    expect(decisions.map((d) => d.incidentHash)).not.toContain(hash);
    expect(decisions.length).toBeGreaterThan(0);
  });

  it('stops the work of a batch whose client goes away mid-stream, and goes on answering', async () => {
    const before = logs.length;
    const socket = connect(running.port, '127.0.0.1');
    socket.on('error', () => {});
    let received = '';
    const firstLine = new Promise<void>((resolve) =>
      socket.on('data', (d: Buffer) => {
        received += d.toString();
        if (received.includes('"line":1,')) resolve();
      }),
    );
    const line = `${JSON.stringify(valid[0])}\n`;
    socket.write('POST /v1/classify/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n');
    socket.write(`${Buffer.byteLength(line).toString(16)}\r\n${line}\r\n`);
    await firstLine;
    socket.destroy();
    // Bounded wait for the batch record (the server logs it when the stream ends).
    for (let i = 0; i < 200 && !logs.slice(before).some((r) => r.msg === 'batch'); i++) await new Promise((r) => setTimeout(r, 50));
    const record = logs.slice(before).find((r) => r.msg === 'batch');
    expect(record).toMatchObject({ records: 1 });
    expect(['aborted', 'failed']).toContain(record!.ended);
    const res = await fetch(`${running.url}/v1/classify`, { method: 'POST', body: JSON.stringify(valid[1]) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(classifySync(valid[1]))));
  });
});
