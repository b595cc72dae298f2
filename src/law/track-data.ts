/**
 * The track data of a pack (`tracks.json`, the national pack's): the handling track of each finding category, and for
 * each track its ordered steps (a name from `steps`, or a step written in place). This module holds its schema and its
 * validated form; src/law/tracks.ts builds a result's tracks from it.
 */
import * as z from 'zod/mini';
import { BODIES, CATEGORIES, REGIMES, TRACKS, type Body, type Category, type Regime, type Track } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { bilingualMessage } from '../vocabulary/schema-messages.js';
import { UNKNOWN_BASIS, UNKNOWN_ELECTION } from './id-messages.js';
import { lawWindowSchema, type LawWindow } from './law-window.js';
import { bilingual } from './packs.js';

/** A deadline as law data writes it. @internal */
export interface DeadlineEntry {
  readonly days: number;
  readonly unit: 'days' | 'working_days';
}

/** A step of a track as law data writes it. @internal */
export interface StepEntry {
  /** The bodies with the bases they act on, or `handlers` for the body holding the KASN role (law/parameters.json). */
  readonly bodies: readonly { readonly body: Body; readonly bases: readonly string[] }[] | 'handlers';
  readonly action: Bilingual;
  readonly regimes: readonly Regime[];
  readonly window?: LawWindow | undefined;
  readonly deadline?: DeadlineEntry | undefined;
  readonly basesByElection?: Readonly<Record<string, readonly string[]>> | undefined;
  readonly basesByRegime?: Readonly<Partial<Record<Regime, readonly string[]>>> | undefined;
  readonly basesFromSanction?: boolean | undefined;
}

/** The track data of a law. @internal */
export interface TrackTables {
  readonly trackOfCategory: Readonly<Record<Category, Track>>;
  readonly tracks: Readonly<Record<Track, readonly StepEntry[]>>;
}

/** What track data may refer to. @internal */
export interface TrackContext {
  readonly hasBasis: (id: string) => boolean;
  readonly elections: readonly string[];
}

const stepName = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'));

/** The zod schema of a tracks file whose `steps` table has the given names. */
function trackFileSchema(context: TrackContext, stepNames: readonly string[]) {
  const basisId = z.string().check(z.refine(context.hasBasis, { message: bilingualMessage(UNKNOWN_BASIS) }));
  const bases = z.array(basisId);
  const step = z.strictObject({
    why: z.optional(z.string().check(z.minLength(1))),
    bodies: z.union([z.literal('handlers'), z.array(z.strictObject({ body: z.enum(BODIES), bases })).check(z.minLength(1))]),
    action: bilingual,
    regimes: z.array(z.enum(REGIMES)).check(z.minLength(1)),
    window: z.optional(lawWindowSchema(basisId)),
    deadline: z.optional(z.strictObject({ days: z.int().check(z.positive()), unit: z.enum(['days', 'working_days']) })),
    basesByElection: z.optional(z.record(z.string().check(z.refine((e) => context.elections.includes(e), { message: bilingualMessage(UNKNOWN_ELECTION) })), bases)),
    basesByRegime: z.optional(z.partialRecord(z.enum(REGIMES), bases)),
    basesFromSanction: z.optional(z.boolean()),
  });
  const named = z.string().check(z.refine((n) => stepNames.includes(n), { message: bilingualMessage(t('langkah tidak dikenal (tidak ada dalam steps berkas ini)', "unknown step (not in this file's steps)")) }));
  return z.strictObject({
    $comment: z.optional(z.string()),
    trackOfCategory: z.record(z.enum(CATEGORIES), z.enum(TRACKS)),
    steps: z.optional(z.record(stepName, step)),
    tracks: z.record(z.enum(TRACKS), z.array(z.union([named, step]))),
  });
}

/**
 * The zod schema of a pack's track data (`raw`, whose `steps` table names the steps its tracks list): its output has the
 * named steps in place.
 * @internal
 */
export function tracksSchema(context: TrackContext, raw: unknown): z.ZodMiniType<TrackTables> {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  return z.pipe(trackFileSchema(context, steps !== null && typeof steps === 'object' ? Object.keys(steps) : []), z.transform(
    (file): TrackTables => ({
      trackOfCategory: file.trackOfCategory,
      tracks: Object.fromEntries(Object.entries(file.tracks).map(([track, list]) => [track, list.map((s) => (typeof s === 'string' ? file.steps![s]! : s))])) as unknown as TrackTables['tracks'],
    }),
  )) as unknown as z.ZodMiniType<TrackTables>;
}
