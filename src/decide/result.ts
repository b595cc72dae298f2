/**
 * From the rules that certainly or possibly apply to a classification result: verdict, findings, sanction, tracks,
 * missing facts and explanation. Pure and synchronous, shared by every evaluator of the rules.
 */
import { auditOf, type Audit } from './audit.js';
import type { RepeatAssessment } from './repeat.js';
import type { DerivedFact } from '../law/calendar.js';
import type { FactConflict } from '../evaluate/derive.js';
import {
  CATEGORIES,
  SANCTION_LEVELS,
  type Category,
  type Confidence,
  type Election,
  type ListId,
  type RecordKind,
  type Track,
  type Verdict,
} from '../vocabulary/enums.js';
import { analyse, type Analysis } from '../evaluate/completions.js';
import type { Evaluation } from '../evaluate/engine.js';
import { feasibleValues, type FactName, type Facts, type FactValue } from '../incident/facts.js';
import type { LegalBasis, LegalBasisId } from '../law/legal-bases.js';
import type { Law } from '../law/law.js';
import type { LoadedRule } from '../law/rule-files.js';
import { activeOn, categoryOf, isViolation, outcomeOf, sanctionOf, type Outcome, type ViolationRule } from '../evaluate/outcome.js';
import { lawDaySpan } from '../law/day-span.js';
import { basesUnder, conflictsUnder, severalFindingsNote, type SanctionResult } from '../law/sanctions.js';
import { basesWords, entryWords, factWords, fieldWords, itemKeyWords, joined, levelWords, questionFor, ruleWords, valueWords, type Question } from '../present/result-words.js';
import type { Incident } from '../incident/schema.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { memoByLaw, memoByPart } from '../law/memo.js';
import { handlingNoteBases, handlingNotes, trackOf, trackOn, type TrackResult } from '../law/tracks.js';
import { basesInForce, windowOf } from '../law/validity.js';

/**
 * A rule that found a violation: the listed item it meets, its category, legal bases, sanction and explanation.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.violations.map((v) => `${v.list} ${v.item}`); // ['disiplin 1']
 * if (r.ok) r.violations[0]?.category; // 'disiplin'
 * ```
 */
export interface Violation {
  /** Id of the rule in `rules/`. */
  readonly rule: string;
  /** The list the item belongs to (`kode_etik` and `disiplin` are the two SKB 2022 lists; a pack may add its own). */
  readonly list: ListId | (string & {});
  /** The item of that list (a number for the SKB lists, e.g. `5.n.6` for PP 94/2021, `2.c` for an SE). */
  readonly item: number | string;
  /** Sub-item where the item has them (e.g. `a`). */
  readonly sub?: string;
  /**
   * Descriptive, stable key of the item in its list, from the item's own words (e.g. `memasang-alat-peraga-calon` for
   * disiplin 1), where the list's pack gives one. Prefer it to the number as an identifier: reproductions of the SKB
   * number its items differently.
   */
  readonly key?: string;
  /** Category of the violation. */
  readonly category: Category;
  /** Legal bases of the finding in force on the incident date (ids into `LEGAL_BASES`). */
  readonly bases: readonly LegalBasisId[];
  /** The sanction the law gives for it. */
  readonly sanction: SanctionResult;
  /** Confidence of the sanction level where it rests on reproductions of the SKB matrix alone. */
  readonly levelConfidence?: Confidence;
  /** Where sources contradict each other on this finding. */
  readonly conflicts: readonly { readonly bases: readonly LegalBasisId[]; readonly note: Bilingual }[];
  /** How faithful the text of the rule's instrument is, where its pack says (e.g. a news reproduction). */
  readonly fidelity?: Bilingual;
  /** What decided it, in both languages. */
  readonly explanation: Bilingual;
}

/**
 * A rule that found that a listed item does not apply, because its deciding element is absent.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-7 side - a photo with a calon that is not publicly accessible"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'post_photo', photoShows: 'candidate', publiclyAccessible: false }, stage: 'calon' });
 * if (r.ok) r.verdict; // 'no_violation'
 * if (r.ok) r.exemptions.map((e) => `${e.list} ${e.item}`); // ['disiplin 7']
 * if (r.ok) r.exemptions[0]?.explanation.en; // 'Item 7 covers only media the public can access.'
 * ```
 */
export interface Exemption {
  /** Id of the rule. */
  readonly rule: string;
  /** The list of the item that does not apply. */
  readonly list: ListId | (string & {});
  /** The item that does not apply. */
  readonly item: number | string;
  /** Descriptive, stable key of the item, where the list's pack gives one (see {@link Violation.key}). */
  readonly key?: string;
  /** Its legal bases. */
  readonly bases: readonly LegalBasisId[];
  /** How faithful the text of the rule's instrument is, where its pack says. */
  readonly fidelity?: Bilingual;
  /** Why it does not apply. */
  readonly explanation: Bilingual;
}

/**
 * Local procedure a region's instrument names (its complaint channels, its reporting duties), for an actor of that
 * region.
 * @example
 * ```ts
 * import type { RegionalProcedure } from 'netralitas-asn';
 * const p: Pick<RegionalProcedure, 'region'> = { region: 'kabupaten_bangka' };
 * ```
 */
export interface RegionalProcedure {
  /** The region. */
  readonly region: string;
  /** The pack that names it. */
  readonly pack: string;
  /** What to do, in both languages. */
  readonly text: Bilingual;
  /** Its legal bases. */
  readonly bases: readonly LegalBasisId[];
}

