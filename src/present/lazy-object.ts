/**
 * An object built on first use: a value the package exports (a JSON Schema) that costs time to build and that most
 * programs never read, so that loading the package does not build it (issue 12, start-up).
 */

/** Every trap of a proxy handler. */
const TRAPS = ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'deleteProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions'] as const;

/**
 * An object that behaves as `build()`'s (its keys, values, prototype, JSON text, spread) but calls `build` only when
 * first read, once. The object is a proxy whose target is filled with `build()`'s own properties on first use, so every
 * proxy invariant holds; `structuredClone` refuses a proxy, so clone a copy (`{ ...object }`) or the built value.
 * @example
 * ```ts
 * const schema = lazyObject(() => ({ type: 'object' }));
 * schema.type; // 'object', built now
 * ```
 * @internal
 */
export function lazyObject<T extends object>(build: () => T): T {
  const target = {} as T;
  let built = false;
  const fill = () => {
    if (built) return;
    built = true;
    const value = build();
    Object.defineProperties(target, Object.getOwnPropertyDescriptors(value));
    Object.setPrototypeOf(target, Object.getPrototypeOf(value));
    if (Object.isFrozen(value)) Object.freeze(target);
  };
  const handler: ProxyHandler<T> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
      fill();
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return new Proxy(target, handler);
}

/**
 * A value built on first call, once: a zod schema that only some paths use (the schemas of a user's packs), so that
 * loading the package does not build it and bundles that never call it leave it out (issue 12, start-up).
 * @internal
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
