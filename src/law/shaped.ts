/**
 * The sanction and track data of the built-in packs as their schemas shape it, shipped by scripts/generate-data.mjs
 * as references into the packs' own data wherever a shaped part is a part of the pack as written (a note's text, a
 * named step), so that the form bundle does not carry the data twice (issue 12, start-up).
 */

/** A part of a pack's data, by the keys that lead to it from the pack. */
interface Ref {
  readonly $ref: readonly string[];
}

const isRef = (value: object): value is Ref => Object.hasOwn(value, '$ref');

/** A copy of plain JSON data. */
const copy = (value: unknown): unknown =>
  value !== null && typeof value === 'object'
    ? Array.isArray(value)
      ? value.map(copy)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]))
    : value;

/**
 * The shaped data `encoded` stands for, each reference replaced by a copy of the part of `pack` it names.
 * @internal
 */
export function unshape(encoded: unknown, pack: unknown): unknown {
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return encoded.map((v) => unshape(v, pack));
  if (isRef(encoded)) return copy(encoded.$ref.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], pack));
  return Object.fromEntries(Object.entries(encoded).map(([k, v]) => [k, unshape(v, pack)]));
}
