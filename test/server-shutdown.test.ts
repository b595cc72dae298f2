// `netralitas-asn serve` as an orchestrator runs it: the built CLI in its own process, on a free loopback port. On
// SIGTERM it stops, but only after the request in flight has been answered in full; then it exits 0.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const pppk = JSON.stringify({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });

/** Starts `serve` and resolves with the child, its URL, and a way to wait for a log line. */
async function serve(args: string[] = []) {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const records: Record<string, unknown>[] = [];
  const waiters: { test: (r: Record<string, unknown>) => boolean; resolve: (r: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    records.push(record);
    for (const w of waiters.splice(0)) if (w.test(record)) w.resolve(record);
      else waiters.push(w);
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waitFor = (msg: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = records.find((r) => r.msg === msg);
      if (found) resolve(found);
      else waiters.push({ test: (r) => r.msg === msg, resolve });
    });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = await Promise.race([waitFor('listening'), exited.then(() => Promise.reject(new Error(`serve exited: ${stderr}`)))]);
  return { child, url: new URL(String(listening.url)), waitFor, exited, records, stderr: () => stderr };
}

describe('serve, shut down by SIGTERM', () => {
  it('finishes the batch request in flight, answers every line of it, then exits 0', async () => {
    const server = await serve();
    const received: string[] = [];
    let firstLine: () => void = () => {};
    const gotFirstLine = new Promise<void>((resolve) => (firstLine = resolve));
    const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.url.port, path: '/v1/classify/batch', method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, agent: false },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            received.push(d);
            if (received.join('').includes('\n')) firstLine();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: received.join('') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.write(`${pppk}\n`);
      // The first answer proves the request is in flight; only then the signal, then the rest of the body.
      void gotFirstLine.then(async () => {
        server.child.kill('SIGTERM');
        await server.waitFor('shutting down');
        for (let i = 0; i < 20; i++) req.write(`${pppk}\n`);
        req.end('{"actor":{"employment":"pilot"},"act":{"kind":"party_membership"}}\n');
      });
    });
    const { status, body } = await done;
    expect(status).toBe(200);
    const lines = body.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean });
    expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(lines.filter((l) => l.ok).length).toBe(21);
    expect(await server.exited).toBe(0);
    await server.waitFor('stopped');
    expect(server.records.find((r) => r.msg === 'batch')).toMatchObject({ ended: 'complete', records: 22, valid: 21, invalid: 1 });
  });

  it('exits 0 on SIGTERM when idle, and refuses a pack that does not load with exit 2, naming it', async () => {
    const server = await serve();
    const res = await fetch(new URL('/healthz', server.url));
    expect(res.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // The what-if pack removes a rule, which a law pack may not: here it is given as a pack with kind law.
    const bad = join(mkdtempSync(join(tmpdir(), 'netralitas-serve-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'bad-pack', kind: 'law', title: { id: 'x', en: 'x' }, rules: {}, remove: ['skb-2022/ke-1'] }));
    const pack = spawn(process.execPath, [cli, 'serve', '--port', '0', '--pack', bad], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    pack.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => pack.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('pack bad-pack: only a what-if pack may remove loaded rules');
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const first = await serve();
    try {
      const second = spawn(process.execPath, [cli, 'serve', '--port', first.url.port], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Cannot start the server: .*EADDRINUSE/);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });

  it('rejects bad options with exit code 2', async () => {
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--timeout', '0'], ['--bogus']]) {
      const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code, args.join(' ')).toBe(2);
    }
  });
});
