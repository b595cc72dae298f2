// The suites' fast comparison of results (test/same-json.ts) says equal exactly when JSON.stringify writes the same
// text, over arbitrary JSON-like values (with the values JSON leaves out or rewrites), shared parts and near misses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from './same-json.js';

const odd = fc.constantFrom(undefined, Number.NaN, Infinity, -0, () => 1, Symbol('s'), new Date(0), new Map([[1, 2]]));
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.jsonValue({ maxDepth: 1 }), odd),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** A copy of a value with the same JSON text but its own objects, sometimes with keys in another order (so not equal). */
const rebuilt = (v: unknown, reorder: boolean): unknown => {
  if (Array.isArray(v)) return v.map((x) => rebuilt(x, reorder));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const entries = Object.entries(v).map(([k, x]) => [k, rebuilt(x, reorder)] as const);
    return Object.fromEntries(reorder ? entries.reverse() : entries);
  }
  return v;
};

describe('sameJson', () => {
  it('agrees with comparing JSON.stringify texts on arbitrary pairs', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 3000 },
    );
  });
  it('agrees on a value and its rebuilt copy, in the same and in another key order', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (a, reorder) => {
        const b = rebuilt(a, reorder);
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson({ x: a, y: [a] }, { x: b, y: [b] })).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 3000 },
    );
  });
  it('tells apart the near misses', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson(Number.NaN, null)).toBe(true);
  });
});
