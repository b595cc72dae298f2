// The memo of a finding's sanction is keyed by the span of the law's dates a day falls in (src/law/day-span.ts), not by
// the day: for every day from a month before the law's first date to a month after its last, for every sanction a rule
// of the built-in law names (with its disputed levels and level sources) and every employment, the memoised sanction
// must be the one resolveSanction gives for that very day. A date the law compares with but the spans leave out would
// let a day take the sanction of a day on the other side of it (a basis or a note in force on one and not the other)
// and fail here. The findings of violation rules, memoised the same way, are checked likewise below.
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isViolation, sanctionOf } from '../src/evaluate/outcome.js';
import { lawDays, lawDaySpan } from '../src/law/day-span.js';
import { defaultLaw } from '../src/law/law.js';
import { lawParameters } from '../src/law/law-parameters.js';
import { basesUnder, resolveSanction } from '../src/law/sanctions.js';
import { inForce, windowOf } from '../src/law/validity.js';
import { buildViolation, violationOn } from '../src/decide/result.js';
import { buildTrack, trackOn, type TrackContext } from '../src/law/tracks.js';
import { EMPLOYMENTS, TRACKS } from '../src/vocabulary/enums.js';
import { sameJson } from './same-json.js';

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
        if (!sameJson(memo, direct)) expect(memo, `${rule.name} ${employment} ${date}`).toEqual(direct);
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

describe('the track memo keyed by the span of the law dates', () => {
  /** One employment of each regime: a track's steps read the employment only through its regime. */
  const employments = [...new Map(EMPLOYMENTS.map((e) => [law.sanctionData.employments[e].regime, e] as const)).values()];
  /** Every basis any sanction rests on, without a date: the sanction bases a step may take, each with its window. */
  const allSanctionBases = [...new Set(Object.keys(law.sanctionData.sanctions).flatMap((id) => EMPLOYMENTS.flatMap((e) => resolveSanction(id as never, e, undefined, law).bases)))];
  const contexts = employments.flatMap((employment) =>
    // Without an election (a step then takes the bases of every election) and with one: the election only picks bases.
    [undefined, [...law.calendars.keys()][0]].flatMap((election) => [[], allSanctionBases].map((sanctionBases) => ({ employment, election, sanctionBases }))),
  );

  it.each(TRACKS.map((t) => [t]))('gives the %s track, on every day, the steps of that day', (track) => {
    let checked = 0;
    for (const c of contexts) {
      for (const date of everyDay) {
        const context = { ...c, date } as TrackContext;
        const memo = trackOn(law, track, context);
        const direct = buildTrack(track, context, law);
        if (!sameJson(memo, direct)) expect(memo, `${track} ${JSON.stringify(c)} ${date}`).toEqual(direct);
        checked++;
      }
    }
    expect(checked).toBe(contexts.length * everyDay.length);
  });
});

describe('the violation memo keyed by the span of the law dates', () => {
  const violationRules = [...law.byName.values()].filter(isViolation);

  // A violation reads the date through its sanction (checked above) and through which of its bases are in force:
  // every basis a violation can cite must be in force alike on every day of a span.
  it('every basis a violation cites is in force, or not, alike on every day of a span', () => {
    const ids = [...new Set(violationRules.flatMap((r) => EMPLOYMENTS.flatMap((e) => [...basesUnder(r.event.params.bases, e, law), ...(r.event.params.conflicts ?? []).flatMap((c) => c.bases)])))];
    expect(ids.length).toBeGreaterThan(10);
    const firstOfSpan = new Map<string, string>();
    let checked = 0;
    for (const date of everyDay) {
      const span = lawDaySpan(law, date);
      const first = firstOfSpan.get(span) ?? (firstOfSpan.set(span, date), date);
      for (const id of ids) {
        if (inForce(windowOf(id, law), date) !== inForce(windowOf(id, law), first)) expect(`${id} on ${date}`).toBe(`${id} as on ${first}, the first day of its span`);
        checked++;
      }
    }
    expect(checked).toBe(ids.length * everyDay.length);
  });

  // The memo's wiring (its key names the rule, the employment and the span): every rule and employment, on each date
  // of the law, the days either side of it and every 7th day, get the finding built afresh for that very day.
  // The days of a span are asked in turn, each for every employment, so that the memo answers from what it holds.
  it('gives every violation rule and employment the finding of the day', () => {
    const sample = [...new Set([...days.flatMap((d) => [shift(d, -1), d, shift(d, 1)]), ...everyDay.filter((_, i) => i % 7 === 0)])].sort();
    let checked = 0;
    for (const rule of violationRules) {
      for (const date of [undefined, ...sample]) {
        for (const employment of EMPLOYMENTS) {
          const memo = violationOn(rule, employment, date, law);
          const direct = buildViolation(rule, employment, date, law);
          if (!sameJson(memo, direct)) expect(memo, `${rule.name} ${employment} ${date}`).toEqual(direct);
          checked++;
        }
      }
    }
    expect(checked).toBe(violationRules.length * (sample.length + 1) * EMPLOYMENTS.length);
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
