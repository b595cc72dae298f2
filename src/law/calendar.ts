/**
 * Election calendars (one data file per election in `calendars/`) and the derivation of the candidate stage and the
 * campaign phase from an incident date. Dates are calendar days in Indonesia (`YYYY-MM-DD`), compared as days.
 */
import { isAfter, isBefore, isValid, parseISO } from 'date-fns';
import * as z from 'zod';
import { CONFIDENCES, OFFICES, type CampaignPhase, type Election, type Office, type Stage } from '../vocabulary/enums.js';
import { CALENDAR_FILES } from './generated/data.js';
import { dayTime } from './day-time.js';

const day = z.iso.date();
const bilingual = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const sourced = { confidence: z.enum(CONFIDENCES), source: z.string().min(1) };

const calendarSchema = z
  .strictObject({
    election: z.string().regex(/^[a-z0-9_]+$/),
    title: bilingual,
    basis: z.string().min(1),
    offices: z.array(z.enum(OFFICES)).min(1),
    determinations: z.array(
      z.strictObject({ id: z.string().min(1), offices: z.array(z.enum(OFFICES)).min(1), date: day, label: bilingual, ...sourced }),
    ),
    campaign: z.strictObject({ start: day, end: day, ...sourced }),
    quietPeriod: z.strictObject({ start: day, end: day, ...sourced }),
    voting: z.strictObject({ date: day, ...sourced }),
  })
  .superRefine((c, ctx) => {
    const ordered = [c.campaign.start, c.campaign.end, c.quietPeriod.start, c.quietPeriod.end, c.voting.date];
    for (let i = 1; i < ordered.length; i++) {
      if (isBefore(parseISO(ordered[i]!), parseISO(ordered[i - 1]!))) {
        ctx.addIssue({ code: 'custom', message: `calendar dates out of order at ${ordered[i]}` });
      }
    }
    for (const d of c.determinations) {
      for (const office of d.offices) {
        if (!c.offices.includes(office)) ctx.addIssue({ code: 'custom', message: `${d.id}: office ${office} not in offices` });
      }
    }
  });

/**
 * An election calendar, as read from `calendars/<election>.json`.
 * @example
 * ```ts
 * import { getCalendar } from 'netralitas-asn';
 * getCalendar('pilkada_2024').voting.date; // '2024-11-27'
 * ```
 */
export type ElectionCalendar = z.infer<typeof calendarSchema>;

let calendars: ReadonlyMap<string, ElectionCalendar> | undefined;

function loadCalendars(): ReadonlyMap<string, ElectionCalendar> {
  if (!calendars) {
    const map = new Map<string, ElectionCalendar>();
    for (const raw of CALENDAR_FILES) {
      const parsed = calendarSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`invalid calendar file: ${z.prettifyError(parsed.error)}`);
      map.set(parsed.data.election, parsed.data);
    }
    calendars = map;
  }
  return calendars;
}

/**
 * The calendar of an election.
 * @example
 * ```ts
 * import { getCalendar } from 'netralitas-asn';
 * getCalendar('pemilu_2024').campaign; // { start: '2023-11-28', end: '2024-02-10', ... }
 * ```
 */
export function getCalendar(election: Election): ElectionCalendar {
  const calendar = loadCalendars().get(election);
  if (!calendar) throw new Error(`no calendar for election ${election}`);
  return calendar;
}

/**
 * The offices an election fills, from its calendar.
 * @internal
 */
export function officesOf(election: Election): readonly Office[] {
  return getCalendar(election).offices;
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

/**
 * The candidate stage on a day for an office: `calon` from the determination day on, `bakal_calon` before it;
 * `undefined` when the calendar has no determination for the office (e.g. a party).
 * @internal
 */
export function deriveStage(election: Election, office: Office, date: string): DerivedFact | undefined {
  const calendar = getCalendar(election);
  const determination = calendar.determinations.find((d) => d.offices.includes(office));
  const when = toDay(date);
  if (!determination || !isValid(when)) return undefined;
  const value: Stage = isBefore(when, toDay(determination.date)) ? 'bakal_calon' : 'calon';
  return {
    fact: 'stage',
    value,
    from: { election, entry: determination.id, date: determination.date, confidence: determination.confidence, source: determination.source },
  };
}

/**
 * The election of an office when exactly one calendar fills it (e.g. a bupati: only the Pilkada); `undefined` when
 * several do (a party) or none.
 * @internal
 */
export function deriveElection(office: Office): DerivedFact | undefined {
  const filling = [...loadCalendars().values()].filter((c) => c.offices.includes(office));
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
 * The campaign phase on a day: before the campaign, the campaign (start and end days included), the quiet period,
 * and from voting day on `after_voting`.
 * @internal
 */
export function derivePhase(election: Election, date: string): DerivedFact | undefined {
  const c = getCalendar(election);
  const when = toDay(date);
  if (!isValid(when)) return undefined;
  const entry = (value: CampaignPhase, id: string, boundary: string, s: { confidence: CalendarEntry['confidence']; source: string }): DerivedFact => ({
    fact: 'campaignPhase',
    value,
    from: { election, entry: id, date: boundary, confidence: s.confidence, source: s.source },
  });
  if (isBefore(when, toDay(c.campaign.start))) return entry('before_campaign', 'campaign', c.campaign.start, c.campaign);
  if (!isAfter(when, toDay(c.campaign.end))) return entry('campaign', 'campaign', c.campaign.start, c.campaign);
  if (isBefore(when, toDay(c.voting.date))) return entry('quiet_period', 'quietPeriod', c.quietPeriod.start, c.quietPeriod);
  return entry('after_voting', 'voting', c.voting.date, c.voting);
}
