// The audit hash is the same digest whichever sha256 computes it: Node's native crypto or @noble/hashes.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, sha256HexPortable } from '../src/decide/audit.js';

/** The definition of canonical JSON, written plainly: keys sorted at every level, undefined members left out. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('audit hash', () => {
  it('canonical JSON: keys sorted at every level, undefined left out, whatever the key order', () => {
    const value = fc.oneof(fc.jsonValue(), fc.object({ values: [fc.constant(undefined), fc.string(), fc.boolean(), fc.array(fc.option(fc.integer(), { nil: undefined }))] }));
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
          const reversed = Object.fromEntries(Object.entries(v).reverse());
          expect(canonicalJson(reversed)).toBe(canonicalJson(v));
        }
      }),
      { numRuns: 1000 },
    );
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"f":2}]},"b":1}');
  });

  it('native and portable sha256 agree on any text, lone surrogates included', () => {
    expect(typeof process.getBuiltinModule, 'this Node hands out node:crypto, so sha256Hex takes the native path').toBe('function');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(sha256HexPortable(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is sha256 of the UTF-8 bytes (known digest)', () => {
    expect(sha256HexPortable('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('ngab\u00e9n')).toBe(createHash('sha256').update(Buffer.from('ngab\u00e9n', 'utf8')).digest('hex'));
  });
});
