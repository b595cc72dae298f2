// Stage and phase derivation on both sides of every boundary of every calendar file (calendars/*.json).
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { deriveStage, derivePhase, getCalendar } from '../src/law/law.js';
import { ELECTIONS } from '../src/vocabulary/enums.js';

const shift = (day: string, n: number) => formatISO(addDays(parseISO(day), n), { representation: 'date' });

describe.each(ELECTIONS)('%s calendar', (election) => {
  const c = getCalendar(election);

  it.each(c.determinations.flatMap((d) => d.offices.map((o) => [o, d] as const)))('stage for %s turns on its determination day', (office, d) => {
    expect(deriveStage(election, office, shift(d.date, -1))?.value).toBe('bakal_calon');
    expect(deriveStage(election, office, d.date)?.value).toBe('calon');
    expect(deriveStage(election, office, d.date)?.from).toMatchObject({ entry: d.id, date: d.date });
  });

  it('has no stage for an office without a determination (a party)', () => {
    expect(deriveStage(election, 'partai_politik', c.voting.date)).toBeUndefined();
  });

  it('phase boundaries: campaign start and end days are in the campaign, voting day is after voting', () => {
    const phase = (day: string) => derivePhase(election, day)?.value;
    expect(phase(shift(c.campaign.start, -1))).toBe('before_campaign');
    expect(phase(c.campaign.start)).toBe('campaign');
    expect(phase(c.campaign.end)).toBe('campaign');
    expect(phase(shift(c.campaign.end, 1))).toBe('quiet_period');
    expect(phase(c.quietPeriod.end)).toBe('quiet_period');
    expect(phase(shift(c.voting.date, -1))).toBe('quiet_period');
    expect(phase(c.voting.date)).toBe('after_voting');
  });

  it('quiet period follows the campaign directly and ends the day before voting', () => {
    expect(c.quietPeriod.start).toBe(shift(c.campaign.end, 1));
    expect(c.voting.date).toBe(shift(c.quietPeriod.end, 1));
  });
});
