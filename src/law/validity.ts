/**
 * Validity in time: whether a legal basis, document or handling body is in force on an incident date.
 */
import { parseISO } from 'date-fns';
import { BUILT_IN_REGISTRY, basisWindow, type Registry } from './legal-bases.js';

/** A window of days, both ends inclusive; an absent end is open. @internal */
export interface Window {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
}

/**
 * Whether a window contains a day. Without a date every window counts as in force (the result then lists each
 * alternative with its window).
 * @internal
 */
export function inForce(window: Window, date: string | undefined): boolean {
  if (date === undefined) return true;
  const day = dayTime(date);
  // date-fns' isBefore / isAfter compare these same times (`+a < +b`); an invalid day (NaN) is in no window's bounds.
  if (window.from !== undefined && day < dayTime(window.from)) return false;
  if (window.until !== undefined && day > dayTime(window.until)) return false;
  return true;
}

const dayTimes = new Map<string, number>();

/** parseISO's time of a day, memoised: a classification asks about dozens of windows on one date. */
function dayTime(iso: string): number {
  let time = dayTimes.get(iso);
  if (time === undefined) {
    if (dayTimes.size >= 4096) dayTimes.clear();
    time = parseISO(iso).getTime();
    dayTimes.set(iso, time);
  }
  return time;
}

const windows = new WeakMap<Registry, Map<string, Window>>();

/**
 * {@link basisWindow} in a registry (by default the built-in law's), memoised: a registry does not change, and every
 * classification asks for dozens.
 * @internal
 */
export function windowOf(id: string, registry: Registry = BUILT_IN_REGISTRY): Window {
  let known = windows.get(registry);
  if (!known) windows.set(registry, (known = new Map()));
  let window = known.get(id);
  if (window === undefined) {
    window = basisWindow(id, registry);
    known.set(id, window);
  }
  return window;
}

/** The bases of a list that are in force on a date, in their order. @internal */
export function basesInForce<I extends string>(ids: readonly I[], date: string | undefined, registry?: Registry): I[] {
  return date === undefined ? [...ids] : ids.filter((id) => inForce(windowOf(id, registry), date));
}
