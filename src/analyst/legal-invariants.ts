/**
 * The law's own promises, checked on every point of the decision space: a spouse is never judged more lightly, a
 * regional circular never lifts a national finding, CLTN lifts only what names it, only Pegawai ASN get the ASN
 * categories and track, PP 94/2021 and PP 42/2004 are cited for PNS and CPNS only, every finding rests on law in force on the day, the
 * sanction is the heaviest finding's,
 * aggravating facts never lighten, every act kind reaches a listed item, and the same conduct gets the same verdict
 * whichever act kind describes it. Each invariant names the reference section it is read from. Analyst tooling: the
 * suite runs them over the bundled rules, the mutation analysis over each mutant.
 */
import { ACT_KINDS, CATEGORIES, REGIONS, SANCTION_LEVELS, type ActKind, type Employment } from '../vocabulary/enums.js';
import { defaultLaw } from '../law/law.js';
import { LEGAL_BASES } from '../law/legal-bases.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { ClassificationResult } from '../decide/result.js';

/** A classifier the invariants can be run with (the bundled one, or one with mutated rules). @internal */
export type Classifier = (input: unknown) => ClassificationResult | InvalidIncident;

/** The parts of a result the invariants read: its verdict and findings with their bases, sanctions and tracks. */
type JudgedPart = 'ok' | 'verdict' | 'category' | 'sanction' | 'violations' | 'tracks' | 'citations' | 'notes' | 'electionCrimes';
/** What the invariants read of one answer: those parts of a result, per verdict, or only that the input was rejected. @internal */
export type Judgement = (ClassificationResult extends infer R ? (R extends unknown ? Pick<R, JudgedPart & keyof R> : never) : never) | { readonly ok: false };
/** An answer that is a result. */
type Decided = Exclude<Judgement, { readonly ok: false }>;
/** A classifier as the invariants read it. @internal */
export type Judge = (input: unknown) => Judgement;

/**
 * A classifier that answers each distinct input once, as the invariants read it: the invariants build many incidents
 * twice. It keeps only the parts of each result the invariants read (the prose, questions and audit of a result are
 * its own; its findings, sanctions, tracks and citations are largely shared with other results): over the decision
 * space it holds some 650,000 answers, which as whole results took the suite's process to 2.8 GB.
 * @internal
 */
export function memoised(classify: Classifier): Judge {
  const memo = new Map<string, Judgement>();
  return (input) => {
    const key = JSON.stringify(input);
    let r = memo.get(key);
    if (!r) memo.set(key, (r = judgement(classify(input))));
    return r;
  };
}

const REJECTED: Judgement = Object.freeze({ ok: false as const });

/** The parts of an answer the invariants read. */
function judgement(r: ClassificationResult | InvalidIncident): Judgement {
  if (!r.ok) return REJECTED;
  const { ok, verdict, category, sanction, violations, tracks, citations, notes, electionCrimes } = r;
  return { ok, verdict, category, sanction, violations, tracks, citations, notes, electionCrimes } as Judgement;
}

/** A broken promise: the invariant, and one smallest incident with the two results it compares. @internal */
export interface InvariantFailure {
  readonly invariant: string;
  readonly incident: unknown;
  readonly other?: unknown;
  readonly message: string;
}

/** An invariant: id, the promise in plain words, the section it is read from, and its check. @internal */
export interface Invariant {
  readonly id: string;
  readonly promise: string;
  readonly section: string;
  readonly check: (classify: Judge, incidents: readonly Incidentish[]) => InvariantFailure | undefined;
}

/** An incident as the decision space gives it (unvalidated). @internal */
export type Incidentish = Record<string, unknown>;

const decided = (r: Judgement): r is Decided => r.ok && r.verdict !== 'needs_information';
const items = (r: Decided) => new Set(r.violations.map((v) => `${v.list} ${String(v.item)}`));

