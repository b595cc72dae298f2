#!/usr/bin/env node
// Recomputes the `dataHash` of the audit block from the law files this package ships, with nothing but Node:
//   node node_modules/netralitas-asn/law/data-hash.mjs
// It must print the `dataHash` of every result the same version gives; if it does not, the law the package runs on
// is not the law it ships (an edited dist/, or files from another version).
// The hash: sha256 (hex) of the canonical JSON (object keys sorted at every level, no whitespace) of
//   { law: { <file name>: law/<file>.json without its `$comment` fields },
//     packs: [each folder of packs/index.json, in its order, assembled: pack.json, with documents and bases from
//             legal-bases.json, sanctions: sanctions.json, tracks: tracks.json (both without their `why` and
//             `$comment` fields),
//             rules: { <file name>: rules/<file>.json }, elections: [elections/*.json, by file name],
//             cycles: [the cycles of elections/*.json files that hold a `cycles` list]] }
// The built-in packs are JSON; src/law/pack-files.ts assembles a folder the same way (and reads YAML too).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v) ?? 'null').join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Law data without the fields written for readers (`why`, `$comment`), as the library loads it. */
const withoutReasons = (v) =>
  Array.isArray(v)
    ? v.map(withoutReasons)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'why' && k !== '$comment').map(([k, x]) => [k, withoutReasons(x)]))
      : v;

const read = (path) => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
const jsonFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/** One pack folder as the library loads it. */
function assemble(dir) {
  const pack = { ...read(join(dir, 'pack.json')) };
  if (existsSync(join(dir, 'legal-bases.json'))) {
    const registry = read(join(dir, 'legal-bases.json'));
    for (const key of ['documents', 'bases']) if (registry[key]) pack[key] = { ...(pack[key] ?? {}), ...registry[key] };
  }
  for (const key of ['sanctions', 'tracks']) if (existsSync(join(dir, `${key}.json`))) pack[key] = withoutReasons(read(join(dir, `${key}.json`)));
  pack.rules = { ...(pack.rules ?? {}), ...Object.fromEntries(jsonFiles(join(dir, 'rules')).map((f) => [f.replace(/\.json$/, ''), read(join(dir, 'rules', f))])) };
  const elections = [...(pack.elections ?? [])];
  const cycles = [...(pack.cycles ?? [])];
  for (const f of jsonFiles(join(dir, 'elections'))) {
    const data = read(join(dir, 'elections', f));
    if (data && Array.isArray(data.cycles) && data.election === undefined) cycles.push(...data.cycles);
    else elections.push(data);
  }
  if (elections.length > 0) pack.elections = elections;
  if (cycles.length > 0) pack.cycles = cycles;
  return pack;
}

/** The law data of the package at `root`, as the library loads it. */
export function lawData(root) {
  return {
    law: Object.fromEntries(jsonFiles(join(root, 'law')).map((f) => [f.replace(/\.json$/, ''), withoutReasons(read(join(root, 'law', f)))])),
    packs: read(join(root, 'packs/index.json')).packs.map((dir) => assemble(join(root, 'packs', dir))),
  };
}

/** The data hash of the package at `root`. */
export const dataHash = (root) => createHash('sha256').update(canonicalJson(lawData(root)), 'utf8').digest('hex');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(dataHash(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..')));
}
