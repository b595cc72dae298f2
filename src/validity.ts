/**
 * Validity in time: whether a legal basis, document or handling body is in force on an incident date.
 */
import { isAfter, isBefore, parseISO } from 'date-fns';
import { basisWindow, type LegalBasisId } from './legal-bases.js';

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
  const day = parseISO(date);
  if (window.from !== undefined && isBefore(day, parseISO(window.from))) return false;
  if (window.until !== undefined && isAfter(day, parseISO(window.until))) return false;
  return true;
}

/** The bases of a list that are in force on a date, in their order. @internal */
export function basesInForce(ids: readonly LegalBasisId[], date: string | undefined): LegalBasisId[] {
  return ids.filter((id) => inForce(basisWindow(id), date));
}
