/** The time of an ISO day (`2024-10-01`), parsed once: a classification asks about dozens of dates, most of them the same. */
import { parseISO } from 'date-fns';

const dayTimes = new Map<string, number>();

/**
 * parseISO's time of a day, memoised (NaN for a date that is not valid).
 * @example
 * ```ts
 * dayTime('2024-10-01') === parseISO('2024-10-01').getTime(); // true
 * ```
 * @internal
 */
export function dayTime(iso: string): number {
  let time = dayTimes.get(iso);
  if (time === undefined) {
    if (dayTimes.size >= 4096) dayTimes.clear();
    time = parseISO(iso).getTime();
    dayTimes.set(iso, time);
  }
  return time;
}
