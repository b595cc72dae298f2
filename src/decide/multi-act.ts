/**
 * A report with several acts by one actor: each act is judged as the incident it makes (the same pipeline as a
 * single act), and the findings combine into one overall verdict and one overall sanction.
 *
 * The overall verdict: `violation` if any act is a violation; otherwise `needs_information` if any act needs
 * information; otherwise `no_violation` if any act is judged and not a violation; otherwise (every act outside the
 * lists) `out_of_scope`.
 *
 * The overall sanction: for PNS, and CPNS through Pasal 43, PP 94/2021 Pasal 35: for several
 * violations only one penalty, the heaviest, is imposed, and no violation is punished twice; so the overall sanction
 * is the heaviest of the acts' sanctions, each act counted once. For PPPK and non-ASN staff the reference has no rule
 * on combining penalties: the heaviest level is shown as an indication, with a note that says so. Where an act is
 * still undecided beside a violation (`pending`), the overall sanction is the heaviest of the decided acts and may
 * rise once that act is answered.
 */
import type { Audit } from './audit.js';
import { auditOf } from './audit.js';
import type { DerivedFact } from '../law/calendar.js';
import type { FactConflict } from '../evaluate/derive.js';
import type { Incident, MultiActIncident } from '../incident/schema.js';
import type { Law } from '../law/law.js';
import type { LegalBasisId } from '../law/legal-bases.js';
import { severalFindingsNote, type SanctionResult } from '../law/sanctions.js';
import { valueWords } from '../present/result-words.js';
import { VALUE_LABELS } from '../present/labels.js';
import type { TrackResult } from '../law/tracks.js';
import { CATEGORIES, SANCTION_LEVELS, type ActKind, type Category, type Verdict } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import type { PresumedResult, PresumptionUsed } from './presume.js';
import { citation } from './result.js';
import type {
  Alternative,
  Citation,
  ClassificationResult,
  ElectionCrime,
  Exemption,
  GuidanceEntry,
  MissingFact,
  RecordEntry,
  Violation,
} from './result.js';

/**
 * Something found for one act of a report, with the index of that act in `acts`.
 * @example
 * ```ts
 * import type { OfAct, Violation } from 'netralitas-asn';
 * const second = (v: OfAct<Violation>) => v.act === 1;
 * ```
 */
export type OfAct<T> = T & {
  /** Index of the act in the report's `acts`. */
  readonly act: number;
};

/**
 * The finding for one act of a report: the act's index and kind, and its result exactly as the single-act incident it
 * makes would get it (see `incidentOfAct`).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }] });
 * if (r.ok && 'findings' in r) r.findings[0]?.result.verdict; // 'violation'
 * ```
 */
export interface ActFinding {
  /** Index of the act in the report's `acts`. */
  readonly act: number;
  /** The kind of act. */
  readonly kind: ActKind;
  /** The act judged alone. */
  readonly result: ClassificationResult | PresumedResult;
}

/**
 * A question for a report with several acts: the question of one act's result, the acts whose verdict turns on it,
 * and where in the report the answer goes (`reportField`): the act's own field (`acts.1.act.activeSupport`,
 * `acts.0.target.office`) where the fact is the act's own, otherwise the report's field (`actor.cltn`, `stage`).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'install_campaign_props' } }] });
 * if (r.ok && 'findings' in r) r.missingFacts.map((m) => m.reportField); // ['stage']
 * ```
 */
export type ActsQuestion<Q = MissingFact> = Q & {
  /** The acts (indices into `acts`) whose verdict turns on the fact. */
  readonly acts: readonly number[];
  /** Where the answer goes in the report (dotted path). */
  readonly reportField: string;
};

