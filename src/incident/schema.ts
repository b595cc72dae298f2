/**
 * The incident schema (zod). Every type of the input comes from here through `z.infer`.
 */
import * as z from 'zod/mini';
import {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  CAMPAIGN_PHASES,
  EARLIER_PENALTY_LEVELS,
  ELECTIONS,
  EMPLOYMENTS,
  ENGAGEMENTS,
  OFFICES,
  PARTY_ROLES,
  PHOTO_SUBJECTS,
  POSITIONS,
  REGIONS,
  RELATIONS,
  STAGES,
} from '../vocabulary/enums.js';
import { ELECTION_OFFICES, ELECTION_TITLES } from '../law/generated/data.js';
import { lazyObject, once } from '../present/lazy-object.js';

const flag = z.boolean();

/** Most earlier penalties an actor may carry in one report. */
const MAX_EARLIER_PENALTIES = 20;

/** The actor: who did it. */
const actorSchema = z.strictObject({
  /** Employment status. */
  employment: z.enum(EMPLOYMENTS),
  /** Whether the actor serves as Penjabat (Pj) or Penjabat Sementara (Pjs) kepala daerah. */
  actingRegionalHead: z.optional(flag),
  /** Whether the actor was on cuti di luar tanggungan negara (CLTN) at the time of the act. */
  cltn: z.optional(flag),
  /**
   * Whether the actor, a candidate themself, had resigned in writing as Pegawai ASN when determined as calon (UU 20/2023
   * Pasal 56 and 59(3)).
   */
  resigned: z.optional(flag),
  /** The actor's position where an election-crime article names it (kepala desa, pejabat negara, ...). */
  position: z.optional(z.enum(POSITIONS)),
  /**
   * Neutrality penalties imposed on the actor before: level, date imposed and, optionally, the basis it was imposed on
   * (free text, e.g. `PP 94/2021 Pasal 14 huruf i`). PP 94/2021 Pasal 35 makes a repeat of the same kind heavier.
   */
  earlierPenalties: z.optional(
    z
      .array(z.strictObject({ level: z.enum(EARLIER_PENALTY_LEVELS), date: z.iso.date(), basis: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }))
      .check(z.maxLength(MAX_EARLIER_PENALTIES)),
  ),
});


/** The act, discriminated by `kind`; each kind carries the sub-facts the law distinguishes for it. */
const actSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('install_campaign_props') }),
  z.strictObject({ kind: z.literal('online_campaign') }),
  z.strictObject({ kind: z.literal('attend_declaration_or_campaign'), activeSupport: z.optional(flag) }),
  z.strictObject({ kind: z.literal('social_media_engagement'), engagement: z.optional(z.enum(ENGAGEMENTS)) }),
  z.strictObject({
    kind: z.literal('post_photo'),
    photoShows: z.optional(z.enum(PHOTO_SUBJECTS)),
    publiclyAccessible: z.optional(flag),
    supportPurpose: z.optional(flag),
  }),
  z.strictObject({ kind: z.literal('take_part_in_campaign') }),
  z.strictObject({ kind: z.literal('seek_own_candidacy'), independentCandidacy: z.optional(flag) }),
  z.strictObject({ kind: z.literal('party_membership'), partyRole: z.optional(z.enum(PARTY_ROLES)) }),
  z.strictObject({ kind: z.literal('partisan_activity'), activityForm: z.optional(z.enum(ACTIVITY_FORMS)) }),
  z.strictObject({ kind: z.literal('join_campaign_team') }),
  z.strictObject({ kind: z.literal('collect_support_for_independent') }),
  z.strictObject({ kind: z.literal('partisan_decision') }),
  z.strictObject({ kind: z.literal('campaign_with_attributes'), attributeKind: z.optional(z.enum(ATTRIBUTE_KINDS)) }),
  z.strictObject({ kind: z.literal('mobilise_other_asn') }),
  z.strictObject({ kind: z.literal('use_state_facilities') }),
  z.strictObject({ kind: z.literal('use_regional_budget') }),
  z.strictObject({ kind: z.literal('mobilise_voters') }),
  z.strictObject({ kind: z.literal('speak_at_campaign_event') }),
]);