/**
 * Items a decided result would also cite under some answers to the facts it lacks: the verdict, category, sanction
 * level and tracks are the same whatever the answers, only these items depend on them.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a PNS, not on CLTN, took part in the introduction event of a bakal calon walikota; the relation is not reported
 * const r = classifySync({ actor: { employment: 'pns', cltn: false }, act: { kind: 'take_part_in_campaign' }, target: { office: 'walikota' }, stage: 'bakal_calon' });
 * if (r.ok) r.verdict; // 'violation'
 * if (r.ok) r.alternatives.map((a) => a.items); // [['kode_etik 7']]
 * if (r.ok) r.alternatives[0]?.when[0]?.values; // ['spouse']
 * ```
 */
export interface Alternative {
  /** The missing facts and the values under which these items are cited too. */
  readonly when: readonly { readonly fact: FactName; readonly field: string; readonly values: readonly FactValue[] }[];
  /** The rules that would also fire. */
  readonly rules: readonly string[];
  /** Their items, as `"<list> <item>"`. */
  readonly items: readonly string[];
  /**
   * Those of `items` that these answers make not apply (an exemption, e.g. kode etik 7 for a spouse on CLTN); the
   * others would be cited as violations.
   */
  readonly exemptions: readonly string[];
  /** The alternative in both languages. */
  readonly explanation: Bilingual;
}

/**
 * A fact the verdict turns on that the report lacks, with the question a form asks for it (the same question, in the
 * same order, as {@link nextQuestions} gives for the incident).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-kode-etik.yaml, "KE-1 without the stage needs information"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' } });
 * if (r.ok) r.verdict; // 'needs_information'
 * if (r.ok) r.missingFacts.map((m) => m.fact); // ['stage']
 * if (r.ok) r.missingFacts[0]?.rules; // ['skb-2022/d-1', 'skb-2022/ke-1']
 * ```
 */
export type MissingFact = Question & {
  /** The rules whose outcome depends on it. */
  readonly rules: readonly string[];
};

/**
 * An election crime that may run beside the administrative track: the election law, who is liable and the bases.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a CPNS in a Pemilu campaign team after determination (UU 7/2017 Pasal 280 ayat (3) jo. 494)
 * const r = classifySync({ actor: { employment: 'cpns' }, act: { kind: 'join_campaign_team' }, stage: 'calon', election: 'pemilu_2024' });
 * if (r.ok) r.electionCrimes[0]?.liable; // 'actor'
 * if (r.ok) r.electionCrimes[0]?.bases; // ['uu-7-2017/p280-3', 'uu-7-2017/p494', 'uu-7-2017/p486']
 * ```
 */
export interface ElectionCrime {
  /** Id of the rule. */
  readonly rule: string;
  /** The election law concerned. */
  readonly election: Election;
  /** Who is criminally liable: the reported actor, or the candidate who involved them. */
  readonly liable: 'actor' | 'candidate';
  /** Legal bases. */
  readonly bases: readonly LegalBasisId[];
  /** Explanation. */
  readonly explanation: Bilingual;
}

/**
 * A kind of suspected violation to record (Surat Kemendagri 100.2.2.6/5812/OTDA point 3.e).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/kemendagri-5812-2023.yaml, "3.e voter mobilisation by an ASN is recorded; no listed item decides it"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'mobilise_voters' }, stage: 'calon' });
 * if (r.ok) r.records.map((e) => e.kind); // ['mobilisasi_pemilih']
 * if (r.ok) r.records[0]?.bases; // ['kemendagri-5812-2023/3-e']
 * ```
 */
export interface RecordEntry {
  /** Id of the rule. */
  readonly rule: string;
  /** Kind of suspected violation. */
  readonly kind: RecordKind;
  /** Legal bases. */
  readonly bases: readonly LegalBasisId[];
  /** Explanation. */
  readonly explanation: Bilingual;
}

/**
 * Guidance that applies to the actor (e.g. for a Pj kepala daerah).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a Pj kepala daerah mobilising voters in the Pilkada (Surat Kemendagri angka 4)
 * const r = classifySync({ actor: { employment: 'pns', actingRegionalHead: true }, act: { kind: 'mobilise_voters' }, election: 'pilkada_2024' });
 * if (r.ok) r.guidance.map((g) => g.rule); // ['kemendagri-5812-2023/4']
 * if (r.ok) r.guidance[0]?.bases; // ['kemendagri-5812-2023/4', 'kemendagri-5812-2023/2-a']
 * ```
 */
export interface GuidanceEntry {
  /** Id of the rule. */
  readonly rule: string;
  /** Legal bases. */
  readonly bases: readonly LegalBasisId[];
  /** The guidance. */
  readonly explanation: Bilingual;
}

/**
 * A cited legal basis, as the registry holds it: instrument, article, quote, source, confidence and window in force.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.citations['skb-2022/d-1']?.article; // 'Lampiran, Pelanggaran Disiplin angka 1'
 * if (r.ok) r.citations['skb-2022/d-1']?.inForceFrom; // '2022-09-22'
 * ```
 */
export interface Citation {
  /** Short name of the instrument. */
  readonly instrument: string;
  /** Article, item or point. */
  readonly article: string;
  /** Short quote. */
  readonly quote: string;
  /** Where the legal reference read it. */
  readonly source: string;
  /** Confidence. */
  readonly confidence: LegalBasis['confidence'];
  /** First day in force, where known. */
  readonly inForceFrom?: string;
  /** Last day in force, where it has ended. */
  readonly inForceUntil?: string;
}

