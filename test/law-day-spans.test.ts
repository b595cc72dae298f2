// The memo of a finding's sanction is keyed by the span of the law's dates a day falls in (src/law/day-span.ts), not by
// the day: for every day from a month before the law's first date to a month after its last, for every sanction a rule
// of the built-in law names (with its disputed levels and level sources) and every employment, the memoised sanction
// must be the one resolveSanction gives for that very day. A date the law compares with but the spans leave out would
// let a day take the sanction of a day on the other side of it (a basis or a note in force on one and not the other)
// and fail here.
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isViolation, sanctionOf } from '../src/evaluate/outcome.js';
import { lawDays, lawDaySpan } from '../src/law/day-span.js';
import { defaultLaw } from '../src/law/law.js';
import { lawParameters } from '../src/law/law-parameters.js';
import { resolveSanction } from '../src/law/sanctions.js';
import { windowOf } from '../src/law/validity.js';
import { EMPLOYMENTS } from '../src/vocabulary/enums.js';

const law = defaultLaw();
const shift = (day: string, n: number) => formatISO(addDays(parseISO(day), n), { representation: 'date' });
const days = lawDays(law);
const everyDay: string[] = [];
for (let day = shift(days[0]!, -31); day <= shift(days.at(-1)!, 31); day = shift(day, 1)) everyDay.push(day);

/** One violation rule for each distinct sanction input (the sanction id, its disputed levels and level sources). */
const rules = [
  ...new Map(
    [...law.byName.values()].filter(isViolation).map((r) => [JSON.stringify([r.event.params.sanction, r.event.params.disputed ?? [], r.event.params.levelBases ?? []]), r] as const),
  ).values(),
];

describe('the sanction memo keyed by the span of the law dates', () => {
  it.each(EMPLOYMENTS.map((e) => [e]))('gives %s, on every day, the sanction of that day', (employment) => {
    let checked = 0;
    for (const rule of rules) {
      const p = rule.event.params;
      for (const date of everyDay) {
        const direct = resolveSanction(p.sanction, employment, date, law, (p.disputed ?? []).map((x) => ({ level: x.level, bases: x.bases })), p.levelBases ?? []);
        const memo = sanctionOf(rule, employment, date, law);
        if (JSON.stringify(memo) !== JSON.stringify(direct)) expect(memo, `${rule.name} ${employment} ${date}`).toEqual(direct);
        checked++;
      }
    }
    expect(checked).toBe(rules.length * everyDay.length);
  });

  it('without a date, the sanction without a date', () => {
    for (const rule of rules) {
      const p = rule.event.params;
      expect(sanctionOf(rule, 'pns', undefined, law)).toEqual(resolveSanction(p.sanction, 'pns', undefined, law, (p.disputed ?? []).map((x) => ({ level: x.level, bases: x.bases })), p.levelBases ?? []));
    }
  });
});

describe('lawDaySpan', () => {
  it('puts the days between two dates of the law in one span, and each date of the law in its own', () => {
    const [a, b] = [days[5]!, days[6]!];
    expect(lawDaySpan(law, shift(a, 1))).toBe(lawDaySpan(law, shift(b, -1)));
    expect(lawDaySpan(law, a)).not.toBe(lawDaySpan(law, shift(a, 1)));
    expect(lawDaySpan(law, a)).not.toBe(lawDaySpan(law, shift(a, -1)));
    expect(lawDaySpan(law, b)).not.toBe(lawDaySpan(law, shift(b, -1)));
  });

  it('keeps a text that is not a calendar day apart, and no date apart from every day', () => {
    expect(lawDaySpan(law, '2024-02-30')).toBe('!2024-02-30');
    expect(lawDaySpan(law, undefined)).toBe('');
    expect(everyDay.map((d) => lawDaySpan(law, d))).not.toContain('');
  });

  it('holds the dates of the law parameters and of every basis window, sorted', () => {
    const params = lawParameters();
    const expected = [
      params.nonAsnSettlement.until,
      ...(params.payRegulation.inForceFrom === null ? [] : [params.payRegulation.inForceFrom]),
      ...params.handlers.flatMap((h) => [h.from, h.until]),
      ...Object.keys(law.bases).flatMap((id) => [windowOf(id, law).from, windowOf(id, law).until]),
    ].filter((d): d is string => d !== undefined);
    for (const d of expected) expect(days).toContain(d);
    expect(days).toEqual([...new Set(days)].sort());
  });
});
