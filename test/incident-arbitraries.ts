// fast-check arbitraries of incidents: valid ones built from the enumerations, and malformed ones built by putting
// hostile values (wrong types, unknown enum values, huge strings, deep nesting, prototype keys, impossible dates, NaN,
// functions, symbols, bigint, cycles, throwing getters, proxies) anywhere in them.
import fc from 'fast-check';
import {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  CAMPAIGN_PHASES,
  ELECTIONS,
  EMPLOYMENTS,
  ENGAGEMENTS,
  OFFICES,
  PARTY_ROLES,
  PHOTO_SUBJECTS,
  REGIONS,
  RELATIONS,
  STAGES,
} from '../src/vocabulary/enums.js';

/** `YYYY-MM-DD` days from 2022 to 2025. */
export const isoDay = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2025, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const SUB_FACTS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  attend_declaration_or_campaign: { activeSupport: fc.boolean() },
  social_media_engagement: { engagement: fc.constantFrom(...ENGAGEMENTS) },
  post_photo: { photoShows: fc.constantFrom(...PHOTO_SUBJECTS), publiclyAccessible: fc.boolean(), supportPurpose: fc.boolean() },
  seek_own_candidacy: { independentCandidacy: fc.boolean() },
  party_membership: { partyRole: fc.constantFrom(...PARTY_ROLES) },
  partisan_activity: { activityForm: fc.constantFrom(...ACTIVITY_FORMS) },
  campaign_with_attributes: { attributeKind: fc.constantFrom(...ATTRIBUTE_KINDS) },
};

const act = fc.constantFrom(...ACT_KINDS).chain((kind) =>
  fc.record({ kind: fc.constant(kind), ...(SUB_FACTS[kind] ?? {}) }, { requiredKeys: ['kind'] }),
);

/** Well-formed incidents (some still invalid: an office the election does not fill). */
export const wellFormedIncident = fc.record(
  {
    reference: fc.oneof(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20, unit: 'binary' }), fc.string({ minLength: 190, maxLength: 210 })),
    actor: fc.record(
      { employment: fc.constantFrom(...EMPLOYMENTS), actingRegionalHead: fc.boolean(), cltn: fc.boolean(), region: fc.constantFrom(...REGIONS) },
      { requiredKeys: ['employment'] },
    ),
    act,
    target: fc.record({ office: fc.constantFrom(...OFFICES), relation: fc.constantFrom(...RELATIONS) }, { requiredKeys: [] }),
    stage: fc.constantFrom(...STAGES),
    campaignPhase: fc.constantFrom(...CAMPAIGN_PHASES),
    election: fc.constantFrom(...ELECTIONS),
    date: isoDay,
  },
  { requiredKeys: ['actor', 'act'] },
);

/** Dates that are not calendar days in `YYYY-MM-DD`. */
export const badDate = fc.oneof(
  fc.constantFrom('2024-02-30', '2023-02-29', '2023-13-01', '2024-00-10', '2024-04-31', '', '2024-1-5', '24-01-05', '2024/01/05', '01-05-2024', '2024-01-05T00:00:00Z', ' 2024-01-05', '2024-01-05 ', 'today', '+002024-01-05', '2024-W01-1', '２０２４-01-05'),
  fc.string({ maxLength: 12 }),
);

/** Strings that are not members of any enumeration. */
const unknownEnum = fc.oneof(
  fc.constantFrom('PNS', 'pns ', 'pilot', 'Bupati', 'pilkada_2029', 'pemilu_2019', 'toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'calon\u0000', 'kode_etik'),
  fc.string({ maxLength: 16 }),
);

/** JSON objects with `__proto__`, `constructor` and `prototype` as own keys (as `JSON.parse` makes them). */
export const prototypeKeyed = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('{"polluted":1}', '{"prototype":{"polluted":1}}', '{"__proto__":{"polluted":1}}', '"x"', '1', 'null', '[]', '{"employment":"pns"}'),
    fc.constantFrom('', '"actor":{"employment":"pns"},', '"actor":{"employment":"pns"},"act":{"kind":"party_membership"},'),
  )
  .map(([key, value, rest]) => JSON.parse(`{${rest}"${key}":${value}}`) as unknown);

