/**
 * `sameJson(a, b)`: whether two values have the same JSON text, as `JSON.stringify(a) === JSON.stringify(b)`, without
 * writing either text. Two references to one object are equal without walking it: results share their frozen parts
 * (citations, violations, sanctions), so the whole-space suites that compare millions of results no longer spend a
 * sixth of their time writing the same JSON twice. Anything JSON.stringify would treat specially (a `toJSON` method, a
 * non-finite number) is compared by its JSON text. Checked against JSON.stringify in test/same-json.test.ts.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return JSON.stringify(a) === JSON.stringify(b);
  if (typeof (a as { toJSON?: unknown }).toJSON === 'function' || typeof (b as { toJSON?: unknown }).toJSON === 'function') {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  const arrays = Array.isArray(a);
  if (arrays !== Array.isArray(b)) return false;
  if (arrays) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    // In an array, a value JSON leaves out of an object (undefined, a function, a symbol) is written as null.
    for (let i = 0; i < x.length; i++) if (!sameJson(inArray(x[i]), inArray(y[i]))) return false;
    return true;
  }
  const x = written(a as Record<string, unknown>);
  const y = written(b as Record<string, unknown>);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const k = x[i]!;
    if (k !== y[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Whether JSON.stringify writes a property with this value (it leaves out undefined, functions and symbols). */
const isWritten = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** The keys JSON.stringify writes, in its order. */
const written = (o: Record<string, unknown>) => Object.keys(o).filter((k) => isWritten(o[k]));

const inArray = (v: unknown) => (isWritten(v) ? v : null);
