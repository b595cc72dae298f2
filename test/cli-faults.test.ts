// The CLI's output edges and signals: every write fault is one line naming the output and the OS error with exit code
// 4 (never a stack trace), a closed pipe ends quietly, --out is replaced only when complete, --out that is the input is
// refused before anything is written, SIGINT/SIGTERM stop after whole lines and say where, and answers read from a
// FIFO reach a pipe while the FIFO is still open. All bounded in time.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { asNobody, ndjson, runCli, sh, startCli, tempDir, until, VALID } from './cli-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = tempDir();
const input = join(dir, 'in.ndjson');
writeFileSync(input, ndjson(3_000));

/** A fault message: one line, naming the output and the OS error, no stack trace. */
function expectOneLineFault(stderr: string, name: string, os: RegExp): void {
  const faults = stderr.split('\n').filter((l) => l.includes('cannot write'));
  expect(faults, stderr).toHaveLength(1);
  expect(faults[0]).toContain(name);
  expect(faults[0]).toMatch(os);
  expect(stderr).not.toMatch(/\n\s+at |Unhandled 'error' event|node:internal/);
}

describe('output faults', () => {
  it('a full disk on stdout (/dev/full): one line, exit 4', () => {
    const r = sh(`"$NODE" "$CLI" batch ${JSON.stringify(input)} > /dev/full`);
    expect(r.code).toBe(4);
    expectOneLineFault(r.stderr, 'stdout', /no space left on device \(ENOSPC\)/);
  });

  it('a full disk on --out (ulimit -f): one line, exit 4, no partial file, the old --out left as it was', () => {
    const out = join(dir, 'limited.ndjson');
    writeFileSync(out, 'previous results\n');
    // Ignoring SIGXFSZ (as a shell trap does) makes the write fail with EFBIG, as a full disk fails with ENOSPC.
    const r = sh(`trap '' XFSZ; ulimit -f 12288; "$NODE" "$CLI" batch ${JSON.stringify(input)} --output full --out ${JSON.stringify(out)}`);
    expect(r.code).toBe(4);
    expectOneLineFault(r.stderr, out, /file too large \(EFBIG\)/);
    expect(r.stderr).toMatch(/stopped after input line \d+ \(\d+ answers\)/);
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('a missing directory, a directory as --out: one line each, exit 4', () => {
    const missing = join(dir, 'no-such-dir', 'out.ndjson');
    const a = runCli(['batch', input, '--out', missing]);
    expect(a.code).toBe(4);
    expectOneLineFault(a.stderr, missing, /no such file or directory \(ENOENT\)/);
    const b = runCli(['batch', input, '--out', dir]);
    expect(b.code).toBe(4);
    expectOneLineFault(b.stderr, dir, /is a directory \(EISDIR\)/);
  });

  it('a read-only --out and a read-only directory: one line each, exit 4, nothing changed', () => {
    const ro = join(dir, 'read-only.ndjson');
    writeFileSync(ro, 'keep\n');
    chmodSync(ro, 0o444);
    const a = runCli(['batch', input, '--out', ro], asNobody);
    expect(a.code).toBe(4);
    expectOneLineFault(a.stderr, ro, /permission denied \(EACCES\)/);
    expect(readFileSync(ro, 'utf8')).toBe('keep\n');
    const roDir = join(dir, 'ro-dir');
    mkdirSync(roDir);
    chmodSync(roDir, 0o555);
    const b = runCli(['batch', input, '--out', join(roDir, 'out.ndjson')], asNobody);
    expect(b.code).toBe(4);
    expectOneLineFault(b.stderr, join(roDir, 'out.ndjson'), /permission denied \(EACCES\)/);
    expect(readdirSync(roDir)).toEqual([]);
  });

  it('a pipe closed by its reader (| head -1) ends the run quietly with 141', () => {
    const r = sh(`set -o pipefail; "$NODE" "$CLI" batch ${JSON.stringify(input)} | head -1; echo "exit \${PIPESTATUS[0]}" >&2`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 1, ok: true });
    expect(r.stderr.trim()).toBe('exit 141');
  });

  it('--out that is the input, directly or through a symlink, is refused before anything is written', () => {
    const before = readFileSync(input, 'utf8');
    const link = join(dir, 'link.ndjson');
    symlinkSync(input, link);
    for (const out of [input, link]) {
      const r = runCli(['batch', input, '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/is the input file: refusing to overwrite it/);
      expect(readFileSync(input, 'utf8')).toBe(before);
    }
    const viaStdout = sh(`"$NODE" "$CLI" batch - < ${JSON.stringify(input)} >> ${JSON.stringify(input)}`);
    expect(viaStdout.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('--out is complete once renamed: the same answers as stdout, no temporary file left', () => {
    const out = join(dir, 'complete.ndjson');
    const r = runCli(['batch', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(runCli(['batch', input]).stdout);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});

describe('signals', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} mid-run through a slow pipe: whole lines only, the stopping point on stderr, exit ${code}`, async () => {
      const run = startCli(['batch', '-', '--output', 'full']);
      run.child.stdout!.pause(); // a slow reader: the pipe fills and the CLI waits on it
      run.child.stdin!.write(ndjson(2_000));
      // Mid-run: the CLI has answered lines (waiting for that, not for a fixed time, which a loaded machine outlasts
      // before the CLI has even started), then a little more so that the pipe is full.
      await until(() => run.child.stdout!.readableLength > 0, 30_000);
      await new Promise((r) => setTimeout(r, 500));
      run.child.kill(signal);
      run.child.stdout!.resume();
      const r = await run.done;
      expect(r.code).toBe(code);
      const lines = r.stdout.split('\n');
      expect(lines.pop()).toBe(''); // ends with a newline: no cut line
      const numbers = lines.map((l) => (JSON.parse(l) as { line: number }).line);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      const m = new RegExp(`Interrupted by ${signal} after input line (\\d+) \\((\\d+) answers\\)`).exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      expect(Number(m![2])).toBe(lines.length);
      expect(Number(m![1])).toBe(numbers.at(-1));
      expect(r.stderr).not.toMatch(/Records: /);
    });
  }

  it('SIGTERM with --out: the old --out stays, no partial file, exit 143', async () => {
    const out = join(dir, 'interrupted.ndjson');
    writeFileSync(out, 'old\n');
    const run = startCli(['batch', '-', '--out', out]);
    run.child.stdin!.write(`${VALID}\n`);
    await until(() => readdirSync(dir).some((f) => f.startsWith('.interrupted.ndjson.')));
    await new Promise((r) => setTimeout(r, 500));
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/Interrupted by SIGTERM after input line 1 \(1 answers\); .* was not written/);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});

describe('FIFO input', () => {
  const hasMkfifo = (() => {
    try {
      execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasMkfifo).each(['1', '2'])('answers 5 records from a FIFO that stays open, on a pipe at once, and stops on SIGTERM (--jobs %s)', async (jobs) => {
    const fifo = join(dir, `reports-${jobs}.ndjson`);
    execFileSync('mkfifo', [fifo]);
    const writer = startWriter(fifo);
    const run = startCli(['batch', fifo, '--jobs', jobs]);
    await until(() => run.stdout.split('\n').length > 5, 20_000);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([1, 2, 3, 4, 5]);
    run.child.kill('SIGTERM');
    const r = await run.done;
    writer.kill('SIGKILL');
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/after input line 5 \(5 answers\)/);
  });
});

/** A writer that puts 5 lines into the FIFO and keeps it open. */
function startWriter(fifo: string) {
  return spawn('bash', ['-c', `{ for i in 1 2 3 4 5; do echo '${VALID}'; done; sleep 30; } > ${JSON.stringify(fifo)}`], { stdio: 'ignore' });
}

describe('an input that shrinks while read', () => {
  it('is an input fault (exit 3), not a complete run', async () => {
    const file = join(dir, 'shrinking.ndjson');
    writeFileSync(file, ndjson(60_000));
    const run = startCli(['batch', file, '--output', 'full']);
    run.child.stdout!.pause(); // the CLI blocks on the full pipe after the first chunks
    // It has read and answered some of the file (on a loaded machine a fixed wait can end before it starts).
    await until(() => run.child.stdout!.readableLength > 0, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    truncateSync(file, 100_000);
    run.child.stdout!.resume();
    const r = await run.done;
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/shrinking\.ndjson: shrank while being read: ended after \d+ of its \d+ bytes/);
    expect(existsSync(file)).toBe(true);
  });
});
