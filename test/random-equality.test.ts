// classifySync equals classify on random incidents (fast-check): valid ones built from the enumerations, with every
// optional field randomly absent and dates across 2022-2025, and malformed ones of every shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { ACT_KINDS, type ActKind } from '../src/vocabulary/enums.js';
import { FACTS, isFactName, type FactName } from '../src/incident/facts.js';
import { incidentSchema } from '../src/incident/schema.js';
import { sameJson } from './same-json.js';

/** An arbitrary over a fact's finite domain. */
const valueOf = (fact: FactName) => fc.constantFrom(...(FACTS[fact].domain as readonly (string | boolean)[]));

/** The sub-facts each act kind admits, read from the schema's discriminated union (so a new sub-fact is covered). */
const subFactsOf = (kind: ActKind): FactName[] => {
  const option = incidentSchema.shape.act.def.options.find((o) => o.shape.kind.def.values[0] === kind)!;
  return Object.keys(option.shape).filter((k): k is FactName => k !== 'kind' && isFactName(k));
};

const act = fc.constantFrom(...ACT_KINDS).chain((kind) => {
  const subs = subFactsOf(kind);
  return fc.record(
    { kind: fc.constant(kind), ...Object.fromEntries(subs.map((f) => [f, valueOf(f)])) },
    { requiredKeys: ['kind'] },
  );
});

const day = fc
  .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A valid-shaped incident; the schema may still reject some (an office the election does not fill), on purpose. */
const incident = fc.record(
  {
    reference: fc.string({ maxLength: 12 }),
    actor: fc.record(
      {
        employment: valueOf('employment'),
        actingRegionalHead: valueOf('actingRegionalHead'),
        cltn: valueOf('cltn'),
        region: valueOf('region'),
      },
      { requiredKeys: ['employment'] },
    ),
    act,
    target: fc.record({ office: valueOf('office'), relation: valueOf('relation') }, { requiredKeys: [] }),
    stage: valueOf('stage'),
    campaignPhase: valueOf('phase'),
    election: valueOf('election'),
    date: day,
  },
  { requiredKeys: ['actor', 'act'] },
);

/** Malformed input: anything at all, or a valid incident with one field broken, an unknown key or an invalid date. */
const malformed = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.tuple(incident, fc.constantFrom('actor', 'act', 'target', 'stage', 'campaignPhase', 'election', 'date', 'reference'), fc.anything()).map(
    ([i, key, value]) => ({ ...i, [key]: value }),
  ),
  fc.tuple(incident, fc.string({ minLength: 1, maxLength: 8 }), fc.anything()).map(([i, key, value]) => ({ ...i, act: { ...i.act, [key]: value } })),
  fc.tuple(incident, fc.string({ maxLength: 12 })).map(([i, date]) => ({ ...i, date })),
  fc.tuple(incident, fc.integer({ min: 200, max: 20_000 })).map(([i, n]) => ({ ...i, reference: 'x'.repeat(n) })),
);

async function assertEqual(input: unknown): Promise<{ ok: boolean; verdict?: string }> {
  const sync = classifySync(input);
  const async = await classify(input);
  // JSON first (fast); on any difference, the deep comparison names it.
  if (!sameJson(sync, async)) expect(sync).toStrictEqual(async);
  expect(sync).toStrictEqual(async);
  return sync.ok ? { ok: true, verdict: sync.verdict } : { ok: false };
}

describe('classifySync equals classify on random incidents', () => {
  it('valid incidents: verdict, violations, bases, sanctions, tracks, missing facts and explanation', { timeout: 60_000 }, async () => {
    const verdicts = new Set<string>();
    let valid = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(incident, async (i) => {
        const r = await assertEqual(i);
        runs++;
        if (r.ok) {
          valid++;
          verdicts.add(r.verdict!);
        }
      }),
      { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 20241127) },
    );
    // The generator must reach the law, not only the validator: most incidents valid, every verdict seen.
    expect(valid).toBeGreaterThan(runs / 2);
    expect([...verdicts].sort()).toEqual(['needs_information', 'no_violation', 'out_of_scope', 'violation']);
  });

  it('malformed input: the same validation issues, and neither throws', { timeout: 60_000 }, async () => {
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (i) => {
        const r = await assertEqual(i);
        if (!r.ok) invalid++;
      }),
      { numRuns: 1500, seed: Number(process.env.FC_SEED ?? 20241127) },
    );
    expect(invalid).toBeGreaterThan(1000);
  });
});
