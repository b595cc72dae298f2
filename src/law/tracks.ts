/**
 * Handling tracks: the mechanics. The law (each track's ordered steps with the bodies responsible, their bases,
 * windows, regimes and deadlines, and the track of each finding category) is pack data
 * (`packs/national/tracks.json`, validated by src/law/track-data.ts). The body holding the KASN role comes from law
 * data (`law/parameters.json`): KASN until 22 August 2024, BKN from 23 August 2024, the day Perpres 91 and 92/2024
 * were set and came into force (update-2026-12 §6).
 */
import type { Body, Category, Election, Employment, Track } from '../vocabulary/enums.js';
import { lawParameters } from './law-parameters.js';
import type { LegalBasisId } from './legal-bases.js';
import { windowDays, windowHolds } from './law-window.js';
import { regimeOf, type SanctionLaw } from './sanctions.js';
import type { TrackTables } from './track-data.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { basesInForce } from './validity.js';
import { memoByLaw } from './memo.js';
import { lawDaySpan } from './day-span.js';

/** What tracks are built in: a law's track and sanction data and registry. @internal */
export interface TrackLaw extends SanctionLaw {
  readonly trackData: TrackTables;
}

interface BodyOption {
  readonly body: Body;
  readonly from?: string | undefined;
  readonly until?: string | undefined;
  readonly bases: readonly LegalBasisId[];
}

/**
 * A deadline of a step, as the law or the handling flow states it.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a PNS installing props for a calon bupati on 1 Oct 2024: the BKN-era track (update-2026-12 §6.2)
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon', date: '2024-10-01' });
 * if (r.ok) r.tracks[0]?.steps.find((s) => s.bodies.some((b) => b.body === 'satgas_netralitas'))?.deadline;
 * // { days: 7, unit: 'days' }
 * ```
 */
export interface StepDeadline {
  /** Number of days. */
  readonly days: number;
  /** Calendar days or working days. */
  readonly unit: 'days' | 'working_days';
}

/**
 * One body that takes a step, with the window in which it does.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati" (no date, so both KASN and BKN are listed)
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.tracks[0]?.steps.find((s) => s.bodies.length > 1)?.bodies;
 * // [{ body: 'kasn', until: '2024-08-22' }, { body: 'bkn', from: '2024-08-23' }]
 * ```
 */
export interface StepBody {
  /** The body. */
  readonly body: Body;
  /** First day it takes this step, where limited. */
  readonly from?: string;
  /** Last day it takes this step, where limited. */
  readonly until?: string;
}

/**
 * One step of a handling track: its position, the bodies responsible, what they do, the bases in force, its deadline
 * and the acts (by date) it applies to.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // a PNS installing props for a calon anggota DPR, dated before the end of KASN (update-2026-12 §6)
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'dpr' }, election: 'pemilu_2024', date: '2024-01-10' });
 * if (r.ok) r.tracks[0]?.steps.map((s) => `${s.order} ${s.bodies.map((b) => b.body).join('/')}`);
 * // ['1 bawaslu', '2 kasn/bkn', '3 pejabat_berwenang_menghukum', '4 tim_pemeriksa', '5 pejabat_berwenang_menghukum',
 * //  '6 pejabat_berwenang_menghukum', '7 kemendagri', '8 bkn']
 * if (r.ok) r.tracks[0]?.steps[3]?.bases; // ['pp-94-2021/p29']
 * ```
 */
export interface TrackStep {
  /** 1-based position in the track. */
  readonly order: number;
  /** The body responsible; several where the date of handling decides which one (e.g. KASN's files moved to BKN). */
  readonly bodies: readonly StepBody[];
  /** What the body does, in both languages. */
  readonly action: Bilingual;
  /** Legal bases of the step in force on the incident date. */
  readonly bases: readonly LegalBasisId[];
  /** The deadline of the step, where the law or the handling flow sets one. */
  readonly deadline?: StepDeadline;
  /** First act date the step applies to, where limited (shown when the incident has no date). */
  readonly from?: string;
  /** Last act date the step applies to, where limited. */
  readonly until?: string;
}

/**
 * A handling track: which track and its ordered steps.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon', date: '2024-10-01' });
 * if (r.ok) r.tracks.map((t) => t.track); // ['disiplin']
 * if (r.ok) r.tracks[0]?.steps.length; // 10
 * ```
 */
export interface TrackResult {
  /** Which track. */
  readonly track: Track;
  /** Its ordered steps. */
  readonly steps: readonly TrackStep[];
}

/**
 * The bodies that can hold the KASN role for an act on a date: each handler in office on the act date or later (the
 * handler is the body in office when the file is handled; files KASN had not processed went to BKN, SE MenPANRB
 * 4/2024). A later handler's bases are its own, whatever the act date.
 */
