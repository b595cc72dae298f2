/**
 * The facts the rules read: their names, their finite domains, and how they are taken from an incident.
 * Rule validation, the needs-information analysis and the decision-table enumeration all use this one table.
 */
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
import type { Incident } from './schema.js';
import { readPath } from './paths.js';

const BOOLEAN = [true, false] as const;

/**
 * Each fact a rule may read, with its domain and the path of the incident field it comes from.
 * @internal
 */
export const FACTS = {
  employment: { domain: EMPLOYMENTS, path: 'actor.employment' },
  actingRegionalHead: { domain: BOOLEAN, path: 'actor.actingRegionalHead' },
  cltn: { domain: BOOLEAN, path: 'actor.cltn' },
  resigned: { domain: BOOLEAN, path: 'actor.resigned' },
  region: { domain: REGIONS, path: 'actor.region' },
  position: { domain: POSITIONS, path: 'actor.position' },
  act: { domain: ACT_KINDS, path: 'act.kind' },
  activeSupport: { domain: BOOLEAN, path: 'act.activeSupport' },
  engagement: { domain: ENGAGEMENTS, path: 'act.engagement' },
  photoShows: { domain: PHOTO_SUBJECTS, path: 'act.photoShows' },
  publiclyAccessible: { domain: BOOLEAN, path: 'act.publiclyAccessible' },
  supportPurpose: { domain: BOOLEAN, path: 'act.supportPurpose' },
  partyRole: { domain: PARTY_ROLES, path: 'act.partyRole' },
  independentCandidacy: { domain: BOOLEAN, path: 'act.independentCandidacy' },
  activityForm: { domain: ACTIVITY_FORMS, path: 'act.activityForm' },
  attributeKind: { domain: ATTRIBUTE_KINDS, path: 'act.attributeKind' },
  office: { domain: OFFICES, path: 'target.office' },
  relation: { domain: RELATIONS, path: 'target.relation' },
  stage: { domain: STAGES, path: 'stage' },
  phase: { domain: CAMPAIGN_PHASES, path: 'campaignPhase' },
  election: { domain: ELECTIONS, path: 'election' },
} as const;

/** Name of a fact the rules read. @internal */
export type FactName = keyof typeof FACTS;
/** A value a fact may take. @internal */
export type FactValue = string | boolean;
/** The facts of one incident; a missing fact is absent. @internal */
export type Facts = Partial<Record<FactName, FactValue>>;

/** The value type at a dotted path of `T`, through unions (the act variants); `never` where no member has the path. */
type ValueAt<T, P extends string> = T extends unknown
  ? P extends `${infer K}.${infer Rest}`
    ? K extends keyof T
      ? ValueAt<NonNullable<T[K]>, Rest>
      : never
    : P extends keyof T
      ? NonNullable<T[P]>
      : never
  : never;

/**
 * An incident field a question asks, as a dotted path (`actor.cltn`, `act.kind`, `stage`): the path of one fact the
 * rules read.
 * @example
 * ```ts
 * import type { IncidentField } from 'netralitas-asn';
 * const field: IncidentField = 'actor.cltn';
 * // const typo: IncidentField = 'actor.cltm'; // does not compile
 * ```
 */
export type IncidentField = (typeof FACTS)[FactName]['path'];

/**
 * The type of the value an incident field holds, read from the zod schema ({@link Incident}), not written again:
 * `boolean` for `actor.cltn`, the stages for `stage`, the act kinds for `act.kind`.
 * @example
 * ```ts
 * import type { IncidentFieldValue } from 'netralitas-asn';
 * const stage: IncidentFieldValue<'stage'> = 'calon';
 * const cltn: IncidentFieldValue<'actor.cltn'> = false;
 * ```
 */
export type IncidentFieldValue<P extends IncidentField> = ValueAt<Incident, P>;

/** The incident field of a fact. @internal */
export type FactField<F extends FactName> = (typeof FACTS)[F]['path'];

/** Facts whose values a law's packs extend (their regions and elections): a string beyond the built-in schema. */
type LawDependentFact = 'region' | 'election';

/**
 * The type of a fact's value as a question offers it: from the schema, except the region and the election, which a
 * classifier with packs extends (`string`).
 * @internal
 */
export type ValueOfFact<F extends FactName> = F extends LawDependentFact ? string : IncidentFieldValue<FactField<F>>;

/** Compile-time check: every fact's domain is exactly the values the built-in schema allows at its path. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The facts whose domain differs from the schema's values (none). */
type DomainMismatch = {
  [F in FactName]: SameSet<(typeof FACTS)[F]['domain'][number], IncidentFieldValue<FactField<F>>> extends true ? never : F;
}[FactName];
const domainsAreSchemaValues: [DomainMismatch] extends [never] ? true : DomainMismatch = true;
void domainsAreSchemaValues;

/** @internal */
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

/** @internal Whether a name is a known fact. */
export function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACTS, name);
}

/** Each fact's incident path, split once (factsOf runs on every classification). */
const PATHS = FACT_NAMES.map((name) => [name, FACTS[name].path.split('.')] as const);

/**
 * The facts of a validated incident, in the fixed order of {@link FACTS}.
 * @internal
 */
export function factsOf(incident: Incident): Facts {
  const facts: Facts = {};
  for (const [name, path] of PATHS) {
    const value = readPath(incident, path);
    if (typeof value === 'string' || typeof value === 'boolean') facts[name] = value;
  }
  return facts;
}

/** Each fact's domain in one law: the vocabulary's, with the regions and elections of the law's packs. @internal */
export type FactDomains = { readonly [F in FactName]: readonly FactValue[] };

/**
 * What the facts of one law range over: each fact's domain, and the schema's cross-field rule (an office must be one
 * the election fills). The law (src/law/law.ts) provides it.
 * @internal
 */
export interface FactSpace {
  readonly domains: FactDomains;
  /** The offices an election fills. */
  officesOf(election: string): readonly string[];
  /** The elections that fill an office. */
  electionsFilling(office: string): readonly string[];
}

/**
 * The values an unknown fact can still take given the known facts and the schema's cross-field rule (an office must
 * be one the election fills): the offices of a known election, the elections that fill a known office, otherwise the
 * whole domain. Both evaluators read an unknown fact as "any of these values".
 * @internal
 */
export function feasibleValues(fact: FactName, facts: Facts, space: FactSpace): readonly FactValue[] {
  if (fact === 'office' && facts.election !== undefined) return space.officesOf(String(facts.election));
  if (fact === 'election' && facts.office !== undefined) return space.electionsFilling(String(facts.office));
  return space.domains[fact];
}
