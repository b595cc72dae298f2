// Bad input never crashes and never leaks: over 100,000 random and malformed inputs through every public entry point
// (classifySync, validateIncident, classify, and the built ESM and CJS bundles). Each input gets a result exactly when
// the zod schema accepts it, otherwise the typed validation error with bilingual issues; nothing throws, nothing
// pollutes Object.prototype.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICTS } from '../src/vocabulary/enums.js';
import { classify, classifySync, incidentSchema, MAX_INPUT_CHARS, validateIncident } from '../src/index.js';
import { anyInput, hostileObject, malformedIncident, prototypeKeyed, wellFormedIncident } from './incident-arbitraries.js';

const SEED = Number(process.env['FC_SEED'] ?? 20241127);
/** Runs per property; the sum over this file is checked below to stay at or above 100,000. */
const RUNS = { classifySync: 50_000, validateIncident: 40_000, classify: 2_000, distEsm: 5_000, distCjs: 5_000, hostile: 2_000 } as const;

/** Generous: the machine is shared; this is a correctness suite, not a timing. */
const TIMEOUT = 120_000;

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const initialProto = protoNames();

/** Whether the schema accepts the input (a schema that throws on the input counts as rejecting it). */
function schemaAccepts(input: unknown): boolean {
  try {
    return incidentSchema.safeParse(input).success;
  } catch {
    return false;
  }
}

type Outcome = { ok: true; verdict: string } | { ok: false; error: { code: string; message: { id: string; en: string }; issues: readonly { path: string; code: string; message: { id: string; en: string } }[] } };

/** The invariants every answer must meet; returns the first broken one or undefined. */
function broken(input: unknown, outcome: Outcome): string | undefined {
  if (protoNames() !== initialProto) return 'Object.prototype changed';
  if (({} as Record<string, unknown>)['polluted'] !== undefined) return 'prototype polluted';
  const accepted = schemaAccepts(input);
  if (outcome.ok) {
    if (!accepted) return 'a result for input the schema rejects';
    if (!(VERDICTS as readonly string[]).includes(outcome.verdict)) return `unknown verdict ${outcome.verdict}`;
    try {
      JSON.stringify(outcome);
    } catch {
      return 'result is not serialisable';
    }
    return undefined;
  }
  if (outcome.ok !== false) return 'neither ok nor error';
  const { error } = outcome;
  if (error.code !== 'invalid_incident') return `error code ${error.code}`;
  if (!error.message.id || !error.message.en) return 'error message not bilingual';
  if (error.issues.length === 0) return 'no issues';
  for (const issue of error.issues) {
    if (typeof issue.path !== 'string') return 'issue path not a string';
    if (issue.path === '' && !['input_too_large', 'unreadable_input', 'invalid_type', 'custom'].includes(issue.code)) {
      return `root issue with code ${issue.code}`;
    }
    if (!issue.code || !issue.message.id || !issue.message.en) return 'issue without code or bilingual message';
  }
  if (accepted && !error.issues.some((i) => i.code === 'input_too_large' || i.code === 'unreadable_input')) {
    return 'valid input rejected';
  }
  return undefined;
}

/** Calls `fn` and turns a throw into a broken invariant. */
function check(input: unknown, fn: (x: unknown) => Outcome): boolean {
  let outcome: Outcome;
  try {
    outcome = fn(input);
  } catch (error) {
    throw new Error(`threw: ${String(error)}`);
  }
  const problem = broken(input, outcome);
  if (problem) throw new Error(problem);
  return true;
}

const validateAsOutcome = (x: unknown): Outcome => {
  const v = validateIncident(x);
  return v.ok ? { ok: true, verdict: 'no_violation' } : v;
};

