// incidentJsonSchema (zod's z.toJSONSchema, annotated from the labels) accepts every valid fixture incident and rejects
// the invalid ones a JSON Schema can express, checked with a real JSON Schema validator (ajv, draft 2020-12).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { validateIncident } from '../src/incident/errors.js';
import { FACTS, FACT_NAMES } from '../src/incident/facts.js';
import { buildIncidentJsonSchema, incidentJsonSchemaOf, multiActJsonSchema } from '../src/present/json-schema.js';
import { incidentJsonSchema } from '../src/present/incident-json-schema.js';
import { defaultLaw } from '../src/law/law.js';
import { hasActs } from '../src/incident/schema.js';
import { FIELD_LABELS, QUESTION_LABELS, valueLabel } from '../src/present/labels.js';
import { loadFixtures } from './fixture-files.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
// The annotation vocabulary of incidentJsonSchema (README "Forms"): declared, so strict mode still rejects typos.
ajv.addKeyword({ keyword: 'x-translations', schemaType: 'object' });
ajv.addKeyword({ keyword: 'x-enum-labels', schemaType: 'object' });
const validateSingle = ajv.compile(incidentJsonSchema);
const validateActs = ajv.compile(multiActJsonSchema);
/** Validates against the JSON Schema of the input's shape: a report with several acts, or an incident. */
let last = validateSingle;
const validate = Object.assign((input: unknown) => (last = hasActs(input) ? validateActs : validateSingle)(input), {
  get errors() {
    return last.errors;
  },
});

const fixtures = loadFixtures();
const valid = fixtures.filter((c) => c.expect.invalidFields === undefined);
const invalid = fixtures.filter((c) => c.expect.invalidFields !== undefined);

/** Whether zod rejects the input only through the office/election refinement, which JSON Schema cannot express. */
const onlyRefinement = (input: unknown) => {
  const v = validateIncident(input);
  return !v.ok && v.error.issues.every((i) => i.code === 'office_not_in_election' || i.code === 'pppk_no_cltn');
};

const node = (path: readonly string[]) => {
  let n = incidentJsonSchema as Record<string, unknown>;
  for (const key of path) n = (n.properties as Record<string, Record<string, unknown>>)[key]!;
  return n;
};

describe('incidentJsonSchema', () => {
  it('is, as shipped data, the schema zod and the labels make now', () => {
    // Made when the package is generated (scripts/generate-data.mjs): a change to the schema or the labels since then
    // would show here (npm run generate makes it again before every build and test).
    expect({ ...incidentJsonSchema }).toEqual(buildIncidentJsonSchema());
    expect(JSON.stringify(incidentJsonSchema)).toBe(JSON.stringify(buildIncidentJsonSchema()));
    expect(incidentJsonSchemaOf(defaultLaw())).toEqual(buildIncidentJsonSchema());
  });

  it('is draft 2020-12 from zod and ajv compiles it in strict mode', () => {
    expect(incidentJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it.each(valid.map((c) => [c.name, c] as const))('accepts the valid fixture: %s', (_name, c) => {
    const ok = validate(c.incident);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(invalid.map((c) => [c.name, c] as const))('agrees with zod on the invalid fixture: %s', (_name, c) => {
    expect(validateIncident(c.incident).ok).toBe(false);
    // The office/election cross-check is a zod refinement: JSON Schema accepts it, and the README says so.
    expect(validate(c.incident)).toBe(onlyRefinement(c.incident));
  });

  it('the refinement is the only difference with zod on the whole decision space', () => {
    let refinementOnly = 0;
    let compared = 0;
    for (const p of enumerateDecisionSpace()) {
      const incident = incidentFromFacts(p.facts);
      const zodOk = validateIncident(incident).ok;
      const refinement = onlyRefinement(incident);
      if (refinement) refinementOnly++;
      expect(validate(incident), JSON.stringify(incident)).toBe(zodOk || refinement);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
    expect(refinementOnly).toBeGreaterThan(0);
  });

  it('rejects what zod rejects for keys, enumerations and types', () => {
    const base = { actor: { employment: 'pns' }, act: { kind: 'post_photo' } };
    for (const bad of [
      { ...base, extra: 1 },
      { ...base, actor: { employment: 'pns', cltn: 'ya' } },
      { ...base, act: { kind: 'post_photo', activeSupport: true } },
      { ...base, stage: 'calon_tetap' },
      { ...base, date: '2024-13-01' },
      { ...base, reference: 'x'.repeat(201) },
      { act: { kind: 'post_photo' } },
    ]) {
      expect(validateIncident(bad).ok, JSON.stringify(bad)).toBe(false);
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('titles and describes every field in Bahasa Indonesia and English, and labels every enumeration value', () => {
    for (const fact of FACT_NAMES) {
      const path = FACTS[fact].path.split('.');
      if (path[0] === 'act') continue;
      const n = node(path);
      expect(n.title, fact).toBe(FIELD_LABELS[fact].id);
      expect(n.description, fact).toBe(QUESTION_LABELS[fact].id);
      expect(n['x-translations'], fact).toEqual({ en: { title: FIELD_LABELS[fact].en, description: QUESTION_LABELS[fact].en } });
      if (Array.isArray(n.enum)) {
        const labels = n['x-enum-labels'] as Record<string, unknown>;
        for (const v of n.enum as string[]) expect(labels[v], `${fact}=${v}`).toEqual(valueLabel(fact, v));
      }
    }
    for (const key of ['date', 'reference'] as const) expect(node([key]).title).toBe(FIELD_LABELS[key].id);
    expect(node(['actor'])['x-translations']).toEqual({ en: expect.objectContaining({ title: 'Reported person' }) });
  });

  it('titles every act branch with the act and labels its sub-facts', () => {
    const branches = (node(['act']).oneOf ?? []) as Record<string, any>[];
    expect(branches.length).toBe(FACTS.act.domain.length);
    for (const b of branches) {
      const kind = b.properties.kind.const as string;
      expect(b.title).toBe(valueLabel('act', kind)!.id);
      expect(b['x-translations'].en.title).toBe(valueLabel('act', kind)!.en);
      for (const [name, sub] of Object.entries(b.properties as Record<string, any>)) {
        if (name === 'kind') continue;
        expect(sub.title, `${kind}.${name}`).toBe(FIELD_LABELS[name as keyof typeof FIELD_LABELS].id);
      }
    }
  });
});
