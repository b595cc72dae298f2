/**
 * Reading one incident or case file (JSON or YAML) for the CLI, as strictly as a batch line: a directory or unreadable
 * file is an input fault, a UTF-8 byte-order mark is skipped, UTF-16 and invalid UTF-8 are refused with the byte
 * offset, and a repeated key is refused in JSON as in YAML.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { escapeControl, inputFault, osError } from './faults.js';
import { parseJsonStrict } from './json-text.js';
import { readLines } from './lines.js';

/**
 * The text of a file, decoded strictly as UTF-8 (see the module comment).
 * @internal
 */
export async function readTextFile(path: string, maxBytes = Infinity): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw inputFault(path, osError(error));
  }
  if (bytes.length > maxBytes) throw inputFault(path, `is ${bytes.length} bytes, over the limit of ${maxBytes}`);
  const lines: string[] = [];
  for await (const batch of readLines([bytes], path).batches) {
    for (const l of batch) {
      if ('unreadable' in l) throw inputFault(path, `line ${l.line}: ${l.unreadable}`);
      lines.push(l.text);
    }
  }
  return lines.join('\n');
}

/** Parses a JSON or YAML file (by extension; `.json` is JSON, anything else YAML, which also reads JSON). @internal */
export async function readDataFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  if (path.endsWith('.json')) {
    const parsed = parseJsonStrict(text);
    if ('error' in parsed) throw inputFault(path, escapeControl(parsed.error));
    return parsed.value;
  }
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw inputFault(path, `not valid YAML: ${escapeControl((error as Error).message.split('\n')[0] ?? '')}`);
  }
}