function handlersFor(date: string | undefined): BodyOption[] {
  const params = lawParameters();
  return params.handlers
    .filter((h) => date === undefined || h.until === undefined || date <= h.until)
    .map((h) => ({
      body: h.body,
      ...(h.from ? { from: h.from } : {}),
      ...(h.until ? { until: h.until } : {}),
      bases: date !== undefined && h.from !== undefined && date < h.from ? h.bases : basesInForce(h.bases, date),
    }));
}

/**
 * The handling track of a category (law data: `trackOfCategory`).
 * @internal
 */
export function trackOf(category: Category, law: TrackLaw): Track {
  return law.trackData.trackOfCategory[category];
}

/**
 * The steps of a track for an employment on a date; steps outside the act's window or the employment's regime are
 * left out, and so is a step that rests on an instrument of its own where that instrument is not in force.
 * @internal
 */
export function buildTrack(
  track: Track,
  context: {
    date: string | undefined;
    election: Election | undefined;
    sanctionBases: readonly LegalBasisId[];
    employment: Employment;
  },
  law: TrackLaw,
): TrackResult {
  const regime = regimeOf(context.employment, law);
  const steps: TrackStep[] = [];
  for (const template of law.trackData.tracks[track]) {
    if (!template.regimes.includes(regime)) continue;
    if (!windowHolds(template.window, context.date, law)) continue;
    const bodies: readonly BodyOption[] = template.bodies === 'handlers' ? handlersFor(context.date) : (template.bodies as readonly BodyOption[]);
    if (bodies.length === 0) continue;
    const electionBases = context.election
      ? (template.basesByElection?.[context.election] ?? [])
      : Object.values(template.basesByElection ?? {}).flat();
    const own = template.bodies === 'handlers' ? [] : bodies.flatMap((b) => b.bases);
    if (own.length > 0 && basesInForce(own, context.date, law).length === 0) continue;
    const candidates = [
      ...own,
      ...(template.basesByRegime?.[regime] ?? []),
      ...electionBases,
      ...(template.basesFromSanction ? context.sanctionBases : []),
    ] as LegalBasisId[];
    const handlerBases = template.bodies === 'handlers' ? bodies.flatMap((b) => b.bases) : [];
    const bases = [...new Set([...handlerBases, ...basesInForce(candidates, context.date, law)])];
    const window = windowDays(template.window, law);
    steps.push({
      order: steps.length + 1,
      bodies: bodies.map(({ body, from, until }) => ({ body, ...(from ? { from } : {}), ...(until ? { until } : {}) })),
      action: template.action,
      bases,
      ...(template.deadline ? { deadline: { days: template.deadline.days, unit: template.deadline.unit } } : {}),
      ...(context.date === undefined && window?.from ? { from: window.from } : {}),
      ...(context.date === undefined && window?.until ? { until: window.until } : {}),
    });
  }
  return { track, steps };
}

/** What a track's steps depend on besides the law. @internal */
export type TrackContext = Parameters<typeof buildTrack>[1];

/**
 * The steps of a track depend on the date only through the span of the law's dates it falls in (its steps' windows,
 * the handlers' terms and the windows of the bases; src/law/day-span.ts): built once per span and the rest of the
 * context, shared, deep-frozen, by every result with those facts.
 */
const trackMemo = memoByLaw(
  (track: Track, c: TrackContext, span: string) => `${track}|${span}|${c.election ?? ''}|${c.employment}|${c.sanctionBases.join(' ')}`,
  (law: TrackLaw, track: Track, c: TrackContext) => buildTrack(track, c, law),
);

/**
 * {@link buildTrack}, memoised by the span of the law's dates the date falls in: a day never seen before shares its
 * span's steps (test/law-day-spans.test.ts checks every day against buildTrack for that day).
 * @example
 * ```ts
 * trackOn(defaultLaw(), 'disiplin', { date: '2024-10-01', election: 'pilkada_2024', sanctionBases: [], employment: 'pns' }).steps[0]?.order; // 1
 * ```
 * @internal
 */
export const trackOn = (law: TrackLaw, track: Track, context: TrackContext): TrackResult => trackMemo(law, track, context, lawDaySpan(law, context.date));

const ASN_TRACKS: readonly Track[] = ['kode_etik', 'disiplin', 'pemberhentian'];

/**
 * The notes on who handles the case: the KASN/BKN switch and its two dates, KASN's pending files, the Kemendagri step
 * and the independent body MK 121/PUU-XXII/2024 requires.
 * @internal
 */