/** The fields of every result of a report with several acts, before its verdict narrows them. */
interface MultiActFields {
  /** Always `true`: the input was valid. */
  readonly ok: true;
  /** The report reference, if any. */
  readonly reference?: string;
  /** The overall verdict (see the module's rule). */
  readonly verdict: Verdict;
  /** The most serious category among the acts that are violations, or `null`. */
  readonly category: Category | null;
  /** The overall sanction: the heaviest of the violating acts' sanctions (PP 94/2021 Pasal 35 for PNS and CPNS), or `null`. */
  readonly sanction: SanctionResult | null;
  /** The act whose sanction is the overall one, or `null`. */
  readonly sanctionAct: number | null;
  /** Acts not yet decided (verdict `needs_information`) beside a violation: the overall sanction may rise once they are answered. */
  readonly pending: readonly number[];
  /** One finding per act, in the order of `acts`. */
  readonly findings: readonly ActFinding[];
  /** Every violation of every act. */
  readonly violations: readonly OfAct<Violation>[];
  /** Listed items that do not apply to an act. */
  readonly exemptions: readonly OfAct<Exemption>[];
  /** Items a decided act would also cite under some answers. */
  readonly alternatives: readonly OfAct<Alternative>[];
  /** The facts the undecided acts turn on, one question per place in the report, the acts' own order. */
  readonly missingFacts: readonly ActsQuestion[];
  /** The handling tracks: each track once, from the act with the heaviest sanction that has it. */
  readonly tracks: readonly OfAct<TrackResult>[];
  /** Election crimes of each act. */
  readonly electionCrimes: readonly OfAct<ElectionCrime>[];
  /** Kinds of suspected violation to record. */
  readonly records: readonly OfAct<RecordEntry>[];
  /** Guidance for the actor's position. */
  readonly guidance: readonly OfAct<GuidanceEntry>[];
  /** Facts derived from each act's date and the calendar. */
  readonly derived: readonly OfAct<DerivedFact>[];
  /** Reported facts the calendar contradicts, by act. */
  readonly conflicts: readonly OfAct<FactConflict>[];
  /** The note on combining penalties, then each act's notes once. */
  readonly notes: readonly Bilingual[];
  /** Act by act, then the overall verdict and sanction. */
  readonly explanation: Bilingual;
  /** Rules that fired for any act. */
  readonly firedRules: readonly string[];
  /** Every legal basis any finding or the combination cites. */
  readonly citations: Readonly<Partial<Record<LegalBasisId, Citation>>>;
  /** The audit of the report as a whole (its incident hash is of the whole report). */
  readonly audit: Audit;
}

/**
 * The result of a report with several acts by one actor: one finding per act, an overall verdict and an overall
 * sanction, and everything the acts found, each entry with the index of its act. Discriminated by `verdict` like
 * {@link ClassificationResult}: after `verdict === 'violation'` the sanction and category are there, after
 * `'needs_information'` the first missing fact is.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a lurah put up a bakal calon's banner and handed out the pair's t-shirts (issue 20)
 * const r = classifySync({
 *   actor: { employment: 'pns' },
 *   acts: [{ act: { kind: 'install_campaign_props' } }, { act: { kind: 'campaign_with_attributes', attributeKind: 'candidate' } }],
 *   target: { office: 'walikota' },
 *   stage: 'bakal_calon',
 * });
 * if (r.ok && 'findings' in r) r.findings.map((f) => f.result.verdict); // ['violation', 'violation']
 * ```
 */
export type MultiActResult = MultiActFields &
  (
    | { readonly verdict: 'violation'; readonly category: Category; readonly sanction: SanctionResult; readonly sanctionAct: number }
    | { readonly verdict: 'needs_information'; readonly category: null; readonly sanction: null; readonly sanctionAct: null; readonly missingFacts: readonly [ActsQuestion, ...ActsQuestion[]] }
    | { readonly verdict: 'no_violation' | 'out_of_scope'; readonly category: null; readonly sanction: null; readonly sanctionAct: null }
  );

/**
 * A report with several acts decided under presumptions: the presumptions some act's result rests on, each with its act.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }] }, { presume: { 'actor.cltn': false } });
 * if (r.ok && 'findings' in r && 'presumptions' in r) r.presumptions.length; // 0
 * ```
 */
export type PresumedMultiActResult = MultiActResult & { readonly presumptions: readonly OfAct<PresumptionUsed>[] };