describe('hardening: random and malformed input', () => {
  beforeAll(() => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100_000);
  });
  afterAll(() => {
    expect(protoNames()).toBe(initialProto);
  });

  it('the generators produce both valid and invalid incidents', () => {
    const sample = fc.sample(anyInput, { numRuns: 2_000, seed: SEED });
    const valid = sample.filter(schemaAccepts).length;
    expect(valid).toBeGreaterThan(200);
    expect(sample.length - valid).toBeGreaterThan(200);
    expect(fc.sample(malformedIncident, { numRuns: 500, seed: SEED }).filter(schemaAccepts).length).toBeLessThan(100);
  });

  it(`classifySync: ${RUNS.classifySync} inputs`, () => {
    fc.assert(fc.property(anyInput, (input) => check(input, classifySync as (x: unknown) => Outcome)), { numRuns: RUNS.classifySync, seed: SEED });
  }, TIMEOUT);

  it(`validateIncident: ${RUNS.validateIncident} inputs`, () => {
    fc.assert(fc.property(anyInput, (input) => check(input, validateAsOutcome)), { numRuns: RUNS.validateIncident, seed: SEED + 1 });
  }, TIMEOUT);

  it(`classify (json-rules-engine): ${RUNS.classify} inputs`, async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const outcome = (await classify(input)) as Outcome;
        return check(input, () => outcome);
      }),
      { numRuns: RUNS.classify, seed: SEED + 2 },
    );
  }, TIMEOUT);

  it(`the built ESM form entry and CJS main entry: ${RUNS.distEsm} + ${RUNS.distCjs} inputs`, async () => {
    const dist = join(import.meta.dirname, '..', 'dist');
    const esm = (await import(join(dist, 'form.js'))) as typeof import('../src/present/form.js');
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof import('../src/index.js');
    fc.assert(fc.property(anyInput, (input) => check(input, esm.classifySync as (x: unknown) => Outcome)), { numRuns: RUNS.distEsm, seed: SEED + 3 });
    fc.assert(fc.property(anyInput, (input) => check(input, cjs.classifySync as (x: unknown) => Outcome)), { numRuns: RUNS.distCjs, seed: SEED + 4 });
  }, TIMEOUT);

  it(`hostile objects and prototype keys: ${RUNS.hostile} inputs`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileObject, prototypeKeyed), (input) => check(input, classifySync as (x: unknown) => Outcome)),
      { numRuns: RUNS.hostile, seed: SEED + 5 },
    );
  }, TIMEOUT);

  it('accepts every well-formed incident whose office the election fills', () => {
    fc.assert(
      fc.property(wellFormedIncident, (incident) => {
        const r = classifySync(incident);
        return r.ok === schemaAccepts(incident);
      }),
      { numRuns: 2_000, seed: SEED + 6 },
    );
  }, TIMEOUT);
});

describe('hardening: specific hostile inputs', () => {
  const base = { actor: { employment: 'pns' }, act: { kind: 'party_membership' } };

  it('a cyclic object is rejected as too deep, without hanging', () => {
    const o: Record<string, unknown> = { ...base };
    o['self'] = o;
    const r = classifySync(o);
    expect(r.ok ? undefined : r.error.issues[0]!.code).toBe('input_too_large');
  });

  it('a getter that throws gives the unreadable-input error', () => {
    const o = Object.defineProperty({ act: base.act }, 'actor', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = classifySync(o);
    expect(r.ok ? undefined : r.error.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });

  it('a revoked proxy gives the unreadable-input error', () => {
    const { proxy, revoke } = Proxy.revocable({ ...base }, {});
    revoke();
    const r = classifySync(proxy);
    expect(r.ok ? undefined : r.error.issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });

  it('an object with many keys is bounded with a clear error', () => {
    const o: Record<string, unknown> = { ...base };
    for (let i = 0; i < 5_000; i++) o[`k${i}`] = i;
    const r = validateIncident(o);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues[0]).toMatchObject({ path: '', code: 'input_too_large' });
    expect(r.error.issues[0]!.message.en).toContain(String(MAX_INPUT_CHARS));
  });

  it('own __proto__, constructor and prototype keys are reported by name and pollute nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{"actor":{"employment":"pns"},"act":{"kind":"party_membership"},"${key}":{"polluted":1}}`) as unknown;
      const r = classifySync(input);
      expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([key]);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(['2024-02-30', '2023-02-29', '2023-13-01', '', '2024-1-5', '05/01/2024', '2024-01-05T10:00:00Z'])(
    'rejects the date %j by name',
    (date) => {
      const r = classifySync({ ...base, date });
      expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['date']);
    },
  );
});

describe('hardening: issue paths', () => {
  it('names each unrecognised key by its own path', () => {
    const r = validateIncident({ actor: { employment: 'pns', mood: 1, hat: 2 }, act: { kind: 'party_membership' } });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['actor.mood', 'actor.hat']);
    expect(r.ok ? [] : r.error.issues.map((i) => i.message.en)).toEqual(['Unrecognized key: "mood"', 'Unrecognized key: "hat"']);
    expect(r.ok ? '' : r.error.issues[1]!.message.id).toMatch(/"hat"/);
  });

  it('quotes an empty key and a key with a dot, so neither reads as another path', () => {
    const r = validateIncident({ actor: { employment: 'pns', 'a.b': 1 }, act: { kind: 'party_membership' }, '': {} });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path).sort()).toEqual(['""', 'actor."a.b"']);
  });
});
