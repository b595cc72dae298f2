// The README's table of exit codes is the one the CLI uses (src/cli/exit-codes.ts), row for row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_MEANINGS } from '../src/cli/exit-codes.js';

describe('README exit codes', () => {
  it('lists every exit code of the CLI with its outcome, and no other', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const block = /<!-- exit-codes -->\n([\s\S]*?)\n<!-- \/exit-codes -->/.exec(readme)?.[1];
    expect(block, 'README has no <!-- exit-codes --> block').toBeDefined();
    const rows = block!
      .split('\n')
      .slice(2)
      .map((line) => /^\| (\d+) \| (.*) \|$/.exec(line))
      .map((m) => [Number(m![1]), m![2]!.replace(/\\\|/g, '|')]);
    const expected = Object.values(EXIT)
      .sort((a, b) => a - b)
      .map((code) => [code, EXIT_MEANINGS[code]]);
    expect(rows).toEqual(expected);
    expect(new Set(Object.values(EXIT)).size).toBe(Object.values(EXIT).length);
  });
});
