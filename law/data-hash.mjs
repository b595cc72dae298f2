#!/usr/bin/env node
// Recomputes the `dataHash` of the audit block from the law files this package ships, with nothing but Node:
//   node node_modules/netralitas-asn/law/data-hash.mjs
// It must print the `dataHash` of every result the same version gives; if it does not, the law the package runs on
// is not the law it ships (an edited dist/, or files from another version).
// The hash: sha256 (hex) of the canonical JSON (object keys sorted at every level, no whitespace) of
//   { calendars: [calendars/*.json, by file name], law: { <file name>: law/<file>.json but the registry },
//     legalBases, legalDocuments (law/legal-registry.json),
//     rules: { <file name without .json>: rules/<file>.json } }
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/** The law data of the package at `root`, as the library loads it. */
export function lawData(root) {
  const json = (dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort();
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, ''));
  const registry = read('law/legal-registry.json');
  return {
    calendars: json('calendars').map((f) => read(`calendars/${f}`)),
    law: Object.fromEntries(json('law').filter((f) => f !== 'legal-registry.json').map((f) => [f.replace(/\.json$/, ''), read(`law/${f}`)])),
    legalBases: registry.legalBases,
    legalDocuments: registry.legalDocuments,
    rules: Object.fromEntries(json('rules').map((f) => [f.replace(/\.json$/, ''), read(`rules/${f}`)])),
  };
}

/** The data hash of the package at `root`. */
export const dataHash = (root) => createHash('sha256').update(canonicalJson(lawData(root)), 'utf8').digest('hex');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(dataHash(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..')));
}