/** The fields every result has, before its verdict narrows them (see {@link ClassificationResult}). */
interface ResultFields {
  /** Always `true`: the input was valid. */
  readonly ok: true;
  /** The report reference given in the incident, if any. */
  readonly reference?: string;
  /** The verdict. */
  readonly verdict: Verdict;
  /** The most serious category among the violations, or `null`. */
  readonly category: Category | null;
  /**
   * The heaviest sanction among the violations, or `null` (for PNS and CPNS, PP 94/2021 Pasal 35: only the heaviest is
   * imposed; for PPPK and non-ASN staff the heaviest level is shown as an indication).
   */
  readonly sanction: SanctionResult | null;
  /** Every violation found, national lists first. Empty unless the verdict is `violation`. */
  readonly violations: readonly Violation[];
  /** Listed items that do not apply because their deciding element is absent. */
  readonly exemptions: readonly Exemption[];
  /** Items that a decided verdict would also cite under some answers to the facts the report lacks. */
  readonly alternatives: readonly Alternative[];
  /**
   * The facts the verdict turns on that the report lacks (verdict `needs_information`), the question that reaches a
   * decision in the fewest answers first.
   */
  readonly missingFacts: readonly MissingFact[];
  /** The handling tracks, each with its ordered steps. */
  readonly tracks: readonly TrackResult[];
  /** Election crimes that may apply beside the administrative track. */
  readonly electionCrimes: readonly ElectionCrime[];
  /** Kinds of suspected violation to record (Kemendagri). */
  readonly records: readonly RecordEntry[];
  /** Guidance for the actor's position. */
  readonly guidance: readonly GuidanceEntry[];
  /** Facts derived from the date and the election calendar. */
  readonly derived: readonly DerivedFact[];
  /** Reported facts the calendar contradicts (the fact is then treated as unknown). */
  readonly conflicts: readonly FactConflict[];
  /** Other caveats, among them the notes of the packs of the actor's region (parts of a circular known only as a summary). */
  readonly notes: readonly Bilingual[];
  /** Local procedure the actor's region names (absent where none does). */
  readonly procedures?: readonly RegionalProcedure[];
  /** What decided the verdict, one sentence per line, in both languages. */
  readonly explanation: Bilingual;
  /**
   * Names of the rules that fired in every completion of the report (in force on the incident date), in rule-file
   * order; where a scope rule puts the actor out of scope, that rule and the election crimes that still apply.
   */
  readonly firedRules: readonly string[];
  /** Every legal basis the result cites, by id. */
  readonly citations: Readonly<Partial<Record<LegalBasisId, Citation>>>;
  /** Library version, content hash of the rules and registry, hash of the normalised incident. */
  readonly audit: Audit;
  /** What the actor's earlier penalties mean for a violation (PP 94/2021 Pasal 35), only where the report gives some. */
  readonly repeat?: RepeatAssessment;
}

/** An empty list: what a verdict never has (e.g. the violations of a `no_violation` result). */
type None = readonly [];
/** A list with at least one element. */
type AtLeastOne<T> = readonly [T, ...T[]];

/**
 * A result with the verdict `violation`: the category, the heaviest sanction and at least one handling track are
 * always there, and no fact is missing. `violations` lists the items every completion of the report cites; it is
 * empty only where each completion cites other items of the same outcome (see `alternatives`).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * if (r.ok && r.verdict === 'violation') r.sanction.level; // 'pemberhentian_tidak_dengan_hormat' (no `?.` needed)
 * ```
 */
export interface ViolationResult extends ResultFields {
  readonly verdict: 'violation';
  readonly category: Category;
  readonly sanction: SanctionResult;
  readonly missingFacts: None;
  readonly tracks: AtLeastOne<TrackResult>;
}

/**
 * A result with the verdict `no_violation`: no category, sanction, violation or missing fact; `exemptions` says which
 * listed items do not apply and why.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-7 side - a photo with a calon that is not publicly accessible"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'post_photo', photoShows: 'candidate', publiclyAccessible: false }, stage: 'calon' });
 * if (r.ok && r.verdict === 'no_violation') r.exemptions.map((e) => `${e.list} ${e.item}`); // ['disiplin 7']
 * ```
 */
export interface NoViolationResult extends ResultFields {
  readonly verdict: 'no_violation';
  readonly category: null;
  readonly sanction: null;
  readonly violations: None;
  readonly missingFacts: None;
}

/**
 * A result with the verdict `needs_information`: at least one missing fact, the one that decides soonest first; no
 * category, sanction, finding, alternative or administrative track until it is answered.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-kode-etik.yaml, "KE-1 without the stage needs information"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' } });
 * if (r.ok && r.verdict === 'needs_information') r.missingFacts[0].field; // 'stage' (no `?.` needed)
 * ```
 */
export interface NeedsInformationResult extends ResultFields {
  readonly verdict: 'needs_information';
  readonly category: null;
  readonly sanction: null;
  readonly violations: None;
  readonly exemptions: None;
  readonly alternatives: None;
  readonly missingFacts: AtLeastOne<MissingFact>;
  readonly tracks: None;
}

/**
 * A result with the verdict `out_of_scope`: the actor or the act is outside the neutrality lists; no category,
 * sanction, violation, exemption or missing fact. Election crimes that still apply, and their track, are listed.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'tni' }, act: { kind: 'online_campaign' } });
 * if (r.ok && r.verdict === 'out_of_scope') r.violations.length; // 0
 * ```
 */
export interface OutOfScopeResult extends ResultFields {
  readonly verdict: 'out_of_scope';
  readonly category: null;
  readonly sanction: null;
  readonly violations: None;
  readonly exemptions: None;
  readonly missingFacts: None;
}

