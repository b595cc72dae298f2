// lazyObject (issue 12, start-up): the exported JSON Schemas are built when first read, not when the package loads,
// and read as the objects they stand for.
import { describe, expect, it } from 'vitest';
import { lazyObject } from '../src/present/lazy-object.js';
import { incidentJsonSchema, multiActJsonSchema } from '../src/index.js';
import { incidentJsonSchemaOf, multiActJsonSchemaOf } from '../src/present/json-schema.js';
import { defaultLaw } from '../src/law/law.js';

describe('lazyObject', () => {
  it('builds only when first read, and once', () => {
    let builds = 0;
    const object = lazyObject(() => {
      builds++;
      return { a: 1, nested: { b: [2] } };
    });
    expect(builds).toBe(0);
    expect(object.a).toBe(1);
    expect(Object.keys(object)).toEqual(['a', 'nested']);
    expect('nested' in object).toBe(true);
    expect(builds).toBe(1);
  });

  it('reads as the built object: keys, values, JSON, spread, equality, frozenness', () => {
    const built = Object.freeze({ type: 'object', properties: { x: { type: 'string' } } });
    for (const read of [(o: object) => JSON.stringify(o), (o: object) => ({ ...o }), (o: object) => Object.entries(o), (o: object) => Object.isFrozen(o)]) {
      expect(read(lazyObject(() => built))).toEqual(read(built));
    }
    expect(lazyObject(() => built)).toEqual(built);
  });

  it('the exported schemas are the built-in law schemas', () => {
    expect(JSON.stringify(incidentJsonSchema)).toBe(JSON.stringify(incidentJsonSchemaOf(defaultLaw())));
    expect(JSON.stringify(multiActJsonSchema)).toBe(JSON.stringify(multiActJsonSchemaOf(defaultLaw())));
    expect((incidentJsonSchema.properties as Record<string, unknown>).actor).toBe((incidentJsonSchemaOf(defaultLaw()).properties as Record<string, unknown>).actor);
  });
});
