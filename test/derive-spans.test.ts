// The memos of the derived stage and phase are keyed by the span of the calendar a day falls in (src/evaluate/derive.ts,
// calendarSpan), not by the day: every day around every calendar of the built-in law, for every region that reads its
// own cycles, one without, and none, and for every office, must get from deriveFacts what the calendar lookup without
// the memo gives for that very day. A boundary day left out of the spans would let a day take the answer of a day on
// the other side of it (e.g. a quiet-period day the campaign's answer) and fail here.
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { calendarSpan, deriveFacts, phaseValueOn, stageValueOn } from '../src/evaluate/derive.js';
import { factsOf } from '../src/incident/facts.js';
import type { Incident } from '../src/incident/schema.js';
import { phaseOn, regionsToRead, stageOn, type DerivedFact } from '../src/law/calendar.js';
import { defaultLaw } from '../src/law/law.js';
import type { Office } from '../src/vocabulary/enums.js';

const law = defaultLaw();
/** The calendar lookup without the memo: the value in the region's calendar, or where the region is not known, the
 * value every region's calendar gives (src/evaluate/derive.ts, derivedIn). */
function lookup(election: string, region: string | undefined, on: (region: string | undefined) => DerivedFact | undefined): DerivedFact | null {
  const [first, ...rest] = regionsToRead(law, election, region).map(on);
  return first && rest.every((d) => d?.value === first.value) ? first : null;
}
const shift = (day: string, n: number) => formatISO(addDays(parseISO(day), n), { representation: 'date' });

/** Every day from a month before an election's first boundary day to a month after its last. */
function daysAround(election: string): string[] {
  const own = [...(law.cycles.get(election)?.values() ?? [])].flat();
  const cycles = [law.calendars.get(election)!, ...own];
  const bounds = cycles.flatMap((c) => [...c.determinations.map((d) => d.date), c.campaign.start, c.voting.date]).sort();
  const days: string[] = [];
  for (let day = shift(bounds[0]!, -31); day <= shift(bounds.at(-1)!, 31); day = shift(day, 1)) days.push(day);
  return days;
}

const cases = [...law.calendars.keys()].flatMap((election) =>
  [undefined, ...(law.cycles.get(election)?.keys() ?? []), 'dki_jakarta'].map((region) => [election, region ?? '(none)', region] as const),
);

describe.each(cases)('%s, region %s', (election, _name, region) => {
  const offices: Office[] = [...law.calendars.get(election)!.offices, 'partai_politik'];
  const days = daysAround(election);

  it('every day gets the stage and the phase the calendar gives for that day', () => {
    let checked = 0;
    for (const office of offices) {
      for (const date of days) {
        const incident = { actor: { employment: 'pns', ...(region ? { region } : {}) }, act: { kind: 'install_campaign_props' }, target: { office }, election, date } as unknown as Incident;
        const { derived } = deriveFacts(incident, factsOf(incident), law);
        const expected = [lookup(election, region, (r) => stageOn(law, election, office, date, r)), lookup(election, region, (r) => phaseOn(law, election, date, r))].filter((d) => d !== null);
        expect(derived, `${office} ${date}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBe(offices.length * days.length);
  });

  it("every day gets, in each region's calendar, the stage and the phase that calendar gives for that day (the completion analysis's lookups)", () => {
    let checked = 0;
    for (const r of regionsToRead(law, election, region)) {
      for (const date of days) {
        for (const office of offices) expect(stageValueOn(law, election, office, date, r), `${office} ${date} ${r}`).toBe(stageOn(law, election, office, date, r)?.value);
        expect(phaseValueOn(law, election, date, r), `${date} ${r}`).toBe(phaseOn(law, election, date, r)?.value);
        checked++;
      }
    }
    expect(checked).toBe(regionsToRead(law, election, region).length * days.length);
  });
});

describe('calendarSpan', () => {
  it('puts the days between two boundary days in one span, and each boundary day in its own', () => {
    const c = law.calendars.get('pilkada_2024')!;
    const campaign = calendarSpan(law, 'pilkada_2024', shift(c.campaign.start, 1));
    expect(calendarSpan(law, 'pilkada_2024', shift(c.campaign.start, 2))).toBe(campaign);
    expect(calendarSpan(law, 'pilkada_2024', c.campaign.start)).not.toBe(campaign);
    expect(calendarSpan(law, 'pilkada_2024', shift(c.campaign.start, -1))).not.toBe(campaign);
    expect(calendarSpan(law, 'pilkada_2024', c.voting.date)).not.toBe(calendarSpan(law, 'pilkada_2024', shift(c.voting.date, -1)));
  });

  it('gives a day that is not a calendar day a key of its own', () => {
    expect(calendarSpan(law, 'pilkada_2024', '2024-02-30')).toBe('2024-02-30');
    expect(calendarSpan(law, 'pilkada_2024', '2024-02-29')).not.toBe('2024-02-29');
  });
});
