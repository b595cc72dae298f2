// Helpers of the CLI tests: run the built CLI (dist/cli.js) synchronously or as a child to signal, with bounded time.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const cli = join(root, 'dist', 'cli.js');

/** A fresh temporary directory that an unprivileged user can use too. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netralitas-cli-'));
  chmodSync(dir, 0o777);
  return dir;
}

/** When the tests run as root (CI does), a child can drop to `nobody` so that file permissions apply to it. */
export const asNobody: Pick<SpawnSyncOptions, 'uid' | 'gid'> = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to the end (at most 60 s). */
export function runCli(args: readonly string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 60_000, ...options });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** Runs a shell command line (for pipes, redirections and ulimit), at most 60 s. */
export function sh(script: string, options: SpawnSyncOptions = {}): Run {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE: process.execPath, CLI: cli }, ...options });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** Starts the CLI as a child, for tests that signal it or feed it slowly. */
export function startCli(args: readonly string[], options: Parameters<typeof spawn>[2] = {}) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void done.then(() => clearTimeout(timer));
  return {
    child,
    done,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

/** Resolves once `check()` holds (polling), or rejects after `ms`. */
export async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A valid incident line and an invalid one. */
export const VALID = JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
export const INVALID = JSON.stringify({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });

/** `n` NDJSON lines, each valid, with its own reference. */
export const ndjson = (n: number): string =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ reference: `R-${i + 1}`, actor: { employment: 'pns' }, act: { kind: i % 3 === 0 ? 'party_membership' : 'online_campaign' }, stage: 'calon' })).join('\n') + '\n';
