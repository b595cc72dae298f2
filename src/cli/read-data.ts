/**
 * Reading one incident or case file (JSON or YAML) for the CLI, as strictly as a batch line: a directory or unreadable
 * file is an input fault, a UTF-8 byte-order mark is skipped, UTF-16 and invalid UTF-8 are refused with the byte
 * offset, and a repeated key is refused in JSON as in YAML.
 */
import { readFile } from 'node:fs/promises';
import { yaml } from '../law/yaml-on-demand.js';
import { asInputFault, escapeControl, inputFault, osError } from './faults.js';
import { openInput } from './input-file.js';
import { parseJsonStrict } from '../batch/json-text.js';
import { readLines } from '../batch/lines.js';

/** All the bytes of stdin. */
async function readStdin(): Promise<Buffer> {
  const input = await openInput('-');
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input.stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  } catch (error) {
    throw inputFault('stdin', osError(error));
  }
  return Buffer.concat(chunks);
}

/**
 * The text of a file (`-`: stdin), decoded strictly as UTF-8 (see the module comment).
 * @internal
 */
export async function readTextFile(path: string, maxBytes = Infinity): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    if (path === '-') throw error;
    throw inputFault(path, osError(error));
  }
  const name = path === '-' ? 'stdin' : path;
  if (bytes.length > maxBytes) throw inputFault(name, `is ${bytes.length} bytes, over the limit of ${maxBytes}`);
  const lines: string[] = [];
  try {
    for await (const batch of readLines([bytes], name).batches) {
      for (const l of batch) {
        if ('unreadable' in l) throw inputFault(name, `line ${l.line}: ${l.unreadable.en}`);
        lines.push(l.text);
      }
    }
  } catch (error) {
    throw asInputFault(error);
  }
  return lines.join('\n');
}

/**
 * Parses a JSON or YAML file (by extension; `.json` is JSON, anything else YAML, which also reads JSON). `-` reads
 * stdin: strict JSON when it is a JSON object, YAML otherwise.
 * @internal
 */
export async function readDataFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  const name = path === '-' ? 'stdin' : path;
  let jsonError: string | undefined;
  if (path.endsWith('.json') || (path === '-' && text.trimStart().startsWith('{'))) {
    const parsed = parseJsonStrict(text);
    if (!('error' in parsed)) return parsed.value;
    if (path !== '-') throw inputFault(name, escapeControl(parsed.error.en));
    jsonError = parsed.error.en;
  }
  try {
    return yaml().parse(text) as unknown;
  } catch (error) {
    // stdin that looks like JSON and is not YAML either: the JSON error says more.
    throw inputFault(name, jsonError !== undefined ? escapeControl(jsonError) : `not valid YAML: ${escapeControl((error as Error).message.split('\n')[0] ?? '')}`);
  }
}