/** The order in which verdicts decide the overall verdict: the first any act has. */
const OVERALL_ORDER: readonly Verdict[] = ['violation', 'needs_information', 'no_violation', 'out_of_scope'];

/** The overall verdict of several acts' verdicts (see the module's rule). @internal */
export const overallVerdict = (verdicts: readonly Verdict[]): Verdict => OVERALL_ORDER.find((v) => verdicts.includes(v)) ?? 'out_of_scope';

const levelIndex = (s: SanctionResult | null) => (s === null ? -1 : SANCTION_LEVELS.indexOf(s.level));

/** The fields of an incident that an act of a report may carry itself, by the first segment of the field's path. */
const OWN_FIELDS: Readonly<Record<string, (entry: MultiActIncident['acts'][number]) => boolean>> = {
  act: () => true,
  target: (e) => e.target !== undefined,
  stage: (e) => e.stage !== undefined || e.date !== undefined,
  campaignPhase: (e) => e.campaignPhase !== undefined || e.date !== undefined,
  date: (e) => e.date !== undefined,
};

/**
 * Where the answer to a question about act `index` goes in the report: the act's own field where the act carries that
 * part of the incident itself, otherwise the report's.
 * @internal
 */
export function reportFieldOf(field: string, report: Pick<MultiActIncident, 'acts'>, index: number): string {
  const entry = report.acts[index];
  const own = entry !== undefined && OWN_FIELDS[field.split('.')[0]!]?.(entry);
  return own ? `acts.${index}.${field}` : field;
}

/**
 * The questions of several acts, one per place in the report, in the acts' order (an act's questions in its own
 * order).
 * @internal
 */
export function actsQuestions<Q extends { readonly field: string }>(perAct: readonly (readonly Q[])[], report: Pick<MultiActIncident, 'acts'>): ActsQuestion<Q>[] {
  const byPlace = new Map<string, { question: Q; acts: number[] }>();
  perAct.forEach((questions, index) => {
    for (const question of questions) {
      const place = reportFieldOf(question.field, report, index);
      const seen = byPlace.get(place);
      if (seen) seen.acts.push(index);
      else byPlace.set(place, { question, acts: [index] });
    }
  });
  return [...byPlace].map(([reportField, { question, acts }]) => ({ ...question, acts, reportField }));
}

const tag = <T>(act: number, items: readonly T[]): OfAct<T>[] => items.map((x) => ({ ...x, act }));

/**
 * Combines the results of a report's acts, each judged alone, into the report's result.
 * @internal
 */
