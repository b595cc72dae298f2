// The rule files are valid json-rules-engine rules, cite only registered bases, and cite them inside their windows.
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { defaultLaw, getCalendar } from '../src/law/law.js';
import { ELECTIONS, EMPLOYMENTS } from '../src/vocabulary/enums.js';
import { builtInRuleFiles } from '../src/law/law.js';
import { LEGAL_BASES, LEGAL_DOCUMENTS, basisWindow, type LegalBasisId } from '../src/law/legal-bases.js';
import { loadRules, validateBuiltInRuleFiles as validateRuleFiles } from '../src/law/law.js';
import { resolveSanction } from '../src/law/sanctions.js';
import { inForce } from '../src/law/validity.js';

const RULE_FILES = builtInRuleFiles();

const { rules, files } = loadRules();

describe('rule files', () => {
  it('load and validate: one file per source document, every rule named once', () => {
    expect(files.map((f) => f.file)).toEqual(Object.keys(RULE_FILES));
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });

  it('reject a condition on an unknown fact, naming the file and the rule', () => {
    const bad = structuredClone(RULE_FILES['scope']) as { rules: { conditions: { all: { fact: string }[] } }[] };
    bad.rules[0]!.conditions.all[0]!.fact = 'mood';
    expect(() => validateRuleFiles({ scope: bad })).toThrow(/rules\/scope\.json rule scope\/not-covered: rules\.0\.conditions\.all\.0\.fact/);
  });

  it('reject a value outside the fact domain', () => {
    const bad = structuredClone(RULE_FILES['scope']) as { rules: { conditions: { all: { value: unknown }[] } }[] };
    bad.rules[0]!.conditions.all[0]!.value = ['tni', 'astronaut'];
    expect(() => validateRuleFiles({ scope: bad })).toThrow(/not in the domain of fact employment/);
  });

  it('reject an unknown legal basis id', () => {
    const bad = structuredClone(RULE_FILES['skb-2022-disiplin']) as { rules: { event: { params: { bases: string[] } } }[] };
    bad.rules[0]!.event.params.bases[0] = 'pp-94-2021/p99';
    expect(() => validateRuleFiles({ 'skb-2022-disiplin': bad })).toThrow(/unknown legal basis id/);
  });

  it('reject operators other than equal and in (the wildcard reading needs monotone conditions)', () => {
    const bad = structuredClone(RULE_FILES['scope']) as { rules: { conditions: { all: { operator: string }[] } }[] };
    bad.rules[0]!.conditions.all[0]!.operator = 'notIn';
    expect(() => validateRuleFiles({ scope: bad })).toThrow(/operator/);
  });
});

describe('legal registry', () => {
  it('every basis belongs to a registered document', () => {
    for (const [id, basis] of Object.entries(LEGAL_BASES)) {
      expect(Object.hasOwn(LEGAL_DOCUMENTS, basis.document), id).toBe(true);
    }
  });

  it('every superseding id exists and starts where the superseded one ends', () => {
    for (const [id, basis] of Object.entries(LEGAL_BASES) as [LegalBasisId, { supersededBy?: string }][]) {
      if (!basis.supersededBy) continue;
      const next = basis.supersededBy as LegalBasisId;
      expect(Object.hasOwn(LEGAL_BASES, next), `${id} -> ${next}`).toBe(true);
      const end = basisWindow(id).until;
      const start = basisWindow(next).from;
      expect(end, `${id} has an end`).toBeDefined();
      expect(start, `${next} has a start`).toBe(formatISO(addDays(parseISO(end!), 1), { representation: 'date' }));
    }
  });
});

// Every date of both calendars on which the SKB is in force: a rule must have an in-force basis for its finding
// and its sanction on each of them, for each employment it can apply to.
const calendarDays = ELECTIONS.flatMap((election) => {
  const c = getCalendar(election);
  return [
    ...c.determinations.flatMap((d) => [d.date, formatISO(addDays(parseISO(d.date), -1), { representation: 'date' })]),
    c.campaign.start,
    c.campaign.end,
    c.quietPeriod.start,
    c.quietPeriod.end,
    c.voting.date,
  ];
});

describe('no rule cites a basis outside its window', () => {
  it.each(rules.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const first = rule.event.params.bases[0];
    for (const day of calendarDays) {
      if (first !== undefined && !inForce(basisWindow(first), day)) continue;
      const bases = rule.event.params.bases;
      if (bases.length > 0) expect(bases.some((b) => inForce(basisWindow(b), day)), `${rule.name} on ${day}`).toBe(true);
      if (rule.event.type === 'violation') {
        for (const employment of EMPLOYMENTS) {
          const sanction = resolveSanction(rule.event.params.sanction, employment, day, defaultLaw());
          expect(sanction.bases.length, `${rule.name} sanction for ${employment} on ${day}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('every sanction has in-force bases on every calendar day', () => {
    for (const id of Object.keys(defaultLaw().sanctionData.sanctions)) {
      for (const day of calendarDays) expect(resolveSanction(id, 'pns', day, defaultLaw()).bases.length, `${id} ${day}`).toBeGreaterThan(0);
    }
  });
});