/** Severity as a comparable tuple: a violation, its sanction level, its category. */
const severity = (r: Decided): number[] => [
  r.verdict === 'violation' ? 1 : 0,
  r.sanction ? SANCTION_LEVELS.indexOf(r.sanction.level) : -1,
  r.category ? CATEGORIES.indexOf(r.category) : -1,
];
const lighter = (a: Decided, b: Decided): boolean => {
  const x = severity(a);
  const y = severity(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
};
const summary = (r: Judgement) =>
  r.ok ? `${r.verdict} [${[...items(r)].join(', ')}] ${r.category ?? '-'} ${r.sanction?.level ?? '-'} tracks ${r.tracks.map((t) => t.track).join(',') || '-'}` : 'invalid';

const size = (i: unknown): number => JSON.stringify(i).length;
const smallest = (fs: InvariantFailure[]): InvariantFailure | undefined => fs.sort((a, b) => size(a.incident) - size(b.incident))[0];

function withFact(incident: Incidentish, path: string, value: unknown): Incidentish {
  const copy = structuredClone(incident);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return copy;
}
const read = (incident: Incidentish, path: string): unknown =>
  path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), incident);

/**
 * For every incident whose fact is `from`, the same incident with the fact `to` must not be judged more lightly and
 * must keep every item (unless `lifted` allows the item to go).
 */
function neverLighter(id: string, path: string, from: unknown, to: unknown, keepItems = true): Invariant['check'] {
  return (classify, incidents) => {
    const failures: InvariantFailure[] = [];
    const seen = new Set<string>();
    for (const base of incidents) {
      // Both variants are built from every point, so that no value class hides a comparison.
      const incident = withFact(base, path, from);
      const key = JSON.stringify(incident);
      if (seen.has(key)) continue;
      seen.add(key);
      const other = withFact(incident, path, to);
      const a = classify(incident);
      const b = classify(other);
      if (!decided(a) || !decided(b)) continue;
      const lost = keepItems ? [...items(a)].filter((i) => !items(b).has(i)) : [];
      if (lighter(b, a) || lost.length > 0) {
        failures.push({
          invariant: id,
          incident,
          other,
          message: `${path}=${String(from)}: ${summary(a)}\n${path}=${String(to)}: ${summary(b)}${lost.length ? `\nlost: ${lost.join(', ')}` : ''}`,
        });
      }
    }
    return smallest(failures);
  };
}

/** Whether the text of a finding's item, as its legal bases quote it, names CLTN. */
const namesCltn = (r: Decided, item: string): boolean =>
  r.violations.some((v) => `${v.list} ${String(v.item)}` === item && v.bases.some((b) => CLTN_WORDS.test(LEGAL_BASES[b]?.quote ?? '')));
const CLTN_WORDS = /\bCLTN\b|cuti di luar tanggungan negara/i;

const ASN_CATEGORIES = new Set(['kode_etik', 'disiplin', 'pemberhentian_tidak_dengan_hormat']);
const ASN_TRACKS = new Set(['kode_etik', 'disiplin', 'pemberhentian']);

/** Days on which the law this library encodes changes. @internal */
/**
 * The promise that a region's circular never lifts a national finding, over the given regions: each incident read in
 * the region is never judged more lightly than in `other` (no circular). A classifier with packs checks its own.
 * @internal
 */
export function regionNeverLifts(regions: readonly string[]): Invariant['check'] {
  return (classify, incidents) => {
    for (const region of regions) {
      const f = neverLighter('region-never-lifts', 'actor.region', 'other', region)(classify, incidents);
      if (f) return f;
    }
    return undefined;
  };
}

export const BOUNDARY_DAYS = [
  '2022-05-01',
  '2022-09-22',
  '2023-01-30',
  '2023-05-22',
  '2023-10-30',
  '2023-10-31',
  '2024-08-23',
  '2024-08-24',
  '2024-11-13',
  '2024-11-14',
] as const;

/**
 * Act kinds whose facts describe the same conduct as another kind (the narrower first): neither may be judged more
 * lightly for the same other facts. Read from SKB 2022 disiplin 8 ("pertemuan, ajakan, himbauan, seruan ... kepada
 * ASN dalam lingkungan unit kerja, anggota dan masyarakat"; disiplin 12: "keputusan/tindakan yang dapat
 * menguntungkan"), §2.1 (Pasal 5 huruf n angka 3, 5, 6).
 * @internal
 */
