// `batch -` as a worker process: an app writes one line, reads its answer, then writes the next (issue 15). Each
// answer must come before the next line is written, whatever the output format, the number of jobs, and whether
// stdout is a pipe or a file.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-helpers.js';

const incidents = [
  { reference: 'a', actor: { employment: 'pns' }, act: { kind: 'party_membership' } },
  { reference: 'b', actor: { employment: 'pppk' }, act: { kind: 'install_campaign_props' } },
  { reference: 'c', actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, stage: 'calon' },
];

/** Waits until `read()` holds `count` answer lines, at most 10 s; returns the lines. */
async function answers(read: () => string, count: number, skip: number): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const lines = read().split('\n').filter((l) => l.trim() !== '').slice(skip);
    if (lines.length >= count) return lines;
    if (Date.now() > deadline) throw new Error(`no answer to line ${count} within 10 s; output so far: ${JSON.stringify(read())}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function converse(args: readonly string[], toFile: boolean): Promise<string[]> {
  const dir = tempDir();
  const path = join(dir, 'out.txt');
  const fd = toFile ? openSync(path, 'w') : undefined;
  const child = spawn(process.execPath, [cli, 'batch', '-', ...args], { stdio: ['pipe', fd ?? 'pipe', 'ignore'] });
  if (fd !== undefined) closeSync(fd);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const read = () => (toFile ? readFileSync(path, 'utf8') : stdout);
  const header = args.includes('csv') ? 1 : 0;
  try {
    let got: string[] = [];
    for (const [i, incident] of incidents.entries()) {
      child.stdin!.write(`${JSON.stringify(incident)}\n`);
      got = await answers(read, i + 1, header);
      expect(got).toHaveLength(i + 1);
    }
    child.stdin!.end();
    await new Promise((r) => child.on('close', r));
    return got;
  } finally {
    child.kill();
  }
}

describe('batch - answers each line before the next is written', () => {
  for (const toFile of [false, true]) {
    for (const args of [[], ['--jobs', '2'], ['--output', 'full'], ['--output', 'csv', '--jobs', '3']]) {
      it(`${args.join(' ') || 'default'}, stdout ${toFile ? 'a file' : 'a pipe'}`, async () => {
        const got = await converse(args, toFile);
        if (args.includes('csv')) expect(got.map((l) => l.split(',')[1])).toEqual(['a', 'b', 'c']);
        else expect(got.map((l) => (JSON.parse(l) as { reference?: string }).reference)).toEqual(['a', 'b', 'c']);
      }, 60_000);
    }
  }
});
