/**
 * The windows law data writes declaratively (in a pack's `sanctions.json` and `tracks.json`), their schema and their
 * resolution into days: `{ from, until }` (days), `{ ofBasis }` (the registry window of a basis), `{ handler }` (the
 * window of a body holding the KASN role, `law/parameters.json`), `{ after: 'nonAsnSettlement' }` (the days after that
 * law parameter) and `{ payRegulation: 'set' | 'unset' }` (whether `law/parameters.json` gives the pay regulation of
 * PP 94/2021 Pasal 42(1) a start date).
 */
import * as z from 'zod/mini';
import { BODIES, type Body } from '../vocabulary/enums.js';
import { bilingualMessage } from '../vocabulary/schema-messages.js';
import { t } from '../vocabulary/text.js';
import { lawParameters } from './law-parameters.js';
import type { Registry } from './legal-bases.js';
import { day } from './packs.js';
import { inForce, windowOf, type Window } from './validity.js';

/** A window as law data writes it: exactly one kind. @internal */
export interface LawWindow {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
  readonly ofBasis?: string | undefined;
  readonly handler?: Body | undefined;
  readonly after?: 'nonAsnSettlement' | undefined;
  readonly payRegulation?: 'set' | 'unset' | undefined;
}

/**
 * The schema of a window, with the bases it may name.
 * @internal
 */
export function lawWindowSchema(basisId: z.ZodMiniType<string>) {
  return z
    .strictObject({
      from: z.optional(day),
      until: z.optional(day),
      ofBasis: z.optional(basisId),
      handler: z.optional(
        z.enum(BODIES).check(z.refine((b) => lawParameters().handlers.some((h) => h.body === b), { message: bilingualMessage(t('bukan penangan dalam law/parameters.json', 'not a handler of law/parameters.json')) })),
      ),
      after: z.optional(z.enum(['nonAsnSettlement'])),
      payRegulation: z.optional(z.enum(['set', 'unset'])),
    })
    .check(z.refine((w) => [w.from !== undefined || w.until !== undefined, w.ofBasis, w.handler, w.after, w.payRegulation].filter(Boolean).length === 1, {
      message: bilingualMessage(
        t(
          'jangka waktu adalah salah satu dari { from, until }, { ofBasis }, { handler }, { after } atau { payRegulation }',
          'a window is one of { from, until }, { ofBasis }, { handler }, { after } or { payRegulation }',
        ),
      ),
    }))
    .check(z.refine((w) => w.from === undefined || w.until === undefined || w.from <= w.until, { message: bilingualMessage(t('from sesudah until', 'from is after until')) }));
}

/** The days of a window that has days (dates, a basis, a handler). */
function daysOf(window: LawWindow, registry: Registry): Window {
  if (window.ofBasis !== undefined) return windowOf(window.ofBasis, registry);
  if (window.handler !== undefined) {
    const h = lawParameters().handlers.find((x) => x.body === window.handler);
    return { from: h?.from, until: h?.until };
  }
  return { from: window.from, until: window.until };
}

/**
 * Whether a window holds for an incident date (without a date every window of days holds; the days after a law
 * parameter need a date).
 * @internal
 */
export function windowHolds(window: LawWindow | undefined, date: string | undefined, registry: Registry): boolean {
  if (window === undefined) return true;
  if (window.after === 'nonAsnSettlement') return date !== undefined && date > lawParameters().nonAsnSettlement.until;
  if (window.payRegulation !== undefined) return (lawParameters().payRegulation.inForceFrom !== null) === (window.payRegulation === 'set');
  return inForce(daysOf(window, registry), date);
}

/**
 * The days of a window, for a step shown without an incident date (`{ from, until }`, a basis or a handler).
 * @internal
 */
export function windowDays(window: LawWindow | undefined, registry: Registry): Window | undefined {
  return window === undefined || window.after !== undefined || window.payRegulation !== undefined ? undefined : daysOf(window, registry);
}
