// Reads a pack folder the way the CLI's --pack and the build do (src/law/pack-files.ts assembles it), for the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assemblePack } from '../src/law/pack-files.js';

/** The pack in a folder (a path from the repository root), as one object. */
export function packFolder(dir: string): Record<string, any> {
  const root = join(import.meta.dirname, '..', dir);
  const files: { path: string; text: string }[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(join(root, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  walk('');
  return assemblePack(files, parse);
}
