/**
 * From the rules that certainly or possibly apply to a classification result: verdict, findings, sanction, tracks,
 * missing facts and explanation. Pure and synchronous, shared by every evaluator of the rules.
 */
import { auditOf, type Audit } from './audit.js';
import type { DerivedFact } from './calendar.js';
import type { FactConflict } from './derive.js';
import {
  CATEGORIES,
  LISTS,
  SANCTION_LEVELS,
  type Category,
  type Election,
  type ListId,
  type RecordKind,
  type Track,
  type Verdict,
} from './enums.js';
import type { Evaluation } from './engine.js';
import type { FactName, Facts } from './facts.js';
import { LEGAL_BASES, LEGAL_DOCUMENTS, type LegalBasis, type LegalBasisId } from './legal-bases.js';
import { loadRules, type LoadedRule } from './rule-files.js';
import { categoryUnder, resolveSanction, trackOf, type SanctionResult } from './sanctions.js';
import { FORM_ORDER, questionFor, type Question } from './questions.js';
import type { Incident } from './schema.js';
import { t, type Bilingual } from './text.js';
import { buildTrack, handlingNoteBases, handlingNotes, type TrackResult } from './tracks.js';
import { basesInForce, inForce, windowOf } from './validity.js';

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
  /** The list the item belongs to (`kode_etik` and `disiplin` are the two SKB 2022 lists). */
  readonly list: ListId;
  /** The item of that list (a number for the SKB lists, e.g. `5.n.6` for PP 94/2021, `2.c` for an SE). */
  readonly item: number | string;
  /** Sub-item where the item has them (e.g. `a`). */
  readonly sub?: string;
  /** Category of the violation. */
  readonly category: Category;
  /** Legal bases of the finding in force on the incident date (ids into `LEGAL_BASES`). */
  readonly bases: readonly LegalBasisId[];
  /** The sanction the law gives for it. */
  readonly sanction: SanctionResult;
  /** Where sources contradict each other on this finding. */
  readonly conflicts: readonly { readonly bases: readonly LegalBasisId[]; readonly note: Bilingual }[];
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
  readonly list: ListId;
  /** The item that does not apply. */
  readonly item: number | string;
  /** Its legal bases. */
  readonly bases: readonly LegalBasisId[];
  /** Why it does not apply. */
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
export interface MissingFact extends Question {
  /** The rules whose outcome depends on it. */
  readonly rules: readonly string[];
}

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

/**
 * The result of a classification.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const result = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * if (result.ok) result.verdict; // 'violation'
 * ```
 */
export interface ClassificationResult {
  /** Always `true`: the input was valid. */
  readonly ok: true;
  /** The report reference given in the incident, if any. */
  readonly reference?: string;
  /** The verdict. */
  readonly verdict: Verdict;
  /** The most serious category among the violations, or `null`. */
  readonly category: Category | null;
  /** The heaviest sanction among the violations, or `null` (PP 94/2021 Pasal 35: only the heaviest is imposed). */
  readonly sanction: SanctionResult | null;
  /** Every violation found, national lists first. Empty unless the verdict is `violation`. */
  readonly violations: readonly Violation[];
  /** Listed items that do not apply because their deciding element is absent. */
  readonly exemptions: readonly Exemption[];
  /** The facts the verdict turns on that the report lacks (verdict `needs_information`). */
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
  /** Other caveats. */
  readonly notes: readonly Bilingual[];
  /** What decided the verdict, one sentence per line, in both languages. */
  readonly explanation: Bilingual;
  /** Names of the rules that fired (in force on the incident date), in rule-file order. */
  readonly firedRules: readonly string[];
  /** Every legal basis the result cites, by id. */
  readonly citations: Readonly<Partial<Record<LegalBasisId, Citation>>>;
  /** Library version, content hash of the rules and registry, hash of the normalised incident. */
  readonly audit: Audit;
}

const isNational = (rule: LoadedRule): boolean => {
  const first = rule.event.params.bases[0];
  return first === undefined || LEGAL_DOCUMENTS[LEGAL_BASES[first].document].level !== 'regional';
};

