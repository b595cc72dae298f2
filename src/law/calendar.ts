/**
 * Election calendars (data in packs: `elections/<election>.json`) and the derivation of the candidate stage and the
 * campaign phase from an incident date. An election has one national cycle, and a region may have cycles of its own
 * after it (a re-election where the empty box won, a re-vote with new candidates): for a region with cycles, a date
 * belongs to the first cycle whose voting day is on or after it, and the stage comes from that cycle's determination
 * (penetapan) date. Dates are calendar days in Indonesia (`YYYY-MM-DD`), compared as days.
 */
import { isAfter, isBefore, isValid, parseISO } from 'date-fns';
import * as z from 'zod/mini';
import { CONFIDENCES, OFFICES, type CampaignPhase, type Election, type Office, type Stage } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { dayTime } from './day-time.js';
import { once } from '../present/lazy-object.js';

/** The fields of a cycle's dates, built on first use (only a user's packs are parsed at run time). */
const cycleFields = /* @__PURE__ */ once(() => {
  const day = z.iso.date();
  const bilingual = z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
  const sourced = { confidence: z.enum(CONFIDENCES), source: z.string().check(z.minLength(1)) };
  return {
    determinations: z.array(
      z.strictObject({ id: z.string().check(z.minLength(1)), offices: z.array(z.enum(OFFICES)).check(z.minLength(1)), date: day, label: bilingual, ...sourced }),
    ),
    campaign: z.strictObject({ start: day, end: day, ...sourced }),
    quietPeriod: z.strictObject({ start: day, end: day, ...sourced }),
    voting: z.strictObject({ date: day, ...sourced }),
    bilingual,
  };
});

/** A cycle's dates; a region's own cycle may leave out the quiet period where its source does not state it. */
type CycleFields = Omit<ReturnType<typeof cycleFields>, 'bilingual'>;
type CycleDates = Omit<z.infer<z.ZodMiniObject<CycleFields>>, 'quietPeriod'> & { readonly quietPeriod?: z.infer<CycleFields['quietPeriod']> };

/**
 * The problems of a cycle's dates: out of order, a determination after voting day, or one for an office the election
 * does not fill.
 * @internal
 */
export function cycleProblems(c: CycleDates, offices: readonly string[]): Bilingual[] {
  const problems: Bilingual[] = [];
  const ordered = [c.campaign.start, c.campaign.end, ...(c.quietPeriod ? [c.quietPeriod.start, c.quietPeriod.end] : []), c.voting.date];
  for (let i = 1; i < ordered.length; i++) {
    if (isBefore(parseISO(ordered[i]!), parseISO(ordered[i - 1]!))) {
      problems.push(t(`tanggal kalender tidak berurutan pada ${ordered[i]}`, `calendar dates out of order at ${ordered[i]}`));
    }
  }
  for (const d of c.determinations) {
    if (isAfter(parseISO(d.date), parseISO(c.voting.date))) problems.push(t(`${d.id}: penetapan sesudah hari pemungutan suara`, `${d.id}: determination after voting day`));
    for (const office of d.offices) if (!offices.includes(office)) problems.push(t(`${d.id}: jabatan ${office} tidak ada dalam offices`, `${d.id}: office ${office} not in offices`));
  }
  return problems;
}

/** @internal The schema of an election calendar, built on first use. */
export const calendarSchema = /* @__PURE__ */ once(() => {
  const { bilingual, ...fields } = cycleFields();
  return z
    .strictObject({
      election: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
      title: bilingual,
      basis: z.string().check(z.minLength(1)),
      offices: z.array(z.enum(OFFICES)).check(z.minLength(1)),
      ...fields,
    })
    .check(z.superRefine((c, ctx) => {
      for (const problem of cycleProblems(c, c.offices)) ctx.addIssue({ code: 'custom', message: problem.en, params: { id: problem.id } });
    }));
});

/** @internal The schema of a region's own cycle of an election, built on first use; the election and region are checked at load. */
export const cycleSchema = /* @__PURE__ */ once(() => {
  const { bilingual, ...fields } = cycleFields();
  return z.strictObject({
    election: z.string().check(z.minLength(1)),
    region: z.string().check(z.minLength(1)),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    title: bilingual,
    basis: z.string().check(z.minLength(1)),
    ...fields,
    /** Absent where the source states no quiet period: the days after the campaign and before voting are then cited by the campaign's end. */
    quietPeriod: z.optional(fields.quietPeriod),
  });
});

