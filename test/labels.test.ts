// Every enumeration value, every question and every result field has a label in both languages.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import * as enums from '../src/vocabulary/enums.js';
import { FACTS, FACT_NAMES } from '../src/incident/facts.js';
import {
  FACT_ENUMS,
  FIELD_LABELS,
  QUESTION_LABELS,
  SECTION_LABELS,
  VALUE_LABELS,
  valueLabel,
  type LabelledEnum,
} from '../src/present/labels.js';
import { RESULT_LABELS } from '../src/present/result-labels.js';
import { LANGUAGES, type Bilingual } from '../src/vocabulary/text.js';

/** Which labels hold each enumeration tuple of src/vocabulary/enums.ts: a new tuple without labels fails the first test. */
const TUPLE_LABELS: Record<string, LabelledEnum> = {
  EMPLOYMENTS: 'employment',
  REGIONS: 'region',
  POSITIONS: 'position',
  STAGES: 'stage',
  CAMPAIGN_PHASES: 'campaignPhase',
  ELECTIONS: 'election',
  OFFICES: 'office',
  RELATIONS: 'relation',
  ACT_KINDS: 'actKind',
  ENGAGEMENTS: 'engagement',
  PHOTO_SUBJECTS: 'photoSubject',
  PARTY_ROLES: 'partyRole',
  ACTIVITY_FORMS: 'activityForm',
  ATTRIBUTE_KINDS: 'attributeKind',
  VERDICTS: 'verdict',
  CATEGORIES: 'category',
  SANCTION_LEVELS: 'sanctionLevel',
  LISTS: 'list',
  TRACKS: 'track',
  REGIMES: 'regime',
  BODIES: 'body',
  RECORD_KINDS: 'recordKind',
  CONFIDENCES: 'confidence',
  EARLIER_PENALTY_LEVELS: 'earlierPenaltyLevel',
};

const tuples = Object.entries(enums as Record<string, unknown>).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]));

function expectBilingual(text: Bilingual | undefined, where: string): void {
  expect(text, where).toBeDefined();
  for (const lang of LANGUAGES) {
    expect(typeof text![lang], `${where}.${lang}`).toBe('string');
    expect(text![lang].trim().length, `${where}.${lang} is empty`).toBeGreaterThan(0);
  }
}

describe('labels', () => {
  it('exist for every enumeration tuple of src/vocabulary/enums.ts', () => {
    expect(tuples.length).toBeGreaterThanOrEqual(21);
    for (const [name] of tuples) expect(TUPLE_LABELS[name], `${name} has no labels`).toBeDefined();
  });

  it.each(tuples)('%s: every value has a label in both languages, and no other value has one', (name, values) => {
    const labels = VALUE_LABELS[TUPLE_LABELS[name]!] as Record<string, Bilingual>;
    for (const value of values) expectBilingual(labels[value], `${name}.${value}`);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it.each(FACT_NAMES)('fact %s: question, field name and every value of its domain labelled', (fact) => {
    expectBilingual(QUESTION_LABELS[fact], `question ${fact}`);
    expectBilingual(FIELD_LABELS[fact], `field ${fact}`);
    const domain = FACTS[fact].domain as readonly (string | boolean)[];
    for (const value of domain) expectBilingual(valueLabel(fact, value), `${fact}=${String(value)}`);
    const labels = VALUE_LABELS[FACT_ENUMS[fact]] as Record<string, Bilingual>;
    expect(Object.keys(labels).sort(), fact).toEqual(domain.map(String).sort());
  });

  it('the date and the reference have questions and field names', () => {
    for (const key of ['date', 'reference'] as const) {
      expectBilingual(QUESTION_LABELS[key], `question ${key}`);
      expectBilingual(FIELD_LABELS[key], `field ${key}`);
    }
  });

  it('every field of a result and of its parts has a label', () => {
    const results = [
      { actor: { employment: 'pns' }, act: { kind: 'join_campaign_team' }, target: { office: 'bupati' }, election: 'pilkada_2024', date: '2024-10-01', reference: 'R-1' },
      { actor: { employment: 'pns' }, act: { kind: 'use_regional_budget' } },
      { actor: { employment: 'pns', cltn: false }, act: { kind: 'take_part_in_campaign' }, target: { relation: 'spouse' } },
    ].map((incident) => classifySync(incident));
    const keys = new Set<string>();
    const collect = (value: unknown, depth: number): void => {
      if (depth > 3 || value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((v) => collect(v, depth));
      for (const [k, v] of Object.entries(value)) {
        keys.add(k);
        if (!['citations', 'audit', 'explanation', 'label', 'note', 'options', 'missingFacts', 'derived', 'conflicts', 'notes', 'action'].includes(k)) collect(v, depth + 1);
      }
    };
    for (const r of results) {
      expect(r.ok).toBe(true);
      collect(r, 0);
    }
    for (const k of ['violations', 'sanction', 'tracks', 'steps', 'bodies', 'body', 'electionCrimes', 'liable', 'records', 'kind', 'missingFacts']) {
      expect(keys.has(k), `fixtures reach ${k}`).toBe(true);
    }
    // Inside missingFacts (questions), options, derived facts and notes the items carry their own labels or texts.
    keys.delete('ok');
    for (const k of keys) expectBilingual((RESULT_LABELS as Record<string, Bilingual>)[k], `result field ${k}`);
    for (const [k, text] of Object.entries(RESULT_LABELS)) expectBilingual(text, `result field ${k}`);
  });

  it('sections have a title and a description in both languages', () => {
    for (const [k, s] of Object.entries(SECTION_LABELS)) {
      expectBilingual(s.title, `${k}.title`);
      expectBilingual(s.description, `${k}.description`);
    }
  });

  it('valueLabel answers undefined outside the domain', () => {
    expect(valueLabel('employment', 'pilot')).toBeUndefined();
    expect(valueLabel('cltn', 'yes')).toBeUndefined();
    expect(valueLabel('cltn', true)?.id).toBe('Ya');
  });
});