export const SAME_CONDUCT: readonly { readonly narrow: ActKind; readonly broad: ActKind; readonly facts: Record<string, unknown>; readonly section: string }[] = [
  { narrow: 'mobilise_voters', broad: 'partisan_activity', facts: { activityForm: 'ajakan' }, section: 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 8; PP 94/2021 Pasal 5 huruf n angka 6' },
  { narrow: 'mobilise_other_asn', broad: 'partisan_activity', facts: { activityForm: 'ajakan' }, section: 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 8 (kepada ASN dalam lingkungan unit kerja); PP 94/2021 Pasal 5 huruf n angka 3' },
  { narrow: 'use_regional_budget', broad: 'partisan_decision', facts: {}, section: 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 12; PP 94/2021 Pasal 5 huruf n angka 5' },
];

/**
 * Act kinds that speaking at a campaign event includes: a speaker takes part in the event (SKB kode etik 6, PP 94/2021
 * Pasal 5 huruf n angka 1) and attends it acting actively (kode etik 3, disiplin 4), so speaking is never judged more
 * lightly than either, whatever the attendance's other facts.
 * @internal
 */
export const SPEAKING_INCLUDES: readonly ActKind[] = ['take_part_in_campaign', 'attend_declaration_or_campaign'];

/** The employments PP 94/2021 and PP 42/2004 do not bind (update 2026-12 §2.3; SE MenPANRB 01/2023). @internal */
const NOT_PP94: readonly Employment[] = ['pppk', 'pppk_paruh_waktu', 'non_asn'];

/** The invariants. @internal */
export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'spouse-never-lighter',
    promise: "A candidate's spouse is never judged more lightly than anyone else for the same act, and keeps every item anyone else gets: kode etik 7 adds an offence and exempts from nothing.",
    section: 'SKB 2022 Lampiran, Pelanggaran Kode Etik angka 7; SE MenPANRB 18/2023',
    check: neverLighter('spouse-never-lighter', 'target.relation', 'none', 'spouse'),
  },
  {
    id: 'region-never-lifts',
    promise: 'A regional circular never lifts a national finding for the same facts: it repeats and extends.',
    section: 'the regional circulars of every region of the built-in law (packs/regions/)',
    check: (classify, incidents) => regionNeverLifts(REGIONS.filter((r) => r !== 'other'))(classify, incidents),
  },
  {
    id: 'cltn-lifts-only-what-names-it',
    promise: 'CLTN lifts only the items whose text names it (kode etik 7, disiplin 3, a circular item that repeats them), and adds nothing.',
    section: 'SKB 2022 Lampiran, Kode Etik angka 7 and Disiplin angka 3 (CLTN); SE Pj Bupati Kuningan 800.1.6/1763/BKPSDM/2024 ("dengan tidak dalam status Cuti di Luar Tanggungan Negara (CLTN)")',
    check: (classify, incidents) => {
      const failures: InvariantFailure[] = [];
      for (const base of incidents) {
        const incident = withFact(base, 'actor.cltn', false);
        const other = withFact(incident, 'actor.cltn', true);
        const without = classify(incident);
        const on = classify(other);
        if (!decided(without) || !decided(on)) continue;
        const added = [...items(on)].filter((i) => !items(without).has(i));
        const lifted = [...items(without)].filter((i) => !items(on).has(i) && !namesCltn(without, i));
        const heavier = lighter(without, on);
        if (added.length > 0 || lifted.length > 0 || heavier) {
          failures.push({
            invariant: 'cltn-lifts-only-what-names-it',
            incident,
            other,
            message: `not on CLTN: ${summary(without)}\non CLTN: ${summary(on)}${lifted.length ? `\nlifted without naming CLTN: ${lifted.join(', ')}` : ''}${added.length ? `\nadded: ${added.join(', ')}` : ''}`,
          });
        }
      }
      return smallest(failures);
    },
  },
  {
    id: 'asn-categories-for-asn-only',
    promise: 'Only Pegawai ASN (PNS, CPNS, PPPK, PPPK paruh waktu) get the kode etik, disiplin and dismissal categories and the ASN handling track.',
    section: 'SKB 2022 (scope: Pegawai ASN); UU 20/2023 Pasal 52 ayat (3) huruf j; SE MenPANRB 01/2023',
    check: (classify, incidents) => {
      const failures: InvariantFailure[] = [];
      for (const incident of incidents) {
        const employment = read(incident, 'actor.employment');
        if (defaultLaw().sanctionData.employments[employment as Employment]?.asn) continue;
        const r = classify(incident);
        if (!r.ok) continue;
        const bad = (r.category !== null && ASN_CATEGORIES.has(r.category)) || r.tracks.some((t) => ASN_TRACKS.has(t.track));
        if (bad) failures.push({ invariant: 'asn-categories-for-asn-only', incident, message: `${String(employment)}: ${summary(r)}` });
      }
      return smallest(failures);
    },
  },
  {
    id: 'pns-regulations-for-pns-only',
    promise: 'PP 94/2021 (and PP 42/2004, the Kode Etik PNS) bind PNS (and CPNS) only: a PPPK or non-ASN result cites none of their articles, and no note applies PP 94 Pasal 35 (only the heaviest penalty) to them.',
    section: 'PP 94/2021 Pasal 1, 35, 43 (update 2026-12 §2.3: PP 94 does not apply to PPPK); PP 42/2004 (Kode Etik PNS); SE MenPANRB 01/2023',
    check: (classify, incidents) => {
      const failures: InvariantFailure[] = [];
      const seen = new Set<string>();
      // Every point read for each employment of these regimes: a point's employment may stand for a class of them.
      for (const base of incidents) {
        for (const employment of NOT_PP94) {
          const incident = withFact(base, 'actor.employment', employment);
          const key = JSON.stringify(incident);
          if (seen.has(key)) continue;
          seen.add(key);
          const regime = defaultLaw().sanctionData.employments[employment].regime;
          const r = classify(incident);
          if (!r.ok) continue;
          const cited = Object.keys(r.citations).filter((id) => id.startsWith('pp-94-2021/') || id.startsWith('pp-42-2004/'));
          const notes = [...r.notes, ...r.violations.flatMap((v) => v.sanction.notes)].filter((n) => /PP 94\/2021 Pasal 35/.test(n.en));
          if (cited.length > 0 || notes.length > 0) {
            failures.push({ invariant: 'pns-regulations-for-pns-only', incident, message: `${regime}: cites ${cited.join(', ') || 'no PNS regulation'}${notes.length ? `; note: ${notes[0]!.en}` : ''}` });
          }
        }
      }
      return smallest(failures);
    },
  },
  {
    id: 'law-in-force',
    promise: 'Every finding rests on law in force on the day of the act: each basis it cites is in force then, and it cites one.',
    section: 'UU 20/2023 Pasal 70 ayat (3); Perpres 91/2024 and 92/2024',
    check: (classify, incidents) => {
      const failures: InvariantFailure[] = [];
      for (const base of incidents) {
        const first = classify(base);
        if (!first.ok || (first.violations.length === 0 && first.electionCrimes.length === 0)) continue;
        for (const date of BOUNDARY_DAYS) {
          const incident = { ...base, date };
          const r = classify(incident);
          if (!r.ok) continue;
          const inForce = (id: string) => {
            const c = (r.citations as Record<string, { inForceFrom?: string; inForceUntil?: string }>)[id];
            return c !== undefined && (c.inForceFrom === undefined || c.inForceFrom <= date) && (c.inForceUntil === undefined || date <= c.inForceUntil);
          };
          for (const v of r.violations) {
            const cited = [...v.bases, ...v.sanction.bases];
            const stale = cited.filter((id) => !inForce(id));
            if (cited.length === 0 || stale.length > 0) {
              failures.push({ invariant: 'law-in-force', incident, message: `${v.rule} on ${date}: ${cited.length === 0 ? 'no basis in force' : `not in force: ${stale.join(', ')}`}` });
            }
          }
          for (const c of r.electionCrimes) {
            const stale = c.bases.filter((id) => !inForce(id));
            if (c.bases.length === 0 || stale.length > 0) failures.push({ invariant: 'law-in-force', incident, message: `${c.rule} on ${date}: not in force: ${stale.join(', ')}` });
          }
        }
      }
      return smallest(failures);
    },
  },
  {
    id: 'heaviest-sanction',
    promise: 'With several findings, the sanction is the heaviest of them.',
    section: 'PP 94/2021 Pasal 35',
    check: (classify, incidents) => {
      const failures: InvariantFailure[] = [];
      for (const incident of incidents) {
        const r = classify(incident);
        if (!r.ok || r.violations.length === 0) continue;
        const max = Math.max(...r.violations.map((v) => SANCTION_LEVELS.indexOf(v.sanction.level)));
        if (!r.sanction || SANCTION_LEVELS.indexOf(r.sanction.level) !== max) {
          failures.push({ invariant: 'heaviest-sanction', incident, message: `sanction ${r.sanction?.level ?? 'none'} but the heaviest finding is ${SANCTION_LEVELS[max]}: ${summary(r)}` });
        }
      }
      return smallest(failures);
    },
  },
  {
    id: 'aggravation-never-lightens',
    promise: 'Facts that aggravate never lighten: active support, a public medium, a purpose of support, the use of facilities or budget.',
    section: 'SKB 2022 Lampiran, Kode Etik angka 3 and 5, Disiplin angka 4 and 7; PP 94/2021 Pasal 5 huruf n',
    check: (classify, incidents) => {
      for (const path of ['act.activeSupport', 'act.publiclyAccessible', 'act.supportPurpose']) {
        // Severity only: with the aggravating fact a heavier item may take the place of a lighter one (KE-5 of a party
        // photo becomes D-7 once posted to support the party).
        const f = neverLighter('aggravation-never-lightens', path, false, true, false)(classify, incidents);
        if (f) return f;
      }
      // Using the regional budget for a candidate is a partisan decision or action with budget.
      return sameConduct('aggravation-never-lightens', 'partisan_decision', 'use_regional_budget', {}, classify, incidents, 'one-way');
    },
  },
  {
    id: 'acts-reach-listed-items',
    promise: 'No act kind is decided by a record or guidance alone: every act kind reaches an SKB, PP 94 or circular item somewhere in the table.',
    section: 'SKB 2022 Lampiran (Kode Etik, Disiplin); PP 94/2021 Pasal 5 huruf n; Surat Kemendagri 100.2.2.6/5812/OTDA angka 3 huruf e',
    check: (classify, incidents) => {
      const reached = new Map<string, Set<string>>();
      for (const incident of incidents) {
        const r = classify(incident);
        if (!r.ok) continue;
        const act = String(read(incident, 'act.kind'));
        const set = reached.get(act) ?? new Set<string>();
        for (const i of items(r)) set.add(i);
        reached.set(act, set);
      }
      const none = ACT_KINDS.filter((a) => reached.has(a) && reached.get(a)!.size === 0);
      return none.length === 0 ? undefined : { invariant: 'acts-reach-listed-items', incident: { act: { kind: none[0] } }, message: `reaches no listed item: ${none.join(', ')}` };
    },
  },
  {
    id: 'same-conduct-same-verdict',
    promise: 'The same conduct gets the same verdict whichever act kind a form used to describe it: where two kinds carry the same facts, neither is judged more lightly; speaking at a campaign event is never lighter than taking part in it or attending it.',
    section: 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 8 and 12, Kode Etik angka 3 and 6, Disiplin angka 4; PP 94/2021 Pasal 5 huruf n angka 1, 3, 5, 6; SE MenPANRB 18/2023',
    check: (classify, incidents) => {
      for (const pair of SAME_CONDUCT) {
        const f = sameConduct('same-conduct-same-verdict', pair.narrow, pair.broad, pair.facts, classify, incidents, 'both');
        if (f) return f;
      }
      // Speaking at a campaign event is taking part in it and attending it with active involvement (SE MenPANRB
      // 18/2023 tells attending "tidak ... terlibat secara aktif" apart from being a speaker): never lighter than either.
      for (const broader of SPEAKING_INCLUDES) {
        const f = sameConduct('same-conduct-same-verdict', broader, 'speak_at_campaign_event', {}, classify, incidents, 'one-way');
        if (f) return f;
      }
      return undefined;
    },
  },
];

/** Compares each incident of one act kind with the same facts described as another kind. */
function sameConduct(
  id: string,
  narrow: ActKind,
  broad: ActKind,
  subFacts: Record<string, unknown>,
  classify: Judge,
  incidents: readonly Incidentish[],
  direction: 'both' | 'one-way',
): InvariantFailure | undefined {
  const failures: InvariantFailure[] = [];
  for (const incident of incidents) {
    if (read(incident, 'act.kind') !== narrow) continue;
    const other = { ...incident, act: { kind: broad, ...subFacts } };
    const a = classify(incident);
    const b = classify(other);
    if (!decided(a) || !decided(b)) continue;
    // one-way: the aggravated kind (broad) is never lighter; both: neither is lighter.
    const bad = direction === 'one-way' ? lighter(b, a) : lighter(a, b) || lighter(b, a);
    if (bad) failures.push({ invariant: id, incident, other, message: `${narrow}: ${summary(a)}\n${broad}: ${summary(b)}` });
  }
  return smallest(failures);
}
