/**
 * Derivation of the candidate stage and campaign phase from the incident date and the election calendar, and the
 * detection of reported values that contradict the calendar.
 */
import { electionOf, phaseOn, regionsToRead, stageOn, type CalendarEntry, type CalendarSet, type DerivedFact } from '../law/calendar.js';
import type { Election, Office } from '../vocabulary/enums.js';
import { memoByLaw } from '../law/memo.js';
import { dayTime } from '../law/day-time.js';
import type { Facts } from '../incident/facts.js';
import type { Incident } from '../incident/schema.js';

/**
 * A reported value that contradicts the value derived from the date; the fact is then treated as unknown.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/calendar-2024.yaml, "a reported stage the calendar contradicts is reported and not used"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'dpr' }, election: 'pemilu_2024', date: '2023-12-01', stage: 'bakal_calon' });
 * if (r.ok) r.conflicts[0]?.fact; // 'stage'
 * if (r.ok) [r.conflicts[0]?.reported, r.conflicts[0]?.derived]; // ['bakal_calon', 'calon']
 * if (r.ok) r.conflicts[0]?.from.date; // '2023-11-03'
 * ```
 */
export interface FactConflict {
  /** `stage` or `campaignPhase`. */
  readonly fact: 'stage' | 'campaignPhase';
  /** The value the reporter gave. */
  readonly reported: string;
  /** The value the calendar gives for the date. */
  readonly derived: string;
  /** The calendar entry. */
  readonly from: CalendarEntry;
}

/** @internal */
export interface Derivation {
  readonly facts: Facts;
  readonly derived: DerivedFact[];
  readonly conflicts: FactConflict[];
}

/**
 * The value a calendar gives on a date, read in the region's calendar; where the region is not known, only when the
 * national cycle and every region's own cycles give the same value (else the fact stays unknown, and is asked).
 */
function derivedIn(set: CalendarSet, election: string, region: string | undefined, derive: (region: string | undefined) => DerivedFact | undefined): DerivedFact | undefined {
  const [first, ...rest] = regionsToRead(set, election, region).map(derive);
  return first && rest.every((d) => d?.value === first.value) ? first : undefined;
}

/** Every day a stage or a phase of the election turns on (determinations, campaign, quiet period and voting, of every cycle), sorted. */
const electionBoundaries = memoByLaw(
  (election: string) => election,
  (set: CalendarSet, election: string) =>
    [...new Set([set.calendars.get(election), ...[...(set.cycles.get(election)?.values() ?? [])].flat()].flatMap((c) =>
      c ? [...c.determinations.map((d) => d.date), c.campaign.start, c.campaign.end, ...(c.quietPeriod ? [c.quietPeriod.start, c.quietPeriod.end] : []), c.voting.date] : [],
    ))].sort(),
);

/**
 * The span of an election's calendar that a day falls in: how many of its boundary days come before it, and whether it
 * is one of them. The stage and the phase compare the day only with boundary days (before, on or after), so two days
 * of the same span get the same stage and phase from the same entries; keying the memos by the span rather than the
 * day lets a day never seen before share the answer of its span. Days are `YYYY-MM-DD` (the incident schema's
 * `z.iso.date()`), so they compare as text; a day that is not a valid calendar day keeps its own key (the calendar gives
 * it nothing). test/derive-spans.test.ts checks every day around every calendar against the
 * derivation without the memo.
 * @example
 * ```ts
 * calendarSpan(defaultLaw(), 'pilkada_2024', '2024-10-01') === calendarSpan(defaultLaw(), 'pilkada_2024', '2024-10-02'); // true: both in the campaign
 * ```
 * @internal
 */
export function calendarSpan(set: CalendarSet, election: string, date: string): string {
  if (Number.isNaN(dayTime(date))) return date;
  const days = electionBoundaries(set, election);
  const at = days.filter((d) => d < date).length;
  return days[at] === date ? `=${at}` : `${at}`;
}

/**
 * The stage and the phase on a date, as {@link derivedIn} reads them, worked out once per calendar set, election,
 * region, office and span of the calendar (see {@link calendarSpan}), and shared (deep-frozen) by the results that cite
 * them: a calendar lookup walks every region's cycles, and by a profile was a fifth of a classification; keyed by the
 * day, each new day cost that lookup again (about 50 µs of 60 for the derivation of a day not seen before).
 */