/**
 * An election calendar, as a pack holds it (`elections/<election>.json`).
 * @example
 * ```ts
 * import { getCalendar } from 'netralitas-asn';
 * getCalendar('pilkada_2024').voting.date; // '2024-11-27'
 * ```
 */
export type ElectionCalendar = z.infer<ReturnType<typeof calendarSchema>>;

/**
 * A region's own cycle of an election (a re-election or a re-vote with new candidates), as a pack holds it.
 * @example
 * ```ts
 * import type { RegionalCycle } from 'netralitas-asn';
 * const c: Pick<RegionalCycle, 'election' | 'region'> = { election: 'pilkada_2024', region: 'kabupaten_bangka' };
 * ```
 */
export type RegionalCycle = z.infer<ReturnType<typeof cycleSchema>>;

/** The calendars of a law: each election's national calendar, and the regions' own cycles of it. @internal */
export interface CalendarSet {
  readonly calendars: ReadonlyMap<string, ElectionCalendar>;
  /** Election → region → that region's own cycles, by voting day. */
  readonly cycles: ReadonlyMap<string, ReadonlyMap<string, readonly RegionalCycle[]>>;
}

/**
 * The calendar entry a derived fact comes from: election, entry id, boundary date, confidence and source.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/calendar-2024.yaml, "pemilu_2024 dpr: the day before determination is bakal_calon"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'dpr' }, election: 'pemilu_2024', date: '2023-11-02' });
 * if (r.ok) r.derived[0]?.from.entry; // 'penetapan-dct-dpr-dpd'
 * if (r.ok) r.derived[0]?.from.date; // '2023-11-03'
 * if (r.ok) r.derived[0]?.from.confidence; // 'medium'
 * ```
 */
export interface CalendarEntry {
  /** The election whose calendar was read. */
  readonly election: Election;
  /** Entry id: a determination id, `campaign`, `quietPeriod` or `voting`. */
  readonly entry: string;
  /** The boundary date of the entry that decided the value. */
  readonly date: string;
  /** Confidence of that date in the legal reference. */
  readonly confidence: (typeof CONFIDENCES)[number];
  /** Source of the date. */
  readonly source: string;
  /** Where the date comes from a region's own cycle: the region and the cycle id. */
  readonly cycle?: { readonly region: string; readonly id: string };
}

/**
 * A fact (candidate stage or campaign phase) derived from the incident date and the election calendar.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/calendar-2024.yaml, "pemilu_2024 dpr: the day before determination is bakal_calon"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'dpr' }, election: 'pemilu_2024', date: '2023-11-02' });
 * if (r.ok) r.derived.map((d) => `${d.fact}=${d.value}`); // ['stage=bakal_calon', 'campaignPhase=before_campaign']
 * ```
 */
export interface DerivedFact {
  /** `stage`, `campaignPhase`, or `election` (from an office only one calendar fills). */
  readonly fact: 'stage' | 'campaignPhase' | 'election';
  /** The derived value. */
  readonly value: Stage | CampaignPhase | Election;
  /** The calendar entry it was derived from. */
  readonly from: CalendarEntry;
}

const toDay = (iso: string): Date => new Date(dayTime(iso));

/** A cycle to derive from: the national calendar's dates, or a region's own. */
type Cycle = CycleDates & { readonly own?: { readonly region: string; readonly id: string } };

function calendarOf(set: CalendarSet, election: string): ElectionCalendar {
  const calendar = set.calendars.get(election);
  if (!calendar) throw new Error(`no calendar for election ${election}`);
  return calendar;
}

/**
 * The cycle of an election that a date falls in for a region: the first of the national cycle and the region's own
 * cycles whose voting day is on or after the date, else the last.
 */
function cycleOn(set: CalendarSet, election: string, region: string | undefined, date: Date): Cycle {
  const national = calendarOf(set, election);
  const own = region === undefined ? undefined : set.cycles.get(election)?.get(region);
  if (!own || own.length === 0) return national;
  const cycles: Cycle[] = [national, ...own.map((c) => ({ ...c, own: { region: c.region, id: c.id } }))];
  return cycles.find((c) => !isAfter(date, toDay(c.voting.date))) ?? cycles[cycles.length - 1]!;
}

