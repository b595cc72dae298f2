/**
 * The span of the law's own dates that an incident date falls in. A sanction and a track's steps depend on the
 * incident date only by comparing it with dates the law holds (the windows of bases, documents, notes, options and
 * steps, the handlers' terms, the pay regulation's start, the end of the non-ASN settlement; src/law/sanctions.ts,
 * src/law/tracks.ts), so two days that compare alike with every one of those dates get the same sanction and steps. A memo keyed by the span instead of the day lets a day never seen
 * before share the answer of its span: keyed by the day, a service answering reports of many days built and froze
 * the sanctions of every completion again for each new day (issue 11). test/law-day-spans.test.ts checks, for every
 * day from a month before the law's first date to a month after its last, that the memoised sanction and steps are
 * the ones the day itself gives.
 */
import { dayTime } from './day-time.js';
import { lawParameters } from './law-parameters.js';
import type { Registry } from './legal-bases.js';

/** The parts of a law whose dates an incident date is compared with. */
export interface DatedLaw extends Registry {
  readonly sanctionData: object;
  readonly trackData?: object;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every `YYYY-MM-DD` text in a value, at any depth. */
function collectDays(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectDays(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectDays(v, into);
  }
}

const daysByLaw = new WeakMap<object, readonly string[]>();

/**
 * Every date the law holds (registry, sanction and track data, law parameters), sorted: the days an incident date
 * can be compared with.
 * @example
 * ```ts
 * lawDays(defaultLaw()).includes('2024-08-22'); // true: KASN's last day as handler (law/parameters.json)
 * ```
 * @internal
 */
export function lawDays(law: DatedLaw): readonly string[] {
  let days = daysByLaw.get(law);
  if (days === undefined) {
    const found = new Set<string>();
    collectDays([law.bases, law.documents, law.sanctionData, law.trackData, lawParameters()], found);
    days = [...found].sort();
    daysByLaw.set(law, days);
  }
  return days;
}

/**
 * The span of the law's dates a day falls in: how many of them come before it, and whether it is one of them (`=`);
 * `''` without a date, and the day itself for a text that is not a calendar day (it compares with nothing). Days are
 * `YYYY-MM-DD`, so they compare as text as they do as times.
 * @example
 * ```ts
 * lawDaySpan(law, '2024-10-01') === lawDaySpan(law, '2024-10-02'); // true: no date of the law falls between them
 * ```
 * @internal
 */
export function lawDaySpan(law: DatedLaw, date: string | undefined): string {
  if (date === undefined) return '';
  if (Number.isNaN(dayTime(date))) return `!${date}`;
  const days = lawDays(law);
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return days[lo] === date ? `=${lo}` : `${lo}`;
}
