/**
 * The JSON text of a result, with the parts it shares with other results written once. The parts of a result that
 * depend only on the law (citations, track steps, each finding's sanction; see src/law/memo.ts) are the same
 * deep-frozen objects in every result that has them, and about two thirds of its text: their JSON text is kept (a
 * `WeakMap`, so it goes with them) and spliced in, and only the rest is written afresh. The bytes are those of
 * `JSON.stringify(value)`; test/server-json-text.test.ts checks it over the whole decision space.
 */

/** The JSON text of each deep-frozen object met so far. */
const frozenText = new WeakMap<object, string>();
/** Frozen objects with something mutable inside: written afresh every time, never kept. */
const shallowFrozen = new WeakSet<object>();

/** Whether a value is frozen all the way down (so that its JSON text can never change). */
function deepFrozen(value: object): boolean {
  if (!Object.isFrozen(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null && !frozenText.has(member) && !deepFrozen(member)) return false;
  }
  return true;
}

/** `JSON.stringify` leaves these out of an object and writes `null` for them in an array. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value)` for a JSON value (a result, parsed JSON): the same bytes, with the text of deep-frozen
 * parts written once and reused.
 * @example
 * ```ts
 * const part = Object.freeze({ level: 'sedang' });
 * jsonText({ ok: true, sanction: part }); // '{"ok":true,"sanction":{"level":"sedang"}}', as JSON.stringify writes it
 * ```
 * @internal
 */
export function jsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const kept = frozenText.get(value);
  if (kept !== undefined) return kept;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Object.isFrozen(value) && !shallowFrozen.has(value)) {
    if (deepFrozen(value)) {
      const text = JSON.stringify(value);
      frozenText.set(value, text);
      return text;
    }
    shallowFrozen.add(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const element: unknown = value[i];
      out += omitted(element) ? 'null' : jsonText(element);
    }
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (omitted(member)) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${jsonText(member)}`;
  }
  return `${out}}`;
}