const stageIn = memoByLaw(
  (election: string, region: string | undefined, office: Office, _date: string, span: string) => `${election}\u0000${region ?? ''}\u0000${office}\u0000${span}`,
  (set: CalendarSet, election, region, office, date) => derivedIn(set, election, region, (r) => stageOn(set, election, office, date, r)) ?? null,
);
const phaseIn = memoByLaw(
  (election: string, region: string | undefined, _date: string, span: string) => `${election}\u0000${region ?? ''}\u0000${span}`,
  (set: CalendarSet, election, region, date) => derivedIn(set, election, region, (r) => phaseOn(set, election, date, r)) ?? null,
);

/**
 * The value of the stage and of the phase in one region's calendar on a day (what {@link stageOn} and {@link phaseOn}
 * give, `undefined` where they give nothing), worked out once per calendar set, election, region, office and span of
 * the calendar (see {@link calendarSpan}): the completion analysis asks them of every completion it weighs, and keyed by
 * nothing, a report of a day never seen before walked the calendars again for each (about 20 µs a request in the
 * service; issue 11). test/derive-spans.test.ts checks every day around every calendar against the lookups themselves.
 */
const stageValueIn = memoByLaw(
  (election: string, region: string | undefined, office: Office, _date: string, span: string) => `${election}\u0000${region ?? ''}\u0000${office}\u0000${span}`,
  (set: CalendarSet, election: string, region: string | undefined, office: Office, date: string) => ({ value: stageOn(set, election, office, date, region)?.value }),
);
const phaseValueIn = memoByLaw(
  (election: string, region: string | undefined, _date: string, span: string) => `${election}\u0000${region ?? ''}\u0000${span}`,
  (set: CalendarSet, election: string, region: string | undefined, date: string) => ({ value: phaseOn(set, election, date, region)?.value }),
);

/**
 * The stage in one region's calendar on a day, memoised by the span of the calendar.
 * @example
 * ```ts
 * stageValueOn(defaultLaw(), 'pilkada_2024', 'bupati', '2024-10-01', undefined); // 'calon'
 * ```
 * @internal
 */
export const stageValueOn = (set: CalendarSet, election: string, office: Office, date: string, region: string | undefined): string | undefined =>
  stageValueIn(set, election, region, office, date, calendarSpan(set, election, date)).value;

/**
 * The campaign phase in one region's calendar on a day, memoised by the span of the calendar.
 * @example
 * ```ts
 * phaseValueOn(defaultLaw(), 'pilkada_2024', '2024-10-01', undefined); // 'campaign'
 * ```
 * @internal
 */
export const phaseValueOn = (set: CalendarSet, election: string, date: string, region: string | undefined): string | undefined =>
  phaseValueIn(set, election, region, date, calendarSpan(set, election, date)).value;

/**
 * Fills in the election from the office where only one calendar fills it (a bupati: the Pilkada), then stage and
 * phase from the calendar of the actor's region where the reporter did not give them; where the reporter gave a value
 * the calendar contradicts, the fact is left unknown (so the verdict cannot rest on it) and the conflict is reported.
 * @internal
 */
export function deriveFacts(incident: Incident, reported: Facts, calendars: CalendarSet): Derivation {
  const facts: Facts = { ...reported };
  const derived: DerivedFact[] = [];
  const conflicts: FactConflict[] = [];
  // A PPPK is never on CLTN (PP 49/2018 Pasal 77): the CLTN exemptions cannot apply, so CLTN is never asked of them.
  if (facts.cltn === undefined && incident.actor.employment.startsWith('pppk')) facts.cltn = false;
  const office = incident.target?.office;
  let election = incident.election;
  if (election === undefined && office !== undefined) {
    const value = electionOf(calendars, office);
    if (value) {
      election = value.value as Election;
      facts.election = election;
      derived.push(value);
    }
  }
  const { date } = incident;
  if (date === undefined || election === undefined) return { facts, derived, conflicts };

  const region = facts.region as string | undefined;
  const at = election;
  const span = calendarSpan(calendars, at, date);
  const candidates: { key: 'stage' | 'phase'; value: DerivedFact | undefined }[] = [
    { key: 'stage', value: office ? (stageIn(calendars, at, region, office, date, span) ?? undefined) : undefined },
    { key: 'phase', value: phaseIn(calendars, at, region, date, span) ?? undefined },
  ];
  for (const { key, value } of candidates) {
    if (!value) continue;
    if (value.fact === 'election') continue;
    const given = facts[key];
    if (given === undefined) {
      facts[key] = value.value;
      derived.push(value);
    } else if (given !== value.value) {
      delete facts[key];
      conflicts.push({ fact: value.fact, reported: String(given), derived: value.value, from: value.from });
    }
  }
  return { facts, derived, conflicts };
}
