/**
 * Reading and writing the fields of an incident-shaped object by dotted path (`actor.cltn` as `['actor', 'cltn']`):
 * own keys only, so a prototype key in untrusted input is never followed.
 */

/** A JSON object. @internal */
export type Json = Record<string, unknown>;

/** Whether a value is a plain object (not null, not an array). @internal */
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a path, or `undefined` where a key on the way is not an own key of an object. @internal */
export function readPath(input: unknown, path: readonly string[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Sets the value at a path, making the objects on the way. @internal */
export function writePath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]!] = value;
}

/** Deletes the value at a path; whether there was one. @internal */
export function removePath(target: Json, path: readonly string[]): boolean {
  const parent = readPath(target, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (!isObject(parent) || !Object.hasOwn(parent, key)) return false;
  delete parent[key];
  return true;
}