/**
 * The result of a classification, discriminated by `verdict`: after `result.verdict === 'violation'` the sanction
 * and category are not nullable, after `'needs_information'` the first missing fact is there, and so on (see
 * {@link ViolationResult}, {@link NoViolationResult}, {@link NeedsInformationResult}, {@link OutOfScopeResult}).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const result = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * if (result.ok) result.verdict; // 'violation'
 * if (result.ok && result.verdict === 'violation') result.sanction.level; // 'pemberhentian_tidak_dengan_hormat'
 * ```
 */
export type ClassificationResult = ViolationResult | NoViolationResult | NeedsInformationResult | OutOfScopeResult;

/**
 * A legal basis of the law's registry as a result cites it: the same for every result, so built once and shared.
 * @example
 * ```ts
 * citation(defaultLaw(), 'pp-94-2021/p35').article; // 'Pasal 35'
 * ```
 * @internal
 */
export const citation = memoByLaw((id: LegalBasisId) => id, (law: Law, id: LegalBasisId): Citation => {
  const basis: LegalBasis = law.bases[id]!;
  const { from, until } = windowOf(id, law);
  const c: { -readonly [K in keyof Citation]: Citation[K] } = {
    instrument: law.documents[basis.document]!.short,
    article: basis.article,
    quote: basis.quote,
    source: basis.source,
    confidence: basis.confidence,
  };
  if (from) c.inForceFrom = from;
  if (until) c.inForceUntil = until;
  return c;
});

/** The citations of bases, in the order given: the same for every result citing those bases, so shared. */
const citationsOf = memoByLaw(
  (ids: readonly LegalBasisId[]) => ids.join(' '),
  (law: Law, ids: readonly LegalBasisId[]): Partial<Record<LegalBasisId, Citation>> => Object.fromEntries(ids.map((id) => [id, citation(law, id)])),
);

/** Tracks in the order a result lists them: the heaviest category's track first. */
const trackOrder = (law: Law): readonly Track[] => [...new Set([...CATEGORIES].reverse().map((c) => trackOf(c, law)))];

const heavier = (a: SanctionResult, b: SanctionResult) => SANCTION_LEVELS.indexOf(a.level) - SANCTION_LEVELS.indexOf(b.level);


const itemOf = (rule: LoadedRule): string | undefined => {
  const p = rule.event.params as { list?: string; item?: number | string; sub?: string };
  return p.list === undefined ? undefined : `${p.list} ${String(p.item)}`;
};

/** The inputs of {@link buildResult}. @internal */
export interface ResultInput {
  readonly incident: Incident;
  readonly facts: Facts;
  readonly derived: DerivedFact[];
  readonly conflicts: FactConflict[];
  readonly evaluation: Evaluation;
  /** The law the evaluation ran (its rules by name, its registry, calendars and facts' domains). */
  readonly law: Law;
}

// buildResult is split into the functions below, each compiled on its own: as one function of ~14 KB, V8's optimising
// compiler spent 400-900 ms of CPU on each of its 4-5 compilations in a batch of 50,000 incidents (--trace-opt),
// more than the batch's main thread spent classifying (issue 12).

/** The fidelity note of the pack a rule comes from, if it gives one. */
const fidelityOf = (law: Law, rule: LoadedRule): { fidelity?: Bilingual } => {
  const fidelity = law.packOf.get(rule.name)?.fidelity;
  return fidelity ? { fidelity } : {};
};

/** The descriptive key of an item, where its list's pack gives one. */
const keyOf = (law: Law, list: string, item: number | string, sub?: string): { key?: string } => {
  const keys = law.itemKeys[list];
  const key = keys?.[sub ? `${item}.${sub}` : String(item)] ?? (sub ? keys?.[String(item)] : undefined);
  return key ? { key } : {};
};

/** The violation a rule finds, for the actor on the date (nothing for a rule of another kind). */
function toViolation(rule: LoadedRule, employment: Incident['actor']['employment'], date: string | undefined, law: Law): Violation | undefined {
  return isViolation(rule) ? violationOn(rule, employment, date, law) : undefined;
}

/**
 * The finding of a violation rule for the actor on the date, memoised by the span of the law's dates (see below).
 * @example
 * ```ts
 * const rule = law.byName.get('skb-2022/d-1') as ViolationRule;
 * violationOn(rule, 'pns', '2024-10-01', law); // as buildViolation(rule, 'pns', '2024-10-01', law), shared by its span's days
 * ```
 * @internal
 */
export const violationOn = (rule: ViolationRule, employment: Incident['actor']['employment'], date: string | undefined, law: Law): Violation =>
  violationMemo(law, rule, employment, date, lawDaySpan(law, date));

/**
 * A violation finding depends only on the law, the rule, the employment and the date, and on the date only through
 * the span of the law's dates it falls in (its bases in force and its sanction; src/law/day-span.ts): built once per
 * span, shared and frozen like the sanction in it. test/law-day-spans.test.ts checks every day against {@link buildViolation}.
 */
const violationMemo = memoByLaw(
  (rule: ViolationRule, employment: Incident['actor']['employment'], _date: string | undefined, span: string) => `${rule.name}|${employment}|${span}`,
  (law: Law, rule: ViolationRule, employment: Incident['actor']['employment'], date: string | undefined) => buildViolation(rule, employment, date, law),
);