/** Whether the instrument a rule implements was in force on the date (its first basis decides). */
const activeOn = (rule: LoadedRule, date: string | undefined): boolean => {
  const first = rule.event.params.bases[0];
  return first === undefined || inForce(windowOf(first), date);
};

function citation(id: LegalBasisId): Citation {
  const basis: LegalBasis = LEGAL_BASES[id];
  const { from, until } = windowOf(id);
  const c: { -readonly [K in keyof Citation]: Citation[K] } = {
    instrument: LEGAL_DOCUMENTS[basis.document].short,
    article: basis.article,
    quote: basis.quote,
    source: basis.source,
    confidence: basis.confidence,
  };
  if (from) c.inForceFrom = from;
  if (until) c.inForceUntil = until;
  return c;
}

const heavier = (a: SanctionResult, b: SanctionResult) => SANCTION_LEVELS.indexOf(a.level) - SANCTION_LEVELS.indexOf(b.level);

const join = (lines: Bilingual[]): Bilingual => ({ id: lines.map((l) => l.id).join('\n'), en: lines.map((l) => l.en).join('\n') });

/** The inputs of {@link buildResult}. @internal */
export interface ResultInput {
  readonly incident: Incident;
  readonly facts: Facts;
  readonly derived: DerivedFact[];
  readonly conflicts: FactConflict[];
  readonly evaluation: Evaluation;
  /** The rules the evaluation ran, by name; the bundled rule files when absent (mutation testing injects others). */
  readonly rules?: ReadonlyMap<string, LoadedRule>;
}

/**
 * Builds the classification result from an evaluation of the rules.
 * @internal
 */
