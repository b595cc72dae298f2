/**
 * Parts of a result that depend only on the law and a few facts (a citation of a basis, the steps of a track on a date),
 * built once per law and key and shared, deep-frozen, by every result that needs them: a law does not change after it
 * is built, and every classification asks for dozens of them.
 */

/** Entries kept per law and kind; past this the cache starts again, so a stream of distinct dates cannot grow it. */
const LIMIT = 4096;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A memo of `make` per part of a result: for a frozen part (one of the shared, deep-frozen parts above) what `make`
 * gives is kept with the part and made once; a part that is not frozen could change, so it is made each time.
 * @example
 * ```ts
 * const basesOf = memoByPart((s: SanctionResult) => [...s.bases, ...s.levelSources]);
 * ```
 * @internal
 */
export function memoByPart<P extends object, T>(make: (part: P) => T): (part: P) => T {
  const kept = new WeakMap<P, T>();
  return (part) => {
    if (!Object.isFrozen(part)) return make(part);
    let value = kept.get(part);
    if (value === undefined) kept.set(part, (value = make(part)));
    return value;
  };
}

/**
 * A memo of `make` per law and string key; what it returns is deep-frozen, since results share it.
 * @internal
 */
export function memoByLaw<L extends object, A extends unknown[], T>(key: (...args: A) => string, make: (law: L, ...args: A) => T): (law: L, ...args: A) => T {
  const caches = new WeakMap<L, Map<string, T>>();
  return (law, ...args) => {
    let cache = caches.get(law);
    if (!cache) caches.set(law, (cache = new Map()));
    const k = key(...args);
    let value = cache.get(k);
    if (value === undefined) {
      if (cache.size >= LIMIT) cache.clear();
      value = deepFreeze(make(law, ...args));
      cache.set(k, value);
    }
    return value;
  };
}