/** Compile-time check that the act variants are exactly {@link ACT_KINDS}, the one list of acts. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const actVariantsAreActKinds: SameSet<z.infer<typeof actSchema>['kind'], (typeof ACT_KINDS)[number]> = true;
void actVariantsAreActKinds;

/** The target: whom the act favoured. */
const targetSchema = z.strictObject({
  /** The office the candidate stands for, or the party. */
  office: z.optional(z.enum(OFFICES)),
  /** `spouse` when the actor is the candidate's husband or wife. */
  relation: z.optional(z.enum(RELATIONS)),
});

/** What an incident schema's values range over: the regions and elections of a law, and the offices each fills. @internal */
export interface SchemaSpace<R extends string = string, E extends string = string> {
  readonly regions: readonly [R, ...R[]];
  readonly elections: readonly [E, ...E[]];
  officesOf(election: string): readonly string[];
  /** The title of an election, for messages. */
  titleOf(election: string): { readonly id: string; readonly en: string };
}

/**
 * The incident schema of a law (its regions and elections).
 * @internal
 */
export function makeIncidentSchema<R extends string, E extends string>(space: SchemaSpace<R, E>) {
  return z
    .strictObject({
      /** Free reference of the report (e.g. a register number), echoed in the result. */
      reference: z.optional(z.string().check(z.maxLength(200))),
      actor: z.extend(actorSchema, {
        /** The region whose government employs the actor, where it has its own circular or election cycle. */
        region: z.optional(z.enum(space.regions)),
      }),
      act: actSchema,
      target: z.optional(targetSchema),
      /** Candidate stage at the time of the act. */
      stage: z.optional(z.enum(STAGES)),
      /** Campaign phase at the time of the act. */
      campaignPhase: z.optional(z.enum(CAMPAIGN_PHASES)),
      /** The election concerned. */
      election: z.optional(z.enum(space.elections)),
      /** Calendar day of the act in Indonesia, `YYYY-MM-DD`. */
      date: z.optional(z.iso.date()),
    })
    .check(z.superRefine((incident, ctx) => checkIncident(incident, space, (path) => path, ctx)));
}

/** The facts the cross-checks of an incident read. */
type Checked = { readonly actor: { readonly employment: string; readonly cltn?: boolean | undefined }; readonly target?: { readonly office?: string | undefined } | undefined; readonly election?: string | undefined };

/**
 * The cross-checks of an incident that its fields' own types cannot state, each issue at the path `at` maps it to (a
 * report with several acts checks each act's incident, its issues at the act's own fields).
 */