export function buildResult({ incident, facts, derived, conflicts, evaluation, rules }: ResultInput): ClassificationResult {
  const byName = rules ?? loadRules().byName;
  const date = incident.date;
  const employment = incident.actor.employment;
  const notes: Bilingual[] = [];
  const explanation: Bilingual[] = [];

  const rulesOf = (names: readonly string[]) => names.map((n) => byName.get(n)!);
  const inactive = rulesOf(evaluation.definite).filter((r) => !activeOn(r, date));
  for (const rule of inactive) {
    const doc = LEGAL_DOCUMENTS[LEGAL_BASES[rule.event.params.bases[0]!].document];
    notes.push(
      t(
        `${rule.name}: ${doc.short} belum/tidak berlaku pada ${date}.`,
        `${rule.name}: ${doc.short} was not in force on ${date}.`,
      ),
    );
  }
  const definite = rulesOf(evaluation.definite).filter((r) => activeOn(r, date));
  const definiteNames = new Set(definite.map((r) => r.name));
  const possible = rulesOf(evaluation.possible).filter((r) => activeOn(r, date) && !definiteNames.has(r.name));

  // A possible rule leaves the verdict open if it could add a violation or take the act out of scope, or, while no
  // rule has decided anything yet, could exempt it. A regional circular is asked about only where no national rule
  // decides or could decide the act.
  const finding = (r: LoadedRule) => r.event.type === 'violation' || r.event.type === 'no_violation';
  const decided = definite.some(finding);
  const open = possible.filter(
    (r) => r.event.type === 'violation' || r.event.type === 'out_of_scope' || (r.event.type === 'no_violation' && !decided),
  );
  const nationalInPlay = [...definite.filter(finding), ...open.filter(finding)].some(isNational);
  const pending = open.filter((r) => isNational(r) || !nationalInPlay);
  const outOfScope = definite.filter((r) => r.event.type === 'out_of_scope');

  for (const d of derived) {
    explanation.push(
      t(
        `${d.fact === 'stage' ? 'Tahap' : 'Fase kampanye'} diturunkan dari tanggal ${date}: ${d.value} (kalender ${d.from.election}, ${d.from.entry} ${d.from.date}).`,
        `${d.fact === 'stage' ? 'Stage' : 'Campaign phase'} derived from the date ${date}: ${d.value} (calendar ${d.from.election}, ${d.from.entry} ${d.from.date}).`,
      ),
    );
  }
  for (const c of conflicts) {
    explanation.push(
      t(
        `Laporan menyebut ${c.fact} = ${c.reported}, tetapi kalender ${c.from.election} (${c.from.entry} ${c.from.date}) memberi ${c.derived} untuk tanggal ${date}; fakta ini dianggap belum diketahui.`,
        `The report gives ${c.fact} = ${c.reported}, but the ${c.from.election} calendar (${c.from.entry} ${c.from.date}) gives ${c.derived} for ${date}; the fact is treated as unknown.`,
      ),
    );
  }

  let verdict: Verdict;
  let missingFacts: MissingFact[] = [];
  if (outOfScope.length > 0) {
    verdict = 'out_of_scope';
    for (const r of outOfScope) explanation.push(r.event.params.explanation);
  } else if (pending.length > 0) {
    verdict = 'needs_information';
    const byFact = new Map<FactName, string[]>();
    for (const rule of pending) {
      for (const c of rule.conditions.all) {
        if (facts[c.fact] !== undefined) continue;
        const list = byFact.get(c.fact) ?? [];
        if (!list.includes(rule.name)) list.push(rule.name);
        byFact.set(c.fact, list);
      }
    }
    missingFacts = FORM_ORDER.filter((f) => byFact.has(f)).map((f) => ({ ...questionFor(f), rules: byFact.get(f)! }));
    explanation.push(
      t(
        `Putusan bergantung pada fakta yang belum dilaporkan: ${missingFacts.map((m) => m.field).join(', ')}.`,
        `The verdict turns on facts the report lacks: ${missingFacts.map((m) => m.field).join(', ')}.`,
      ),
    );
  } else if (definite.some((r) => r.event.type === 'violation')) {
    verdict = 'violation';
  } else if (definite.some((r) => r.event.type === 'no_violation')) {
    verdict = 'no_violation';
  } else {
    verdict = 'out_of_scope';
    explanation.push(
      t(
        'Tidak ada butir dalam sumber yang dimuat yang mencakup tindakan ini; menurut butir penutup matriks SKB, bentuk di luar matriks dibahas dan diputus oleh Satgas.',
        'No item of the implemented sources covers this act; under the closing item of the SKB matrix, forms outside the matrix are discussed and decided by the Satgas.',
      ),
    );
  }

  const violations: Violation[] = [];
  const exemptions: Exemption[] = [];
  const electionCrimes: ElectionCrime[] = [];
  const records: RecordEntry[] = [];
  const guidance: GuidanceEntry[] = [];
  const inScope = verdict !== 'out_of_scope' || outOfScope.length === 0;
  for (const rule of definite) {
    const e = rule.event;
    if (e.type === 'violation' && verdict === 'violation') {
      const sanction = resolveSanction(
        e.params.sanction,
        employment,
        date,
        (e.params.disputed ?? []).map((x) => ({ level: x.level, bases: x.bases })),
        e.params.levelBases ?? [],
      );
      violations.push({
        rule: rule.name,
        list: e.params.list,
        item: e.params.item,
        ...(e.params.sub ? { sub: e.params.sub } : {}),
        category: categoryUnder(e.params.category, employment),
        bases: basesInForce(e.params.bases, date),
        sanction,
        conflicts: (e.params.conflicts ?? []).map((c) => ({ bases: c.bases, note: c.note })),
        explanation: e.params.explanation,
      });
      explanation.push(e.params.explanation);
    } else if (e.type === 'no_violation' && verdict !== 'needs_information' && inScope) {
      exemptions.push({ rule: rule.name, list: e.params.list, item: e.params.item, bases: basesInForce(e.params.bases, date), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    } else if (e.type === 'election_crime' && inScope) {
      electionCrimes.push({ rule: rule.name, election: e.params.election, liable: e.params.liable, bases: basesInForce(e.params.bases, date), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    } else if (e.type === 'record' && inScope) {
      records.push({ rule: rule.name, kind: e.params.recordKind, bases: basesInForce(e.params.bases, date), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    } else if (e.type === 'guidance' && inScope) {
      guidance.push({ rule: rule.name, bases: basesInForce(e.params.bases, date), explanation: e.params.explanation });
      explanation.push(e.params.explanation);
    }
  }
  violations.sort((a, b) => LISTS.indexOf(a.list) - LISTS.indexOf(b.list));
  for (const v of violations) {
    for (const d of v.sanction.disputed) {
      notes.push(
        t(
          `${v.rule}: sumber berbeda tentang tingkat hukuman (${v.sanction.level} menurut ${v.sanction.levelSources.join(', ')}; ${d.level} menurut ${d.bases.join(', ')}).`,
          `${v.rule}: sources disagree on the penalty level (${v.sanction.level} per ${v.sanction.levelSources.join(', ')}; ${d.level} per ${d.bases.join(', ')}).`,
        ),
      );
    }
    for (const c of v.conflicts) notes.push(c.note);
  }

  const category =
    violations.length === 0 ? null : CATEGORIES[Math.max(...violations.map((v) => CATEGORIES.indexOf(v.category)))]!;
  const sanction = violations.length === 0 ? null : [...violations].sort((a, b) => heavier(b.sanction, a.sanction))[0]!.sanction;
  if (violations.filter((v) => v.sanction.level !== 'undetermined').length > 1) {
    notes.push(
      t(
        'Beberapa butir terpenuhi oleh satu perbuatan; hanya satu jenis hukuman yang terberat yang dijatuhkan (PP 94/2021 Pasal 35).',
        'One act meets several items; only the single heaviest penalty is imposed (PP 94/2021 Pasal 35).',
      ),
    );
  }

  const tracks: TrackResult[] = [];
  const seen = new Set<Track>();
  for (const v of [...violations].sort((a, b) => CATEGORIES.indexOf(b.category) - CATEGORIES.indexOf(a.category))) {
    const track = trackOf(v.category);
    if (seen.has(track)) continue;
    seen.add(track);
    const heaviest = violations.filter((x) => x.category === v.category).sort((a, b) => heavier(b.sanction, a.sanction))[0]!;
    tracks.push(buildTrack(track, { date, election: facts.election as Election | undefined, sanctionBases: heaviest.sanction.bases, employment }));
  }
  if (electionCrimes.length > 0 && verdict !== 'needs_information') {
    tracks.push(buildTrack('gakkumdu', { date, election: electionCrimes[0]!.election, sanctionBases: [], employment }));
  }
  notes.push(...handlingNotes(date, tracks));

  const cited = new Set<LegalBasisId>();
  const cite = (ids: readonly LegalBasisId[]) => ids.forEach((id) => cited.add(id));
  for (const v of violations) {
    cite(v.bases);
    cite(v.sanction.bases);
    v.sanction.options.forEach((o) => cited.add(o.basis));
    cite(v.sanction.levelSources);
    v.sanction.disputed.forEach((d) => cite(d.bases));
    v.conflicts.forEach((c) => cite(c.bases));
  }
  for (const x of [...exemptions, ...electionCrimes, ...records, ...guidance]) cite(x.bases);
  for (const tr of tracks) tr.steps.forEach((s) => cite(s.bases));
  cite(handlingNoteBases(date, tracks));
  const citations: Partial<Record<LegalBasisId, Citation>> = {};
  for (const id of [...cited].sort()) citations[id] = citation(id);

  return {
    ok: true,
    ...(incident.reference !== undefined ? { reference: incident.reference } : {}),
    verdict,
    category,
    sanction,
    violations,
    exemptions,
    missingFacts,
    tracks,
    electionCrimes,
    records,
    guidance,
    derived,
    conflicts,
    notes,
    explanation: join(explanation),
    firedRules: (outOfScope.length > 0 ? outOfScope : definite).map((r) => r.name),
    citations,
    audit: auditOf(incident),
  };
}
