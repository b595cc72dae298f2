// The audit hash is the same digest whichever sha256 computes it: Node's native crypto or @noble/hashes.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexPortable } from '../src/audit.js';

describe('audit hash', () => {
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