/**
 * The finding of a violation rule for the actor on the date, built afresh (results get it through a memo).
 * @example
 * ```ts
 * buildViolation(law.byName.get('skb-2022/d-1') as ViolationRule, 'pns', '2024-10-01', law).bases; // its bases in force that day
 * ```
 * @internal
 */
export function buildViolation(rule: ViolationRule, employment: Incident['actor']['employment'], date: string | undefined, law: Law): Violation {
  const p = rule.event.params;
  return {
    rule: rule.name,
    list: p.list,
    item: p.item,
    ...(p.sub ? { sub: p.sub } : {}),
    ...keyOf(law, p.list, p.item, p.sub),
    category: categoryOf(rule, employment, law),
    bases: basesInForce(basesUnder(p.bases, employment, law), date, law),
    sanction: sanctionOf(rule, employment, date, law),
    ...(p.levelConfidence ? { levelConfidence: p.levelConfidence } : {}),
    conflicts: conflictsUnder(p.conflicts ?? [], employment, law).map((c) => ({ bases: c.bases, note: c.note })),
    ...fidelityOf(law, rule),
    explanation: p.explanation,
  };
}

const factOf = (fact: 'stage' | 'campaignPhase' | 'election'): FactName => (fact === 'campaignPhase' ? 'phase' : fact);

/** Explains the facts the calendar gave, and where it contradicts the report. */
function explainFacts(incident: Incident, derived: readonly DerivedFact[], conflicts: readonly FactConflict[], law: Law, explanation: Bilingual[]): void {
  const date = incident.date;
  for (const d of derived) {
    const what = fieldWords(factOf(d.fact));
    const office = incident.target?.office;
    const from =
      d.fact === 'election' && office !== undefined
        ? t(`jabatan ${valueWords('office', office, law).id}, yang dipilih hanya dalam pemilihan ini`, `the office ${valueWords('office', office, law).en}, contested only in this election`)
        : t(`tanggal ${date}`, `the date ${date}`);
    const value = valueWords(factOf(d.fact), d.value, law);
    const entry = entryWords(d.from, law);
    explanation.push(t(`${what.id} diturunkan dari ${from.id}: ${value.id}; ${entry.id}.`, `${what.en} derived from ${from.en}: ${value.en}; ${entry.en}.`));
  }
  for (const c of conflicts) {
    const reported = factWords(factOf(c.fact), [c.reported as FactValue], law);
    const derivedValue = valueWords(factOf(c.fact), c.derived as FactValue, law);
    const entry = entryWords(c.from, law);
    explanation.push(
      t(
        `Laporan menyebut ${reported.id}, tetapi untuk tanggal ${date} kalender memberi ${derivedValue.id} (${entry.id}); fakta ini dianggap belum diketahui.`,
        `The report gives ${reported.en}, but for ${date} the calendar gives ${derivedValue.en} (${entry.en}); the fact is treated as unknown.`,
      ),
    );
  }
}

/** The findings of the rules that decide the result, each kind in the order the rules fire. */
interface Findings {
  readonly violations: Violation[];
  readonly exemptions: Exemption[];
  readonly electionCrimes: ElectionCrime[];
  readonly records: RecordEntry[];
  readonly guidance: GuidanceEntry[];
}

