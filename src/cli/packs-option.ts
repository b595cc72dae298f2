/**
 * `--pack PATH` (repeatable) of the commands: a pack folder (`pack.json` with `legal-bases.json`, `rules/`,
 * `elections/`) or one JSON or YAML file, loaded after the built-in packs. A pack that does not load is a usage error
 * (exit 2) with its bilingual message; an unreadable path is an input fault (exit 3).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { lawWith, type Law } from '../law/law.js';
import { assemblePack, type PackFile } from '../law/pack-files.js';
import { yaml } from '../law/yaml-on-demand.js';
import { PACK_SIZE_LIMIT, PackError } from '../law/packs.js';
import { escapeControl, inputFault, osError, usageFault } from './faults.js';
import { readDataFile, readTextFile } from './read-data.js';

/** The option, for `parseCommand`. @internal */
export const PACK_OPTION = { pack: { type: 'string', short: 'p', multiple: true } } as const;

/** The help line of the option. @internal */
export const PACK_HELP = '  --pack, -p PATH   load a law pack (a pack folder, or one JSON/YAML file) beside the built-in law (repeatable)';

/** Largest pack folder read, in bytes of its files: twice a pack's size limit leaves room for formatting. */
const MAX_FOLDER_BYTES = 2 * PACK_SIZE_LIMIT;

/** Every file under a folder, with its path relative to it, read as strict UTF-8 text. */
async function folderFiles(dir: string, prefix = '', budget = { left: MAX_FOLDER_BYTES }): Promise<PackFile[]> {
  const files: PackFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await folderFiles(path, `${prefix}${entry.name}/`, budget)));
    else if (entry.isFile() && /\.(json|ya?ml)$/.test(entry.name)) {
      const text = await readTextFile(path, budget.left);
      budget.left -= Buffer.byteLength(text);
      files.push({ path: `${prefix}${entry.name}`, text });
    }
  }
  return files;
}

/**
 * Reads one pack: a folder is assembled from its files, a file is parsed as JSON or YAML.
 * @internal
 */
export async function readPack(path: string): Promise<unknown> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw inputFault(path, osError(error));
  }
  if (!info.isDirectory()) return readDataFile(path);
  let files: PackFile[];
  try {
    files = await folderFiles(path);
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error) throw error;
    throw inputFault(path, osError(error));
  }
  try {
    return assemblePack(files, (text, options) => yaml().parse(text, options));
  } catch (error) {
    throw inputFault(path, escapeControl((error as Error).message));
  }
}

/**
 * The law of the built-in packs and the packs at the given paths (the built-in law when none).
 * @internal
 */
export async function lawFrom(paths: readonly string[] | undefined): Promise<Law> {
  const packs = await readPacks(paths);
  try {
    return lawWith(packs);
  } catch (error) {
    if (error instanceof PackError) throw usageFault(`${escapeControl(error.text.en)}\n${escapeControl(error.text.id)}`);
    throw error;
  }
}

/** The packs at the given paths, read (not yet validated: loading the law does that). */
async function readPacks(paths: readonly string[] | undefined): Promise<unknown[]> {
  const packs: unknown[] = [];
  for (const path of paths ?? []) packs.push(await readPack(path));
  return packs;
}
