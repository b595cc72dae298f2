/**
 * Parsing one JSON text strictly: `JSON.parse` silently keeps the last of two equal keys (`"employment":"tni"` then
 * `"employment":"pns"` becomes a PNS), so a text whose keys outnumber those of the parsed value is rejected, naming the
 * repeated key. The check is a count on the fast path; the repeated key is found with the yaml parser only then,
 * which is loaded then and not before.
 */
import type { Node } from 'yaml';
import { yaml } from '../law/yaml-on-demand.js';
import { t, type Bilingual } from '../vocabulary/text.js';

/** Own keys in a parsed JSON value, at every level. */
function keyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keyCount(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const key of Object.keys(value)) n += 1 + keyCount((value as Record<string, unknown>)[key]);
  return n;
}

/** Colons in a text: at least one per key, more when strings hold colons. */
function colonCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

/** The dotted path of the first repeated key in a JSON text, read by the yaml parser, or `undefined`. */
function repeatedKey(text: string): string | undefined {
  const { isMap, isScalar, isSeq, parseDocument } = yaml();
  const document = parseDocument(text, { uniqueKeys: false, version: '1.2' });
  const walk = (node: unknown, path: string): string | undefined => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const here = path ? `${path}.${String(key)}` : String(key);
        if (seen.has(key)) return here;
        seen.add(key);
        const inner = walk(pair.value as Node, here);
        if (inner !== undefined) return inner;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const inner = walk(node.items[i], path ? `${path}.${i}` : String(i));
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  };
  return walk(document.contents, '');
}

/** A JSON text's value, or why it is not valid JSON. @internal */
export type JsonParse = { readonly value: unknown } | { readonly error: Bilingual };

/**
 * Parses a JSON text, rejecting a repeated key.
 * @example
 * ```ts
 * parseJsonStrict('{"a":1,"a":2}').error?.en; // 'duplicate key "a"'
 * ```
 * @internal
 */
export function parseJsonStrict(text: string): JsonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return { error: t(`bukan JSON yang valid: ${detail}`, `not valid JSON: ${detail}`) };
  }
  if (value !== null && typeof value === 'object' && colonCount(text) !== keyCount(value)) {
    const key = repeatedKey(text);
    if (key !== undefined) return { error: t(`kunci ganda "${key}"`, `duplicate key "${key}"`) };
  }
  return { value };
}