export function handlingNotes(date: string | undefined, tracks: readonly TrackResult[]): Bilingual[] {
  if (!tracks.some((tr) => ASN_TRACKS.includes(tr.track))) return [];
  const params = lawParameters();
  const kasnUntil = params.handlers.find((h) => h.body === 'kasn')?.until;
  const bknFrom = params.handlers.find((h) => h.body === 'bkn')?.from;
  const notes: Bilingual[] = [];
  const op = params.operationalSwitch.date;
  if (kasnUntil && bknFrom) {
    if (date === undefined) {
      notes.push(
        t(
          `Tanggal kejadian tidak diketahui: KASN menjalankan tugasnya sampai ${kasnUntil}; BKN sejak ${bknFrom}, hari Perpres 91 dan 92/2024 ditetapkan, diundangkan dan berlaku (UU 20/2023 Pasal 70 ayat (3)); Bawaslu dan SE MenPANRB 4/2024 memakai ${op}. Kedua badan dan langkah masing-masing masa dicantumkan.`,
          `The incident date is unknown: KASN held the role until ${kasnUntil}; BKN from ${bknFrom}, the day Perpres 91 and 92/2024 were set, promulgated and came into force (UU 20/2023 Pasal 70(3)); Bawaslu and SE MenPANRB 4/2024 use ${op}. Both bodies, and the steps of each period, are listed.`,
        ),
      );
    } else if (date <= kasnUntil) {
      notes.push(
        t(
          `Perbuatan terjadi sebelum tugas KASN berakhir (${kasnUntil}). Yang menangani adalah badan yang berwenang pada saat berkas ditangani: KASN bila berkas diselesaikan sampai ${kasnUntil}; berkas yang diterima KASN tetapi belum diproses diserahkan kepada BKN, berkas yang sedang diproses dilaporkan kepada MenPANRB (SE MenPANRB 4/2024). Menurut tanggal perbuatan saja, hanya KASN yang berwenang.`,
          `The act precedes the end of KASN (its last day ${kasnUntil}). The handler is the body in office when the file is handled: KASN if it dealt with the file by ${kasnUntil}; files KASN had received but not processed went to BKN, and files in process were reported to MenPANRB (SE MenPANRB 4/2024). Read by the date of the act alone, KASN is the only handler.`,
        ),
      );
    } else if (date < op) {
      notes.push(
        t(
          `Peralihan menurut hukum: ${bknFrom} (Perpres 91 dan 92/2024 ditetapkan, diundangkan dan berlaku pada hari itu; UU 20/2023 Pasal 70 ayat (3)). Bawaslu dan SE MenPANRB 4/2024 memakai ${op} sebagai hari pertama tanpa KASN.`,
          `The legal switch is ${bknFrom} (Perpres 91 and 92/2024 were set, promulgated and in force that day; UU 20/2023 Pasal 70(3)). Bawaslu and SE MenPANRB 4/2024 count ${op} as the first day without KASN.`,
        ),
      );
    }
    if (date === undefined || date >= bknFrom) {
      notes.push(
        t(
          'Surat Kemendagri 100.2.2.6/5812/OTDA angka 2 huruf b menyebut rekomendasi KASN; rujukan hukum tidak menyatakan apakah Kemendagri menerapkannya pada rekomendasi BKN, sehingga langkah Kemendagri dicantumkan hanya untuk masa KASN.',
          'Surat Kemendagri 100.2.2.6/5812/OTDA angka 2 huruf b speaks of KASN recommendations; the legal reference does not say whether Kemendagri applies it to BKN recommendations, so the Kemendagri step is listed for the KASN period only.',
        ),
      );
    }
  }
  const future = params.futureHandler;
  if (date === undefined || date >= future.decidedOn) {
    const passed = date !== undefined && date > future.dueBy;
    notes.push(
      t(
        `Putusan MK 121/PUU-XXII/2024 (${future.decidedOn}): pengawasan sistem merit, termasuk kode etik dan kode perilaku ASN, harus dilakukan oleh lembaga independen yang dibentuk paling lambat ${future.dueBy}${passed ? ' (batas waktu itu telah lewat)' : ''}. Lembaga itu belum dikenal dalam rujukan hukum; BKN tetap dicantumkan.`,
        `MK 121/PUU-XXII/2024 (${future.decidedOn}): supervision of the merit system, including the ASN code of ethics and conduct, must pass to an independent body to be formed by ${future.dueBy}${passed ? ' (that deadline has passed)' : ''}. The legal reference knows no such body yet; BKN stays listed.`,
      ),
    );
  }
  return notes;
}

/**
 * The bases the handling notes rest on, for the citations.
 * @internal
 */
export function handlingNoteBases(date: string | undefined, tracks: readonly TrackResult[]): LegalBasisId[] {
  if (!tracks.some((tr) => ASN_TRACKS.includes(tr.track))) return [];
  const future = lawParameters().futureHandler;
  return date === undefined || date >= future.decidedOn ? [...future.bases] : [];
}