/** Sorts the deciding rules into findings, adding their explanations and notes in that order. */
function findingsOf(
  always: readonly LoadedRule[],
  verdict: Verdict,
  outOfScope: boolean,
  employment: Incident['actor']['employment'],
  date: string | undefined,
  law: Law,
  explanation: Bilingual[],
  notes: Bilingual[],
): Findings {
  const found: Findings = { violations: [], exemptions: [], electionCrimes: [], records: [], guidance: [] };
  for (const rule of always) {
    const e = rule.event;
    if (e.type === 'violation' && verdict === 'violation') {
      // An item is cited once, though two rules reach it (e.g. disiplin 8 for a party and at the calon stage).
      if (found.violations.some((v) => v.list === e.params.list && v.item === e.params.item && v.sub === e.params.sub)) continue;
      found.violations.push(toViolation(rule, employment, date, law)!);
      explanation.push(e.params.explanation);
    } else if (e.type === 'no_violation' && (verdict === 'violation' || verdict === 'no_violation')) {
      found.exemptions.push({ rule: rule.name, list: e.params.list, item: e.params.item, ...keyOf(law, e.params.list, e.params.item), bases: basesInForce(e.params.bases, date, law), ...fidelityOf(law, rule), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
      for (const c of e.params.conflicts ?? []) notes.push(c.note);
    } else if (e.type === 'election_crime') {
      found.electionCrimes.push({ rule: rule.name, election: e.params.election, liable: e.params.liable, bases: basesInForce(e.params.bases, date, law), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    } else if (e.type === 'record' && !outOfScope) {
      found.records.push({ rule: rule.name, kind: e.params.recordKind, bases: basesInForce(e.params.bases, date, law), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    } else if (e.type === 'guidance' && !outOfScope) {
      found.guidance.push({ rule: rule.name, bases: basesInForce(e.params.bases, date, law), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    }
  }
  found.violations.sort((a, b) => law.lists.indexOf(a.list) - law.lists.indexOf(b.list));
  return found;
}

/** The notes on the violations: where sources disagree on a penalty level, and each violation's conflicts. */
function violationNotes(violations: readonly Violation[], law: Law, notes: Bilingual[]): void {
  for (const v of violations) {
    for (const d of v.sanction.disputed) {
      const rule = ruleWords(law.byName.get(v.rule)!, law);
      const [level, other] = [levelWords(v.sanction.level), levelWords(d.level)];
      const [sources, otherSources] = [basesWords(v.sanction.levelSources, law), basesWords(d.bases, law)];
      notes.push(
        t(
          `${rule.id}: sumber berbeda tentang tingkat hukuman (${level.id} menurut ${sources.id}; ${other.id} menurut ${otherSources.id}).`,
          `${rule.en}: sources disagree on the penalty level (${level.en} per ${sources.en}; ${other.en} per ${otherSources.en}).`,
        ),
      );
    }
    for (const c of v.conflicts) notes.push(c.note);
  }
}

/** Alternatives: where the report is decided but a missing fact changes which items are cited. */
function alternativesOf(analysis: Analysis, violations: readonly Violation[], facts: Facts, law: Law): Alternative[] {
  const alternatives: Alternative[] = [];
  const always = analysis.always;
  // Plain loops in the part that runs for every completion (see outcomeOf): V8 inlined each array method with its
  // callback, and recompiled all of it in every fresh process.
  const alwaysNames = new Set<string>();
  const alwaysItems = new Set<string>();
  for (const r of always) {
    alwaysNames.add(r.name);
    const item = itemOf(r);
    if (item !== undefined) alwaysItems.add(item);
  }
  const groups = new Map<string, { rules: LoadedRule[]; classes: Map<FactName, Set<FactValue>> }>();
  for (const c of analysis.completions) {
    const extra: LoadedRule[] = [];
    let key = '';
    for (const r of c.fired) {
      if (alwaysNames.has(r.name) || alwaysItems.has(itemOf(r) ?? '') || (r.event.type !== 'violation' && r.event.type !== 'no_violation')) continue;
      extra.push(r);
      key += key === '' ? r.name : `,${r.name}`;
    }
    if (extra.length === 0) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rules: extra, classes: new Map() }));
    for (const [f, values] of c.classes) {
      let set = g.classes.get(f);
      if (!set) g.classes.set(f, (set = new Set()));
      for (const v of values) set.add(v);
    }
  }
  const cited = new Set<string>();
  for (const v of violations) cited.add(`${v.list} ${String(v.item)}`);
  for (const g of groups.values()) {
    const alternative = alternativeOf(g.rules, g.classes, cited, facts, law);
    if (alternative) alternatives.push(alternative);
  }
  return alternatives;
}

/**
 * The alternative of a group of completions that cite the same further rules: the values of the missing facts that
 * lead there, and the items those rules cite beyond those already cited; none where they cite no other item.
 */
function alternativeOf(
  rules: readonly LoadedRule[],
  classes: ReadonlyMap<FactName, ReadonlySet<FactValue>>,
  cited: ReadonlySet<string>,
  facts: Facts,
  law: Law,
): Alternative | undefined {
  const items: string[] = [];
  for (const r of rules) {
    const item = itemOf(r);
    if (item !== undefined && !cited.has(item) && !items.includes(item)) items.push(item);
  }
  if (items.length === 0) return undefined;
  const when = [...classes]
    .filter(([f, values]) => values.size < feasibleValues(f, facts, law).length)
    .map(([fact, values]) => ({ fact, field: questionFor(fact, law).field, values: [...values] }));
  const condition = joined(when.map((w) => factWords(w.fact, w.values, law)), '; ');
  const also = joined(items.map((i) => itemKeyWords(i, law)), '; ');
  const violating = new Set(rules.filter((r) => r.event.type === 'violation').map(itemOf));
  return {
    when,
    rules: rules.map((r) => r.name),
    items,
    exemptions: items.filter((i) => !violating.has(i)),
    explanation: t(`Bila ${condition.id}: juga ${also.id}.`, `If ${condition.en}: also ${also.en}.`),
  };
}

/** The handling tracks of the outcome, in the order a result lists them, the election-crime track last. */
function tracksOf(
  outcome: Outcome | undefined,
  sanctionFrom: readonly Violation[],
  representative: readonly LoadedRule[],
  date: string | undefined,
  facts: Facts,
  employment: Incident['actor']['employment'],
  law: Law,
): TrackResult[] {
  const tracks: TrackResult[] = [];
  for (const track of outcome?.tracks ?? []) {
    if (track === 'gakkumdu') continue;
    const of = sanctionFrom.filter((v) => trackOf(v.category, law) === track).sort((a, b) => heavier(b.sanction, a.sanction))[0];
    tracks.push(trackOn(law, track, { date, election: facts.election as Election | undefined, sanctionBases: of?.sanction.bases ?? [], employment }));
  }
  const order = trackOrder(law);
  tracks.sort((a, b) => order.indexOf(a.track) - order.indexOf(b.track));
  if (outcome?.tracks.includes('gakkumdu')) {
    const crime = representative.find((r) => r.event.type === 'election_crime');
    const election = (crime?.event.params as { election?: Election } | undefined)?.election;
    tracks.push(trackOn(law, 'gakkumdu', { date, election, sanctionBases: [], employment }));
  }
  return tracks;
}

/*
 * The bases a shared part of a result cites, in order, listed once per part: sanctions, violations and track steps are
 * memoised and frozen (src/law/memo.ts), so every result that holds one reads its list instead of walking it again.
 */
const sanctionBases = memoByPart((s: SanctionResult): readonly LegalBasisId[] => [...s.bases, ...s.options.map((o) => o.basis), ...s.levelSources, ...s.disputed.flatMap((d) => d.bases)]);
const violationBases = memoByPart((v: Violation): readonly LegalBasisId[] => [...v.bases, ...v.conflicts.flatMap((c) => c.bases)]);
const trackBases = memoByPart((tr: TrackResult): readonly LegalBasisId[] => tr.steps.flatMap((step) => step.bases));

/** Every basis the result rests on, in the order cited: the listed item, the sanction articles, then procedure and notes. */
function citedOf(
  found: Findings,
  sanction: SanctionResult | null,
  always: readonly LoadedRule[],
  tracks: readonly TrackResult[],
  procedures: readonly RegionalProcedure[],
  noteBases: readonly LegalBasisId[],
  date: string | undefined,
): LegalBasisId[] {
  const { violations, exemptions, electionCrimes, records, guidance } = found;
  const cited = new Set<LegalBasisId>();
  const cite = (ids: readonly LegalBasisId[]) => {
    for (const id of ids) cited.add(id);
  };
  for (const v of violations) cite(violationBases(v));
  if (sanction) cite(sanctionBases(sanction));
  for (const v of violations) cite(sanctionBases(v.sanction));
  for (const x of exemptions) cite(x.bases);
  for (const x of electionCrimes) cite(x.bases);
  for (const x of records) cite(x.bases);
  for (const x of guidance) cite(x.bases);
  for (const r of always) if (r.event.type === 'no_violation' && exemptions.some((e) => e.rule === r.name)) for (const c of r.event.params.conflicts ?? []) cite(c.bases);
  for (const tr of tracks) cite(trackBases(tr));
  for (const p of procedures) cite(p.bases);
  cite(noteBases);
  cite(handlingNoteBases(date, tracks));
  return [...cited];
}

/** A note for each rule that would fire but whose law was not in force on the date. */
function notInForceNotes(notInForce: readonly LoadedRule[], date: string | undefined, law: Law, notes: Bilingual[]): void {
  for (const rule of notInForce) {
    notes.push(
      t(
        `${ruleWords(rule, law).id}: hukum yang menjadikan perbuatan ini pelanggaran belum/tidak berlaku pada ${date}.`,
        `${ruleWords(rule, law).en}: the law that makes this conduct an offence was not in force on ${date}.`,
      ),
    );
  }
}

/** The facts the report lacks that could change the verdict, each with the rules that read it. */
const missingFactsOf = (analysis: Analysis, law: Law): MissingFact[] =>
  analysis.questions.map((f) => ({ ...questionFor(f, law), rules: analysis.dependsOn.get(f) ?? [] }));

/** Explains a verdict that no finding explains: the facts it turns on, or why the act is out of scope. */
function explainVerdict(verdict: Verdict, missingFacts: readonly MissingFact[], outOfScope: readonly LoadedRule[], explanation: Bilingual[]): void {
  if (verdict === 'needs_information') {
    const lacking = joined(missingFacts.map((m) => fieldWords(m.fact)), ', ');
    explanation.push(t(`Putusan bergantung pada fakta yang belum dilaporkan: ${lacking.id}.`, `The verdict turns on facts the report lacks: ${lacking.en}.`));
  } else if (verdict === 'out_of_scope') {
    if (outOfScope.length > 0) for (const r of outOfScope) explanation.push(r.event.params.explanation);
    else {
      explanation.push(
        t(
          'Tidak ada butir dalam sumber yang dimuat yang mencakup tindakan ini; menurut butir penutup matriks SKB, bentuk di luar matriks dibahas dan diputus oleh Satgas.',
          'No item of the implemented sources covers this act; under the closing item of the SKB matrix, forms outside the matrix are discussed and decided by the Satgas.',
        ),
      );
    }
  }
}

/** The notes on the actor: several findings against one employee, and a PPPK's lack of CLTN where CLTN could matter. */
function actorNotes(incident: Incident, violations: readonly Violation[], possible: readonly LoadedRule[], law: Law, notes: Bilingual[], noteBases: LegalBasisId[]): void {
  const employment = incident.actor.employment;
  const several = severalFindingsNote(employment, violations.map((v) => v.sanction.level), law);
  if (several) {
    notes.push(several.note);
    noteBases.push(...several.bases);
  }
  if (employment.startsWith('pppk') && incident.actor.cltn === undefined && possible.some((r) => r.conditions.all.some((c) => c.fact === 'cltn'))) {
    notes.push(
      t(
        'PPPK tidak mengenal CLTN (PP 49/2018 Pasal 77), sehingga pengecualian CLTN pada kode etik 7 dan disiplin 3 tidak berlaku; SE MenPANRB 18/2023 meminta pasangan calon mengambil CLTN, yang tidak dapat dilakukan PPPK.',
        'PPPK have no CLTN (PP 49/2018 Pasal 77), so the CLTN exemptions of kode etik 7 and disiplin 3 cannot apply; SE MenPANRB 18/2023 asks a candidate\'s spouse to take CLTN, which a PPPK cannot do.',
      ),
    );
    noteBases.push('pp-49-2018/p77');
  }
}

/** What the packs of the actor's region say beside their rules: the notes on what is known only as a summary (added to `notes`), and the local procedures. */
function regionalProcedures(region: string | undefined, law: Law, notes: Bilingual[]): RegionalProcedure[] {
  const procedures: RegionalProcedure[] = [];
  if (region !== undefined) {
    for (const pack of law.packs) {
      if (pack.binds.includes(region)) notes.push(...pack.notes);
      for (const p of pack.procedures) if (p.region === region) procedures.push({ region, pack: pack.id, text: p.text, bases: p.bases as LegalBasisId[] });
    }
  }
  return procedures;
}

/**
 * The rules of these names that are in force on the date, in order; those that are not go to `notInForce`. A plain
 * loop (see outcomeOf), which also gives every list of rules one kind of array for V8.
 */
function rulesInForce(names: readonly string[], date: string | undefined, law: Law, notInForce?: LoadedRule[]): LoadedRule[] {
  const rules: LoadedRule[] = [];
  for (const name of names) {
    const rule = law.byName.get(name)!;
    if (activeOn(rule, date, law)) rules.push(rule);
    else notInForce?.push(rule);
  }
  return rules;
}

/**
 * Builds the classification result from an evaluation of the rules.
 * @internal
 */
export function buildResult({ incident, facts, derived, conflicts, evaluation, law }: ResultInput): ClassificationResult {
  const date = incident.date;
  const employment = incident.actor.employment;
  const notes: Bilingual[] = [];
  /** Bases that a note rests on, cited with the rest. */
  const noteBases: LegalBasisId[] = [];
  const explanation: Bilingual[] = [];

  const notInForce: LoadedRule[] = [];
  const definite = rulesInForce(evaluation.definite, date, law, notInForce);
  notInForceNotes(notInForce, date, law, notes);
  const possible = rulesInForce(evaluation.possible, date, law);
  const contested = new Set<FactName>(conflicts.map((c) => (c.fact === 'campaignPhase' ? 'phase' : 'stage')));
  const analysis = analyse(definite, possible, { law, facts, employment, date, contested });
  explainFacts(incident, derived, conflicts, law, explanation);

  // The rules that decide the result: those firing in every completion; where no violation fires in all of them but
  // every completion finds one of the same outcome, the first completion's violations stand for the sanction.
  const always = analysis.always;
  const representative = analysis.completions[0]?.fired ?? definite;
  const outcome = analysis.decided ? (analysis.completions[0]?.outcome ?? outcomeOf(definite, employment, date, law)) : undefined;
  const verdict: Verdict = outcome?.verdict ?? 'needs_information';
  const outOfScope = always.filter((r) => r.event.type === 'out_of_scope');

  const missingFacts = verdict === 'needs_information' ? missingFactsOf(analysis, law) : [];
  explainVerdict(verdict, missingFacts, outOfScope, explanation);

  const found = findingsOf(always, verdict, outOfScope.length > 0, employment, date, law, explanation, notes);
  const { violations, exemptions, electionCrimes, records, guidance } = found;
  // The sanction of the outcome: the heaviest listed violation, or where the violations differ between completions
  // (all of one outcome), the heaviest of the first completion.
  const heaviestListed = violations.length === 0 ? -1 : Math.max(...violations.map((v) => SANCTION_LEVELS.indexOf(v.sanction.level)));
  const sanctionFrom =
    verdict === 'violation' && (outcome?.level === null || outcome?.level === undefined || heaviestListed >= SANCTION_LEVELS.indexOf(outcome.level))
      ? violations
      : verdict === 'violation'
        ? representative.map((r) => toViolation(r, employment, date, law)).filter((v): v is Violation => v !== undefined)
        : [];
  violationNotes(violations, law, notes);

  const alternatives: Alternative[] = verdict !== 'needs_information' && analysis.completions.length > 1 ? alternativesOf(analysis, violations, facts, law) : [];

  const category = outcome?.category ?? null;
  const sanction = sanctionFrom.length === 0 ? null : [...sanctionFrom].sort((a, b) => heavier(b.sanction, a.sanction))[0]!.sanction;
  actorNotes(incident, violations, possible, law, notes, noteBases);

  const tracks = tracksOf(outcome, sanctionFrom, representative, date, facts, employment, law);
  notes.push(...handlingNotes(date, tracks));
  const procedures = regionalProcedures(facts.region as string | undefined, law, notes);

  // Primary first, in the order cited: the listed item (SKB/SE item), the sanction articles, then procedure and notes.
  const citations = citationsOf(law, citedOf(found, sanction, always, tracks, procedures, noteBases, date));
  // The result is filled in field by field, in the order its JSON shows them: a literal with the optional fields
  // spread in and the audit's getter cost some 2.4 µs a result against 1.2 µs so (issue 12).
  const result: { -readonly [K in keyof ResultFields]: ResultFields[K] } = { ok: true } as ResultFields;
  if (incident.reference !== undefined) result.reference = incident.reference;
  result.verdict = verdict;
  result.category = category;
  result.sanction = sanction;
  result.violations = violations;
  result.exemptions = exemptions;
  result.alternatives = alternatives;
  result.missingFacts = missingFacts;
  result.tracks = tracks;
  result.electionCrimes = electionCrimes;
  result.records = records;
  result.guidance = guidance;
  result.derived = derived;
  result.conflicts = conflicts;
  result.notes = notes;
  if (procedures.length > 0) result.procedures = procedures;
  result.explanation = joined(explanation, '\n');
  result.firedRules = (outOfScope.length > 0 ? always.filter((r) => r.event.type === 'out_of_scope' || r.event.type === 'election_crime') : always).map((r) => r.name);
  result.citations = citations;
  // The audit's hash is made when first read, and once: a caller that never shows it (the batch's compact and CSV
  // answers) does not pay for it; JSON.stringify and spreading read it in its place.
  let audit: Audit | undefined;
  Object.defineProperty(result, 'audit', { get: () => (audit ??= auditOf(incident)), enumerable: true, configurable: true });
  // The verdict-specific shapes hold by construction above (findings only under their verdicts, missing facts only
  // and always for needs_information, a sanction for every violation); test/result-shapes.test.ts checks them on every
  // point of the decision space.
  return result as unknown as ClassificationResult;
}