/**
 * The regions whose calendar a date may be read in: the given region, or where it is not known, none (the national
 * cycle) and each region with its own cycles of the election. A value derived for an unknown region stands only when
 * every one of these gives it.
 * @internal
 */
export function regionsToRead(set: CalendarSet, election: string, region: string | undefined): readonly (string | undefined)[] {
  if (region !== undefined) return [region];
  const own = set.cycles.get(election);
  return own && own.size > 0 ? [undefined, ...own.keys()] : [undefined];
}

/** Whether a region has its own cycles of any election. @internal */
export function hasOwnCycles(set: CalendarSet, region: string): boolean {
  for (const byRegion of set.cycles.values()) if (byRegion.has(region)) return true;
  return false;
}

const withCycle = (from: Omit<CalendarEntry, 'cycle'>, cycle: Cycle): CalendarEntry => (cycle.own ? { ...from, cycle: cycle.own } : from);

/**
 * The offices an election fills, from its calendar.
 * @internal
 */
export function officesIn(set: CalendarSet, election: string): readonly Office[] {
  return calendarOf(set, election).offices;
}

/**
 * The candidate stage on a day for an office in a region (`undefined`: no region's own cycle): `calon` from the
 * determination day of the cycle the day falls in, `bakal_calon` before it; `undefined` when that cycle has no
 * determination for the office (e.g. a party).
 * @internal
 */
export function stageOn(set: CalendarSet, election: string, office: Office, date: string, region?: string): DerivedFact | undefined {
  const when = toDay(date);
  if (!isValid(when)) return undefined;
  const cycle = cycleOn(set, election, region, when);
  const determination = cycle.determinations.find((d) => d.offices.includes(office));
  if (!determination) return undefined;
  const value: Stage = isBefore(when, toDay(determination.date)) ? 'bakal_calon' : 'calon';
  const from = { election: election as Election, entry: determination.id, date: determination.date, confidence: determination.confidence, source: determination.source };
  return { fact: 'stage', value, from: withCycle(from, cycle) };
}

/**
 * The election of an office when exactly one calendar fills it (e.g. a bupati: only the Pilkada); `undefined` when
 * several do (a party) or none.
 * @internal
 */
export function electionOf(set: CalendarSet, office: Office): DerivedFact | undefined {
  const filling = [...set.calendars.values()].filter((c) => c.offices.includes(office));
  if (filling.length !== 1) return undefined;
  const c = filling[0]!;
  const election = c.election as Election;
  return {
    fact: 'election',
    value: election,
    from: { election, entry: 'offices', date: c.voting.date, confidence: c.voting.confidence, source: c.basis },
  };
}

/**
 * The campaign phase on a day in a region: before the campaign, the campaign (start and end days included), the quiet
 * period, and from voting day on `after_voting`, in the cycle the day falls in.
 * @internal
 */
export function phaseOn(set: CalendarSet, election: string, date: string, region?: string): DerivedFact | undefined {
  const when = toDay(date);
  if (!isValid(when)) return undefined;
  const c = cycleOn(set, election, region, when);
  const entry = (value: CampaignPhase, id: string, boundary: string, s: { confidence: CalendarEntry['confidence']; source: string }): DerivedFact => ({
    fact: 'campaignPhase',
    value,
    from: withCycle({ election: election as Election, entry: id, date: boundary, confidence: s.confidence, source: s.source }, c),
  });
  if (isBefore(when, toDay(c.campaign.start))) return entry('before_campaign', 'campaign', c.campaign.start, c.campaign);
  if (!isAfter(when, toDay(c.campaign.end))) return entry('campaign', 'campaign', c.campaign.start, c.campaign);
  if (isBefore(when, toDay(c.voting.date)))
    return c.quietPeriod ? entry('quiet_period', 'quietPeriod', c.quietPeriod.start, c.quietPeriod) : entry('quiet_period', 'campaign', c.campaign.end, c.campaign);
  return entry('after_voting', 'voting', c.voting.date, c.voting);
}