export function combineActs(report: MultiActIncident, results: readonly (ClassificationResult | PresumedResult)[], law: Law): MultiActResult | PresumedMultiActResult {
  const employment = report.actor.employment;
  const findings: ActFinding[] = results.map((result, act) => ({ act, kind: report.acts[act]!.act.kind, result }));
  const verdict = overallVerdict(results.map((r) => r.verdict));
  const violating = findings.filter((f) => f.result.verdict === 'violation');
  const pending = verdict === 'violation' ? findings.filter((f) => f.result.verdict === 'needs_information').map((f) => f.act) : [];

  // Heaviest first; among equals, the earlier act.
  const byWeight = [...violating].sort((a, b) => levelIndex(b.result.sanction) - levelIndex(a.result.sanction) || a.act - b.act);
  const heaviest = byWeight[0];
  const sanction = heaviest?.result.sanction ?? null;
  let category: Category | null = null;
  for (const f of violating) {
    const c = f.result.category;
    if (c !== null && (category === null || CATEGORIES.indexOf(c) > CATEGORIES.indexOf(category))) category = c;
  }

  const notes: Bilingual[] = [];
  const noteBases: LegalBasisId[] = [];
  const explanation: Bilingual[] = [];
  // Pasal 35 concerns several violations: one per act here (an act meeting several items is already one penalty).
  const several = severalFindingsNote(employment, violating.map((f) => f.result.sanction!.level), law, 'several_acts');
  if (several) {
    notes.push(several.note);
    noteBases.push(...several.bases);
  }
  if (pending.length > 0) {
    const which = pending.map((i) => String(i + 1)).join(', ');
    notes.push(
      t(
        `Perbuatan ${which} belum dapat diputus; sanksi keseluruhan adalah yang terberat dari perbuatan yang sudah diputus dan dapat menjadi lebih berat setelah fakta yang kurang dijawab.`,
        `Act ${which} cannot be decided yet; the overall sanction is the heaviest of the acts decided and may become heavier once the missing facts are answered.`,
      ),
    );
  }
  for (const f of findings) for (const n of f.result.notes) if (!notes.some((m) => m.en === n.en && m.id === n.id)) notes.push(n);

  for (const f of findings) {
    const act = valueWords('act', f.kind, law);
    const v = VALUE_LABELS.verdict[f.result.verdict];
    explanation.push(t(`Perbuatan ${f.act + 1} (${act.id}): ${v.id}.`, `Act ${f.act + 1} (${act.en}): ${v.en}.`));
    explanation.push(f.result.explanation);
  }
  const overall = VALUE_LABELS.verdict[verdict];
  explanation.push(t(`Putusan keseluruhan: ${overall.id}.`, `Overall verdict: ${overall.en}.`));
  if (heaviest && sanction) {
    explanation.push(
      t(
        `Sanksi keseluruhan: ${VALUE_LABELS.sanctionLevel[sanction.level].id}, dari perbuatan ${heaviest.act + 1}.`,
        `Overall sanction: ${VALUE_LABELS.sanctionLevel[sanction.level].en}, from act ${heaviest.act + 1}.`,
      ),
    );
  }

  // Each track once, from the heaviest act that has it; tracks of acts that are not violations (an election crime's) after.
  const tracks: OfAct<TrackResult>[] = [];
  const others = findings.filter((f) => f.result.verdict !== 'violation');
  for (const f of [...byWeight, ...others]) for (const tr of f.result.tracks) if (!tracks.some((x) => x.track === tr.track)) tracks.push({ ...tr, act: f.act });

  const citations: Partial<Record<LegalBasisId, Citation>> = {};
  for (const f of findings) Object.assign(citations, f.result.citations);
  for (const id of noteBases) citations[id] ??= citation(law, id);
  const withPresumptions = results.some((r) => 'presumptions' in r);

  return {
    ok: true,
    ...(report.reference !== undefined ? { reference: report.reference } : {}),
    verdict,
    category: verdict === 'violation' ? category : null,
    sanction: verdict === 'violation' ? sanction : null,
    sanctionAct: verdict === 'violation' && heaviest ? heaviest.act : null,
    pending,
    findings,
    violations: findings.flatMap((f) => tag(f.act, f.result.violations)),
    exemptions: findings.flatMap((f) => tag(f.act, f.result.exemptions)),
    alternatives: findings.flatMap((f) => tag(f.act, f.result.alternatives)),
    missingFacts: actsQuestions(
      findings.map((f) => f.result.missingFacts),
      report,
    ),
    tracks,
    electionCrimes: findings.flatMap((f) => tag(f.act, f.result.electionCrimes)),
    records: findings.flatMap((f) => tag(f.act, f.result.records)),
    guidance: findings.flatMap((f) => tag(f.act, f.result.guidance)),
    derived: findings.flatMap((f) => tag(f.act, f.result.derived)),
    conflicts: findings.flatMap((f) => tag(f.act, f.result.conflicts)),
    notes,
    explanation: { id: explanation.map((l) => l.id).join('\n'), en: explanation.map((l) => l.en).join('\n') },
    firedRules: [...new Set(findings.flatMap((f) => f.result.firedRules))],
    citations,
    ...(withPresumptions ? { presumptions: findings.flatMap((f) => ('presumptions' in f.result ? tag(f.act, f.result.presumptions) : [])) } : {}),
    audit: auditOf(report as unknown as Incident),
    // The verdict-specific shapes hold by construction: a sanction and category for every violation (each violating
    // act has them), at least one missing fact for needs_information (the act that needs it has one).
  } as MultiActResult | PresumedMultiActResult;
}
