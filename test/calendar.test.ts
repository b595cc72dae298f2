// Stage and phase derivation on both sides of every boundary of every calendar file (the elections/*.json of the built-in packs).
import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { defaultLaw, deriveStage, derivePhase, getCalendar } from '../src/law/law.js';
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

// Every region's own cycle of an election (update 2026-12 Consequences 8: the stage uses the region's own penetapan
// date): its boundaries for an actor of that region, and none of them for an actor elsewhere.
const cycles = [...defaultLaw().cycles].flatMap(([election, byRegion]) => [...byRegion].flatMap(([region, own]) => own.map((c) => [`${election} ${region} ${c.id}`, election, region, c] as const)));

describe.each(cycles)('regional cycle %s', (_name, election, region, c) => {
  const e = election as (typeof ELECTIONS)[number];
  it.each(c.determinations.flatMap((d) => d.offices.map((o) => [o, d] as const)))('stage for %s turns on the region\'s own determination day', (office, d) => {
    expect(deriveStage(e, office, shift(d.date, -1), region)?.value).toBe('bakal_calon');
    expect(deriveStage(e, office, d.date, region)?.value).toBe('calon');
    expect(deriveStage(e, office, d.date, region)?.from).toMatchObject({ entry: d.id, date: d.date, cycle: { region, id: c.id } });
    // Elsewhere the national determination, long past, still stands.
    expect(deriveStage(e, office, shift(d.date, -1), 'other')?.value).toBe('calon');
  });
  it('phase boundaries in the region', () => {
    const phase = (day: string) => derivePhase(e, day, region)?.value;
    expect(phase(shift(c.campaign.start, -1))).toBe('before_campaign');
    expect(phase(c.campaign.start)).toBe('campaign');
    expect(phase(c.campaign.end)).toBe('campaign');
    expect(phase(shift(c.campaign.end, 1))).toBe('quiet_period');
    expect(phase(shift(c.voting.date, -1))).toBe('quiet_period');
    expect(phase(c.voting.date)).toBe('after_voting');
    expect(derivePhase(e, c.campaign.start, 'other')?.value).toBe('after_voting');
  });
});
