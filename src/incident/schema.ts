/**
 * The incident schema (zod). Every type of the input comes from here through `z.infer`.
 */
import * as z from 'zod';
import {
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  CAMPAIGN_PHASES,
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
import { ELECTION_OFFICES } from '../law/generated/data.js';

const flag = z.boolean();

/** The actor: who did it. */
const actorSchema = z.strictObject({
  /** Employment status. */
  employment: z.enum(EMPLOYMENTS),
  /** Whether the actor serves as Penjabat (Pj) or Penjabat Sementara (Pjs) kepala daerah. */
  actingRegionalHead: flag.optional(),
  /** Whether the actor was on cuti di luar tanggungan negara (CLTN) at the time of the act. */
  cltn: flag.optional(),
  /**
   * Whether the actor, a candidate themself, had resigned in writing as Pegawai ASN when determined as calon (UU 20/2023
   * Pasal 56 and 59(3)).
   */
  resigned: flag.optional(),
  /** The actor's position where an election-crime article names it (kepala desa, pejabat negara, ...). */
  position: z.enum(POSITIONS).optional(),
});

/** The act, discriminated by `kind`; each kind carries the sub-facts the law distinguishes for it. */
const actSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('install_campaign_props') }),
  z.strictObject({ kind: z.literal('online_campaign') }),
  z.strictObject({ kind: z.literal('attend_declaration_or_campaign'), activeSupport: flag.optional() }),
  z.strictObject({ kind: z.literal('social_media_engagement'), engagement: z.enum(ENGAGEMENTS).optional() }),
  z.strictObject({
    kind: z.literal('post_photo'),
    photoShows: z.enum(PHOTO_SUBJECTS).optional(),
    publiclyAccessible: flag.optional(),
    supportPurpose: flag.optional(),
  }),
  z.strictObject({ kind: z.literal('take_part_in_campaign') }),
  z.strictObject({ kind: z.literal('seek_own_candidacy'), independentCandidacy: flag.optional() }),
  z.strictObject({ kind: z.literal('party_membership'), partyRole: z.enum(PARTY_ROLES).optional() }),
  z.strictObject({ kind: z.literal('partisan_activity'), activityForm: z.enum(ACTIVITY_FORMS).optional() }),
  z.strictObject({ kind: z.literal('join_campaign_team') }),
  z.strictObject({ kind: z.literal('collect_support_for_independent') }),
  z.strictObject({ kind: z.literal('partisan_decision') }),
  z.strictObject({ kind: z.literal('campaign_with_attributes'), attributeKind: z.enum(ATTRIBUTE_KINDS).optional() }),
  z.strictObject({ kind: z.literal('mobilise_other_asn') }),
  z.strictObject({ kind: z.literal('use_state_facilities') }),
  z.strictObject({ kind: z.literal('use_regional_budget') }),
  z.strictObject({ kind: z.literal('mobilise_voters') }),
]);

/** Compile-time check that the act variants are exactly {@link ACT_KINDS}, the one list of acts. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const actVariantsAreActKinds: SameSet<z.infer<typeof actSchema>['kind'], (typeof ACT_KINDS)[number]> = true;
void actVariantsAreActKinds;

/** The target: whom the act favoured. */
const targetSchema = z.strictObject({
  /** The office the candidate stands for, or the party. */
  office: z.enum(OFFICES).optional(),
  /** `spouse` when the actor is the candidate's husband or wife. */
  relation: z.enum(RELATIONS).optional(),
});

/** What an incident schema's values range over: the regions and elections of a law, and the offices each fills. @internal */
export interface SchemaSpace<R extends string = string, E extends string = string> {
  readonly regions: readonly [R, ...R[]];
  readonly elections: readonly [E, ...E[]];
  officesOf(election: string): readonly string[];
}

/**
 * The incident schema of a law (its regions and elections).
 * @internal
 */
export function makeIncidentSchema<R extends string, E extends string>(space: SchemaSpace<R, E>) {
  return z
    .strictObject({
      /** Free reference of the report (e.g. a register number), echoed in the result. */
      reference: z.string().max(200).optional(),
      actor: actorSchema.extend({
        /** The region whose government employs the actor, where it has its own circular or election cycle. */
        region: z.enum(space.regions).optional(),
      }),
      act: actSchema,
      target: targetSchema.optional(),
      /** Candidate stage at the time of the act. */
      stage: z.enum(STAGES).optional(),
      /** Campaign phase at the time of the act. */
      campaignPhase: z.enum(CAMPAIGN_PHASES).optional(),
      /** The election concerned. */
      election: z.enum(space.elections).optional(),
      /** Calendar day of the act in Indonesia, `YYYY-MM-DD`. */
      date: z.iso.date().optional(),
    })
    .superRefine((incident, ctx) => {
      // PPPK have no cuti di luar tanggungan negara (PP 49/2018 Pasal 77; update 2026-12, second check).
      if (incident.actor.cltn === true && incident.actor.employment.startsWith('pppk')) {
        ctx.addIssue({ code: 'custom', path: ['actor', 'cltn'], params: { reason: 'pppk_no_cltn' }, message: 'PPPK have no CLTN' });
      }
      const office = incident.target?.office;
      if (office === undefined || incident.election === undefined) return;
      const offices: readonly string[] = space.officesOf(incident.election);
      if (!offices.includes(office)) {
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'office'],
          params: { reason: 'office_not_in_election', office, election: incident.election },
          message: `office ${office} is not contested in ${incident.election}`,
        });
      }
    });
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