/** A value nested `depth` levels deep. */
const deep = fc.integer({ min: 5, max: 2_000 }).map((depth) => {
  let v: unknown = 'pns';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { employment: v };
  return v;
});

/** Objects that fight back: cycles, throwing getters, proxies, exotic prototypes. */
export const hostileObject = fc.oneof(
  fc.constant(null).map(() => {
    const o: Record<string, unknown> = { actor: { employment: 'pns' }, act: { kind: 'party_membership' } };
    o['self'] = o;
    return o;
  }),
  fc.constant(null).map(() => {
    const actor: Record<string, unknown> = { employment: 'pns' };
    actor['boss'] = actor;
    return { actor, act: { kind: 'party_membership' } };
  }),
  fc.constant(null).map(() => {
    const a: unknown[] = [];
    a.push(a);
    return { actor: { employment: 'pns' }, act: a };
  }),
  fc.constant(null).map(() =>
    Object.defineProperty({ act: { kind: 'party_membership' } }, 'actor', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  ),
  fc.constant(null).map(() =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
        get() {
          throw new Error('get');
        },
      },
    ),
  ),
  fc.constant(null).map(() =>
    new Proxy({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } }, {
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
    }),
  ),
  fc.constant(null).map(() => Object.assign(Object.create(null) as object, { actor: { employment: 'pns' }, act: { kind: 'online_campaign' } })),
  fc.constant(null).map(() => Object.create({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' } }) as object),
  fc.constant(null).map(() => ({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, toJSON: () => ({}) })),
);

/** Any value a caller could pass where one field is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  unknownEnum,
  badDate,
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 1e308, true, false, null, undefined, '', ' ', '0', 'true'),
  fc.integer().map((n) => n),
  fc.double(),
  fc.bigInt(),
  fc.constant(null).map(() => Symbol('s')),
  fc.constant(null).map(() => () => 'pns'),
  fc.date({ noInvalidDate: false }),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.array(fc.constantFrom(...EMPLOYMENTS, ...ACT_KINDS), { maxLength: 3 }),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
  prototypeKeyed,
  deep,
  hostileObject,
);

const PATHS = [
  [],
  ['reference'],
  ['actor'],
  ['actor', 'employment'],
  ['actor', 'cltn'],
  ['actor', 'actingRegionalHead'],
  ['actor', 'region'],
  ['act'],
  ['act', 'kind'],
  ['act', 'activeSupport'],
  ['act', 'photoShows'],
  ['act', 'partyRole'],
  ['target'],
  ['target', 'office'],
  ['target', 'relation'],
  ['stage'],
  ['campaignPhase'],
  ['election'],
  ['date'],
  ['__proto__'],
  ['constructor'],
  ['actor', '__proto__'],
  ['extra'],
] as const;

/** Sets `path` in a copy of `incident` to `value` (as an own property, even for `__proto__`). */
function put(incident: Record<string, unknown>, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: Record<string, unknown> = { ...incident };
  const [head, ...rest] = path as [string, ...string[]];
  const inner = copy[head];
  const next =
    rest.length === 0 ? value : put(inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : {}, rest, value);
  Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A well-formed incident with one to three fields replaced by hostile values. */
export const malformedIncident = fc
  .tuple(wellFormedIncident, fc.array(fc.tuple(fc.constantFrom(...PATHS), hostileValue), { minLength: 1, maxLength: 3 }))
  .map(([incident, edits]) =>
    edits.reduce<unknown>((acc, [path, value]) => {
      if (acc === null || typeof acc !== 'object' || Array.isArray(acc)) return acc;
      try {
        return put(acc as Record<string, unknown>, path, value);
      } catch {
        return acc; // a hostile value already in place (throwing getter, proxy) cannot be copied: keep it
      }
    }, incident),
  );

/** A mix: well-formed incidents, malformed ones, and arbitrary hostile values. */
export const anyInput = fc.oneof(
  { arbitrary: wellFormedIncident, weight: 3 },
  { arbitrary: malformedIncident, weight: 5 },
  { arbitrary: hostileValue, weight: 2 },
);
