#!/usr/bin/env node
// Writes the incidents of every fixture case (fixtures/*.yaml, in file order, the invalid ones included) as NDJSON,
// one incident per line, to stdout: the input of the README's batch summary and of the batch bench.
//   node scripts/fixtures-ndjson.mjs > .tmp/fixtures.ndjson
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const lines = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const c of parse(readFileSync(join(dir, file), 'utf8'))) lines.push(JSON.stringify(c.incident));
}
process.stdout.write(`${lines.join('\n')}\n`);
