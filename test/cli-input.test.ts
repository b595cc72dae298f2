// The CLI's input edges: a UTF-8 BOM is accepted in every format, invalid UTF-8 and UTF-16 are refused (never
// replaced by U+FFFD), the line cap holds while reading, repeated keys and columns are rejected, a directory or
// unreadable input is exit 3, CSV rows are answered in input order, input echoed on stderr cannot forge a line, and
// every verb exits 2 on a bad option with its usage on stderr.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { classifySync } from '../src/index.js';
import { asNobody, cli, INVALID, runCli, sh, tempDir, VALID } from './cli-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = tempDir();
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; ok: boolean; reference?: string });

describe('byte-order mark', () => {
  it('is accepted in NDJSON, CSV, and classify of JSON and YAML', () => {
    const expected = classifySync(JSON.parse(VALID));
    expect(lines(runCli(['batch', file('bom.ndjson', Buffer.concat([BOM, Buffer.from(`${VALID}\n`)]))]).stdout)).toMatchObject([{ line: 1, ok: true }]);
    expect(lines(runCli(['batch', file('bom.csv', Buffer.concat([BOM, Buffer.from('actor.employment,act.kind\npns,party_membership\n')]))]).stdout)).toMatchObject([{ line: 2, ok: true }]);
    for (const [name, text] of [['bom.json', VALID], ['bom.yaml', 'actor: { employment: pns }\nact: { kind: party_membership }\n']] as const) {
      const r = runCli(['classify', file(name, Buffer.concat([BOM, Buffer.from(text)]))]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });
});

describe('encoding', () => {
  it('rejects each invalid UTF-8 line with its line and byte offset, instead of giving three byte strings one hash', () => {
    const prefix = '{"reference":"R';
    const rest = '","actor":{"employment":"pns"},"act":{"kind":"party_membership"}}\n';
    const bad = [[0xff], [0xc3], [0xed, 0xa0, 0x80]].map((b) => Buffer.concat([Buffer.from(prefix), Buffer.from(b), Buffer.from(rest)]));
    const content = Buffer.concat([Buffer.from(`${VALID}\n`), ...bad]);
    const r = runCli(['batch', file('bad-utf8.ndjson', content)]);
    expect(r.code).toBe(1);
    const starts: number[] = [];
    let at = VALID.length + 1;
    for (const line of bad) {
      starts.push(at + prefix.length);
      at += line.length;
    }
    expect([...r.stderr.matchAll(/^line (\d+): \(input\): Unreadable line: not valid UTF-8 at byte (\d+) \(save the file as UTF-8\)$/gm)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([
      [2, starts[0]],
      [3, starts[1]],
      [4, starts[2]],
    ]);
    expect(lines(r.stdout).map((x) => x.ok)).toEqual([true, false, false, false]);
  });

  it('refuses UTF-16 input, with or without a byte-order mark, saying to save it as UTF-8 (exit 3)', () => {
    const text = `${VALID}\n`;
    for (const [name, bytes] of [
      ['le-bom.ndjson', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['le.ndjson', Buffer.from(text, 'utf16le')],
      ['le.csv', Buffer.from('actor.employment,act.kind\npns,party_membership\n', 'utf16le')],
    ] as const) {
      const r = runCli(['batch', file(name, bytes)]);
      expect(r.code, name).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`${name}: is UTF-16 \\(.*\\), not UTF-8: save it as UTF-8`));
      expect(r.stderr).not.toContain('\u0000');
    }
    const c = runCli(['classify', file('le.json', Buffer.from(text, 'utf16le'))]);
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/le\.json: is UTF-16/);
  });
});

describe('line cap', () => {
  it('holds while reading: a 160 MB line under a 64 MiB heap is reported as too long and the run goes on', async () => {
    const child = spawn(process.execPath, ['--max-old-space-size=64', cli, 'batch', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const write = (s: string | Buffer) => new Promise<void>((resolve) => (child.stdin.write(s) ? resolve() : child.stdin.once('drain', () => resolve())));
    await write(`${VALID}\n{"reference":"`);
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 160; i++) await write(chunk);
    await write(`"}\n${VALID}\n`);
    child.stdin.end();
    const code = await closed;
    expect(stderr).toMatch(/^line 2: \(input\): Unreadable line: line longer than 1048576 characters$/m);
    expect(lines(stdout).map((x) => [x.line, x.ok])).toEqual([[1, true], [2, false], [3, true]]);
    expect(code).toBe(1);
  });
});

describe('repeated keys', () => {
  const twice = '{"actor":{"employment":"tni","employment":"pns"},"act":{"kind":"party_membership"}}';

  it('are rejected in NDJSON and classify JSON, naming the key, as YAML does', () => {
    const b = runCli(['batch', file('dup.ndjson', `${twice}\n${VALID}\n`)]);
    expect(b.stderr).toMatch(/^line 1: \(input\): Unreadable line: duplicate key "actor\.employment"$/m);
    expect(lines(b.stdout).map((x) => x.ok)).toEqual([false, true]);
    const c = runCli(['classify', file('dup.json', twice)]);
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/dup\.json: duplicate key "actor\.employment"/);
    const y = runCli(['classify', file('dup.yaml', 'actor: { employment: tni, employment: pns }\nact: { kind: party_membership }\n')]);
    expect(y.code).toBe(3);
    expect(y.stderr).toMatch(/unique/);
  });

  it('a colon inside a string value is not taken for a repeated key', () => {
    const r = runCli(['batch', file('colon.ndjson', `${JSON.stringify({ reference: 'R:1:2', actor: { employment: 'pns' }, act: { kind: 'party_membership' } })}\n`)]);
    expect(r.code).toBe(0);
  });

  it('a repeated CSV column is refused, naming it (exit 3)', () => {
    const r = runCli(['batch', file('dup.csv', 'actor.employment,act.kind,actor.employment\ntni,party_membership,pns\n')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/dup\.csv: line 1: duplicate column "actor\.employment" in the header/);
    expect(r.stdout).toBe('');
  });
});

describe('why a record cannot be read', () => {
  // Every reason a record is unreadable, in the language of the output: Bahasa Indonesia by default, English with --lang en.
  const ENGLISH_REASONS = /not valid|longer than|cells where|duplicate key|save the file/;
  const messages = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; issues?: { code: string; message: string }[] })
      .filter((x) => !x.ok)
      .map((x) => x.issues![0]!);
  const ndjson = file('reasons.ndjson', Buffer.concat([Buffer.from(`{"actor":\n{"actor":{"employment":"pns","employment":"tni"}}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(`${'x'.repeat(1_048_577)}\n`)]));
  const csv = file('reasons.csv', 'actor.employment,act.kind\npns,party_membership,extra\n"pns,party_membership\n');

  it('is in Bahasa Indonesia by default, each reason included', () => {
    const found = [...messages(runCli(['batch', ndjson]).stdout), ...messages(runCli(['batch', csv]).stdout)];
    expect(found.length).toBe(6);
    for (const issue of found) {
      expect(issue.code).toBe('unreadable_line');
      expect(issue.message).toMatch(/^Baris tidak dapat dibaca: (bukan JSON|kunci ganda|bukan UTF-8|baris lebih panjang|\d+ sel|bukan CSV)/);
      expect(issue.message.replace(/: (bukan (JSON|CSV) yang valid): .*/, ': $1')).not.toMatch(ENGLISH_REASONS);
    }
  });

  it('is in English with --lang en', () => {
    const found = [...messages(runCli(['batch', ndjson, '--lang', 'en']).stdout), ...messages(runCli(['batch', csv, '--lang', 'en']).stdout)];
    expect(found.length).toBe(6);
    for (const issue of found) expect(issue.message).toMatch(/^Unreadable line: (not valid JSON|duplicate key|not valid UTF-8|line longer|\d+ cells where|not valid CSV)/);
  });
});

describe('inputs that are not readable files', () => {
  it('a directory (also one named x.csv), stdin from a directory, an unreadable file: one line, exit 3', () => {
    mkdirSync(join(dir, 'x.csv'));
    const unreadable = file('secret.ndjson', `${VALID}\n`);
    chmodSync(unreadable, 0o000);
    const runs = [
      [runCli(['batch', dir]), /: is a directory \(EISDIR\)/],
      [runCli(['batch', join(dir, 'x.csv')]), /x\.csv: is a directory \(EISDIR\)/],
      [sh(`"$NODE" "$CLI" batch - < ${JSON.stringify(dir)}`), /^stdin: is a directory \(EISDIR\)/],
      [runCli(['batch', unreadable], asNobody), /secret\.ndjson: permission denied \(EACCES\)/],
      [runCli(['classify', dir]), /: is a directory \(EISDIR\)/],
      [runCli(['classify', join(dir, 'missing.json')]), /missing\.json: no such file or directory \(ENOENT\)/],
    ] as const;
    for (const [r, message] of runs) {
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toMatch(/Records: 0/);
    }
  });
});

describe('CSV order', () => {
  it('answers the rows of an invalid CSV in input order', () => {
    const csv = ['actor.employment,act.kind,reference', 'pns,party_membership,"R-2', 'x"y,party_membership,R-3', 'pns,party_membership,R-4', 'pns,party_"membership,R-5', 'pns,party_membership,R-6'].join('\n');
    const r = runCli(['batch', file('disorder.csv', `${csv}\n`)]);
    const numbers = lines(r.stdout).map((x) => x.line);
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const reported = [...r.stderr.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1]));
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
  });
});

describe('control characters from the input', () => {
  it('are escaped on stderr, so that a key cannot forge a report or a summary', () => {
    const forged = JSON.stringify({ actor: { employment: 'pns' }, act: { kind: 'party_membership' }, ['x\nline 99: forged\nRecords: 1; valid: 1; invalid: 0.\n\u001b[2K']: 1 });
    const r = runCli(['batch', file('forge.ndjson', `${forged}\n`)]);
    expect(r.stderr).not.toMatch(/^line 99/m);
    expect(r.stderr.match(/^Records: /gm)).toHaveLength(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toMatch(/^line 1: .*x\\nline 99: forged\\nRecords/m);
    const csv = runCli(['batch', file('forge.csv', `actor.employment,act.kind,"a\nline 98: forged"\npns,party_membership,1\n`)]);
    expect(csv.stderr).not.toMatch(/^line 98/m);
  });
});

describe('bad options', () => {
  it('every verb exits 2 on an unknown option and prints its usage to stderr, not stdout', () => {
    for (const verb of ['classify', 'batch', 'test', 'table']) {
      const r = runCli([verb, '--no-such-option', 'x']);
      expect(r.code, verb).toBe(2);
      expect(r.stderr, verb).toMatch(/Unknown option '--no-such-option'/);
      expect(r.stderr, verb).toMatch(new RegExp(`Usage: netralitas-asn ${verb}`));
      expect(r.stdout, verb).toBe('');
    }
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Usage: netralitas-asn <command>/);
    const help = runCli(['batch', '--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: netralitas-asn batch/);
    for (const args of [['batch', VALID, '--jobs', '0'], ['batch', 'x', '--output', 'xml'], ['test', 'x', '--max-file-size', 'big']]) {
      expect(runCli(args).code, args.join(' ')).toBe(2);
    }
    expect(INVALID).toContain('pilot');
  });
});
