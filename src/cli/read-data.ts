/** Reading incident and case files (JSON or YAML) for the CLI. */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

/** Parses a JSON or YAML file (by extension; `.json` is JSON, anything else YAML, which also reads JSON). @internal */
export async function readDataFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  if (path.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${path}: not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
}