function checkIncident(
  incident: Checked,
  space: SchemaSpace,
  at: (path: readonly (string | number)[]) => readonly (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  // PPPK have no cuti di luar tanggungan negara (PP 49/2018 Pasal 77; update 2026-12, second check).
  if (incident.actor.cltn === true && incident.actor.employment.startsWith('pppk')) {
    ctx.addIssue({ code: 'custom', path: [...at(['actor', 'cltn'])], params: { reason: 'pppk_no_cltn' }, message: 'PPPK have no CLTN' });
  }
  const office = incident.target?.office;
  if (office === undefined || incident.election === undefined) return;
  const offices: readonly string[] = space.officesOf(incident.election);
  if (!offices.includes(office)) {
    ctx.addIssue({
      code: 'custom',
      path: [...at(['target', 'office'])],
      params: { reason: 'office_not_in_election', office, election: incident.election, title: space.titleOf(incident.election), offices },
      message: `office ${office} is not contested in ${incident.election}`,
    });
  }
}

/**
 * Most acts one report may carry (each is judged as an incident of its own).
 * @example
 * ```ts
 * import { MAX_ACTS } from 'netralitas-asn';
 * MAX_ACTS; // 20
 * ```
 */
export const MAX_ACTS = 20;

/** One act of a report with several acts: the act, and the target, date, stage and phase where they differ from the report's. */
const actEntrySchema = z.strictObject({
  /** The act. */
  act: actSchema,
  /** Whom this act favoured, where not the report's target (replaces it as a whole). */
  target: z.optional(targetSchema),
  /** Calendar day of this act, where not the report's date. */
  date: z.optional(z.iso.date()),
  /** Candidate stage at the time of this act. */
  stage: z.optional(z.enum(STAGES)),
  /** Campaign phase at the time of this act. */
  campaignPhase: z.optional(z.enum(CAMPAIGN_PHASES)),
});

/**
 * The incident one act of a report makes: the report's fields, with the act's own target, date, stage and phase where
 * it gives them. An act with a date of its own takes no stage or phase from the report: the report's were stated for
 * the report's date, and the calendar derives the act's from its own date.
 * @example
 * ```ts
 * import { incidentOfAct } from 'netralitas-asn';
 * const report = { actor: { employment: 'pns' as const }, acts: [{ act: { kind: 'online_campaign' as const }, stage: 'calon' as const }], stage: 'bakal_calon' as const };
 * incidentOfAct(report, 0).stage; // 'calon'
 * ```
 */
export function incidentOfAct<R extends MultiActIncident>(report: R, index: number): Omit<R, 'acts'> & { act: IncidentAct } {
  const { acts, ...shared } = report;
  const entry = acts[index]!;
  const own = entry.date !== undefined;
  const incident: Record<string, unknown> = { ...shared, act: entry.act };
  if (entry.target !== undefined) incident.target = entry.target;
  if (own) {
    incident.date = entry.date;
    delete incident.stage;
    delete incident.campaignPhase;
  }
  if (entry.stage !== undefined) incident.stage = entry.stage;
  if (entry.campaignPhase !== undefined) incident.campaignPhase = entry.campaignPhase;
  return incident as Omit<R, 'acts'> & { act: IncidentAct };
}

/**
 * The schema of a report with several acts by one actor under a law (its regions and elections).
 * @internal
 */
export function makeMultiActSchema<R extends string, E extends string>(space: SchemaSpace<R, E>) {
  const single = makeIncidentSchema(space);
  const { act: _act, ...shared } = single.shape;
  void _act;
  return z
    .strictObject({ ...shared, acts: z.array(actEntrySchema).check(z.minLength(1), z.maxLength(MAX_ACTS)) })
    .check(z.superRefine((report, ctx) => {
      // The report's own fields once; then each act's own target, at the act's path.
      checkIncident(report, space, (p) => p, ctx);
      report.acts.forEach((entry, i) => {
        if (entry.target === undefined) return;
        checkIncident({ actor: { employment: report.actor.employment }, target: entry.target, election: report.election }, space, (p) => ['acts', i, ...p], ctx);
      });
    }));
}

/**
 * The zod schema of a reported incident under the built-in law. Only `actor.employment` and `act.kind` are required;
 * every other fact is optional, and a missing fact that the law turns on yields `needs_information`, never a guess. A
 * classifier with packs validates against its own schema, whose `actor.region` and `election` also take the packs'
 * regions and elections.
 *
 * @example
 * ```ts
 * import { incidentSchema } from 'netralitas-asn';
 * incidentSchema.parse({
 *   actor: { employment: 'pns' },
 *   act: { kind: 'install_campaign_props' },
 *   target: { office: 'bupati' },
 *   stage: 'calon',
 *   election: 'pilkada_2024',
 * });
 * ```
 */
export const incidentSchema = makeIncidentSchema({
  regions: REGIONS,
  elections: ELECTIONS as unknown as readonly [(typeof ELECTIONS)[number], ...(typeof ELECTIONS)[number][]],
  officesOf: (election) => ELECTION_OFFICES[election] ?? [],
  titleOf: (election) => ELECTION_TITLES[election] ?? { id: election, en: election },
});

/** The zod schema of an incident under some law. @internal */
export type IncidentSchema = ReturnType<typeof makeIncidentSchema>;

/**
 * A validated incident.
 * @example
 * ```ts
 * import type { Incident } from 'netralitas-asn';
 * const incident: Incident = { actor: { employment: 'pns' }, act: { kind: 'party_membership' } };
 * ```
 */
export type Incident = z.infer<typeof incidentSchema>;

/**
 * An act of an incident (one member of the discriminated union).
 * @example
 * ```ts
 * import type { IncidentAct } from 'netralitas-asn';
 * const act: IncidentAct = { kind: 'post_photo', photoShows: 'candidate' };
 * ```
 */
export type IncidentAct = z.infer<typeof actSchema>;

/**
 * The zod schema of a report with several acts by one actor under the built-in law: the fields of an incident, with
 * `acts` (1 to {@link MAX_ACTS} entries, each an act with its own target, date, stage and phase where they differ)
 * instead of `act`. Each act is judged as the incident {@link incidentOfAct} makes of it.
 * @example
 * ```ts
 * import { multiActIncidentSchema } from 'netralitas-asn';
 * multiActIncidentSchema.parse({
 *   actor: { employment: 'pns' },
 *   acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'campaign_with_attributes' } }],
 *   target: { office: 'bupati' },
 *   stage: 'bakal_calon',
 * });
 * ```
 */
export const multiActIncidentSchema = /* @__PURE__ */ lazyObject(() => builtInMultiActSchema());

/**
 * The schema of a report with several acts under the built-in law, built on first use: most programs classify one act
 * at a time, and building it was about a fifth of the schemas built at import (issue 12, start-up). The exported
 * {@link multiActIncidentSchema} is this schema, built when first read.
 * @internal
 */
export const builtInMultiActSchema = /* @__PURE__ */ once(() =>
  makeMultiActSchema({
    regions: REGIONS,
    elections: ELECTIONS as unknown as readonly [(typeof ELECTIONS)[number], ...(typeof ELECTIONS)[number][]],
    officesOf: (election) => ELECTION_OFFICES[election] ?? [],
    titleOf: (election) => ELECTION_TITLES[election] ?? { id: election, en: election },
  }),
);

/** The zod schema of a report with several acts under some law. @internal */
export type MultiActSchema = ReturnType<typeof makeMultiActSchema>;

/**
 * A validated report with several acts by one actor.
 * @example
 * ```ts
 * import type { MultiActIncident } from 'netralitas-asn';
 * const report: MultiActIncident = {
 *   actor: { employment: 'pns' },
 *   acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'online_campaign' }, date: '2024-10-01' }],
 * };
 * ```
 */
export type MultiActIncident = z.infer<typeof multiActIncidentSchema>;

/**
 * One act of a report with several acts.
 * @example
 * ```ts
 * import type { ActEntry } from 'netralitas-asn';
 * const entry: ActEntry = { act: { kind: 'online_campaign' }, target: { office: 'bupati' } };
 * ```
 */
export type ActEntry = z.infer<typeof actEntrySchema>;

/**
 * Whether untrusted input is meant as a report with several acts (it has an `acts` key): such input is validated
 * against {@link multiActIncidentSchema}, any other against {@link incidentSchema}.
 * @example
 * ```ts
 * import { hasActs } from 'netralitas-asn';
 * hasActs({ actor: { employment: 'pns' }, acts: [] }); // true
 * hasActs({ actor: { employment: 'pns' }, act: { kind: 'online_campaign' } }); // false
 * ```
 */
export function hasActs(input: unknown): boolean {
  try {
    return input !== null && typeof input === 'object' && !Array.isArray(input) && Object.hasOwn(input, 'acts');
  } catch {
    return false;
  }
}
