/**
 * Handling tracks: the ordered steps of each track with the body responsible, by the actor's employment regime and
 * the date of the act. The body holding the KASN role comes from law data (`law/parameters.json`): KASN until
 * 22 August 2024, BKN from 23 August 2024, the day Perpres 91 and 92/2024 were set and came into force
 * (update-2026-12 §6).
 */
import type { Body, Election, Employment, Track } from '../vocabulary/enums.js';
import { lawParameters } from './law-parameters.js';
import type { LegalBasisId } from './legal-bases.js';
import { EMPLOYMENT_REGIMES, type Regime } from './sanctions.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { basesInForce, inForce, windowOf, type Window } from './validity.js';

interface BodyOption extends Window {
  readonly body: Body;
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

interface StepTemplate {
  /** The bodies, or `handlers` for the body holding the KASN role (law data). */
  readonly bodies: readonly BodyOption[] | 'handlers';
  readonly action: Bilingual;
  /** The acts (by date) the step applies to. */
  readonly window?: Window;
  /** The regimes the step applies to (all ASN regimes when absent). */
  readonly regimes?: readonly Regime[];
  readonly deadline?: StepDeadline;
  /** Bases by election, where the step's basis depends on the election law. */
  readonly basesByElection?: Partial<Record<Election, readonly LegalBasisId[]>>;
  /** Bases added for CPNS (PP 94/2021 applies to them through Pasal 43). */
  readonly cpnsBases?: readonly LegalBasisId[];
  /** Bases added for PNS only. */
  readonly pnsBases?: readonly LegalBasisId[];
  /** Take the bases of the resolved sanction. */
  readonly basesFromSanction?: boolean;
}

const params = lawParameters();
const KASN = params.handlers.find((h) => h.body === 'kasn');
const BKN = params.handlers.find((h) => h.body === 'bkn');
/** Acts up to KASN's last day, and from BKN's first day (law data). */
const KASN_ERA: Window = { until: KASN?.until };
const BKN_ERA: Window = { from: BKN?.from };
/** Perpres 116/2022 (administrative action against a PPK) is in force from its promulgation (registry window). */
const PERPRES_116: Window = windowOf('perpres-116-2022/p19-2');

const PP94 = ['pns', 'cpns'] as const satisfies readonly Regime[];
const PPPK = ['pppk'] as const satisfies readonly Regime[];

const REPORT_TO_KASN: StepTemplate = {
  bodies: [{ body: 'bawaslu', bases: [] }],
  window: KASN_ERA,
  action: t(
    'Bawaslu menerima temuan atau laporan, melakukan klarifikasi, dan meneruskan rekomendasi; pengaduan masyarakat yang diterima Kemendagri diteruskan kepada KASN dengan tembusan kepada PPK.',
    'Bawaslu receives the finding or report, clarifies it and forwards a recommendation; public complaints received by Kemendagri are forwarded to KASN with a copy to the PPK.',
  ),
  basesByElection: { pilkada_2024: ['uu-pilkada/p30-e'] },
};

const REPORT_TO_SBT: StepTemplate = {
  bodies: [{ body: 'bawaslu', bases: ['bkn-sbt-2024/sbt'] }],
  window: BKN_ERA,
  action: t(
    'Bawaslu (temuan) atau masyarakat (laporan) menyampaikan dugaan pelanggaran ke Sistem Berbagi Terintegrasi (SBT) BKN, kategori Netralitas; tanpa NIK/NIP terlapor, melalui SP4N-LAPOR.',
    "Bawaslu (a finding) or the public (a report) files the suspected violation in BKN's Sistem Berbagi Terintegrasi (SBT), category Netralitas; without the reported person's NIK/NIP, through SP4N-LAPOR.",
  ),
  basesByElection: { pilkada_2024: ['uu-pilkada/p30-e'] },
};

const SATGAS: StepTemplate = {
  bodies: [{ body: 'satgas_netralitas', bases: ['bkn-sbt-2024/satgas'] }],
  window: BKN_ERA,
  deadline: { days: 7, unit: 'days' },
  action: t(
    'Satgas Netralitas (BKN, KemenPANRB, Kemendagri, Bawaslu) memverifikasi laporan, paling lama 7 hari.',
    'The Satgas Netralitas (BKN, KemenPANRB, Kemendagri, Bawaslu) verifies the report, within 7 days.',
  ),
};

const BAWASLU_REVIEW: StepTemplate = {
  bodies: [{ body: 'bawaslu', bases: ['bkn-sbt-2024/bawaslu'] }],
  window: BKN_ERA,
  deadline: { days: 3, unit: 'working_days' },
  action: t(
    'Bawaslu melakukan kajian, verifikasi dan validasi, paling lama 3 hari kerja.',
    'Bawaslu reviews, verifies and validates it, within 3 working days.',
  ),
};

const RECOMMEND: StepTemplate = {
  bodies: 'handlers',
  action: t(
    'Menilai dugaan pelanggaran dan menyampaikan rekomendasi kepada Pejabat Pembina Kepegawaian (PPK) untuk wajib ditindaklanjuti.',
    'Assesses the suspected violation and sends a recommendation to the staffing authority (PPK), which must act on it.',
  ),
};

const BKN_MONITORS: StepTemplate = {
  bodies: [{ body: 'bkn', bases: ['bkn-sbt-2024/ppk'] }],
  window: BKN_ERA,
  action: t(
    "Auditor Manajemen ASN BKN memantau tindak lanjut PPK; keputusan PPK dicatat dalam I'DIS.",
    "BKN's Auditor Manajemen ASN monitors the PPK's follow-up; the PPK's decision is recorded in I'DIS.",
  ),
};

const PP94_PROCEDURE: readonly StepTemplate[] = [
  {
    bodies: [{ body: 'pejabat_berwenang_menghukum', bases: ['pp-94-2021/p26'] }],
    regimes: PP94,
    cpnsBases: ['pp-94-2021/p43'],
    deadline: { days: 7, unit: 'working_days' },
    action: t(
      'Pemanggilan tertulis: pemeriksaan paling lambat 7 hari kerja sejak tanggal surat panggilan; panggilan kedua dalam 7 hari kerja; bila tetap tidak hadir, hukuman dijatuhkan berdasarkan alat bukti dan keterangan yang ada.',
      'Written summons: the examination takes place no later than 7 working days after the summons; a second summons within 7 working days; if absent again, the penalty is imposed on the evidence at hand.',
    ),
  },
  {
    bodies: [{ body: 'tim_pemeriksa', bases: ['pp-94-2021/p29'] }],
    regimes: PP94,
    cpnsBases: ['pp-94-2021/p43'],
    action: t(
      'Pemeriksaan oleh tim pemeriksa (wajib untuk hukuman disiplin berat, dapat untuk sedang).',
      'Examination by an examining team (mandatory for heavy penalties, optional for medium ones).',
    ),
  },
  {
    bodies: [{ body: 'pejabat_berwenang_menghukum', bases: ['pp-94-2021/p24'] }],
    regimes: PP94,
    cpnsBases: ['pp-94-2021/p43'],
    action: t('Pejabat yang Berwenang Menghukum wajib menjatuhkan hukuman disiplin.', 'The official authorised to punish must impose the disciplinary penalty.'),
    basesFromSanction: true,
  },
  {
    bodies: [{ body: 'pejabat_berwenang_menghukum', bases: ['pp-94-2021/p37-3'] }],
    regimes: PP94,
    cpnsBases: ['pp-94-2021/p43'],
    deadline: { days: 14, unit: 'working_days' },
    action: t(
      'Keputusan hukuman disiplin disampaikan paling lambat 14 hari kerja sejak ditetapkan dan berlaku pada hari ke-15 sejak diterima.',
      'The penalty decision is delivered within 14 working days of being set and takes effect on the 15th day after receipt.',
    ),
  },
];

const PPPK_DISCIPLINE: StepTemplate = {
  bodies: [{ body: 'ppk', bases: ['pp-49-2018/p51-52'] }],
  regimes: PPPK,
  action: t(
    'PPK menjatuhkan hukuman menurut disiplin PPPK yang ditetapkan instansinya (PP 49/2018 Pasal 52) dan perjanjian kerja; pelanggaran berat menurut perjanjian kerja mengakhiri perjanjian kerja (Pasal 53 ayat (2) huruf b, Pasal 59 ayat (1)).',
    "The PPK imposes the sanction under the PPPK discipline its agency has set (PP 49/2018 Pasal 52) and the employment contract; a heavy breach as the contract defines it ends the contract (Pasal 53(2)(b), Pasal 59(1)).",
  ),
  basesFromSanction: true,
};

const KEMENDAGRI: StepTemplate = {
  bodies: [{ body: 'kemendagri', bases: ['kemendagri-5812-2023/2-b'] }],
  window: KASN_ERA,
  action: t(
    'Bila kepala daerah tidak menindaklanjuti rekomendasi KASN, Kemendagri menjatuhkan sanksi kepada kepala daerah tersebut.',
    'If the regional head does not act on the KASN recommendation, Kemendagri sanctions that regional head.',
  ),
};

const BKN_ADMINISTRATIVE_ACTION: StepTemplate = {
  bodies: [{ body: 'bkn', bases: ['perpres-116-2022/p19-2'] }],
  window: PERPRES_116,
  pnsBases: ['perpres-116-2022/p20-2-c'],
  action: t(
    'Bila PPK tidak menindaklanjuti atau menjatuhkan hukuman yang lebih ringan, BKN mengambil tindakan administratif: peringatan, pencantuman dalam daftar pelanggar NSPK, pemblokiran data dan/atau layanan kepegawaian (SIASN), pencabutan atau pembatalan keputusan, atau rekomendasi pencabutan/pengalihan kewenangan PPK.',
    "If the PPK does not act or imposes a lighter penalty, BKN takes administrative action: a warning, listing as an NSPK violator, blocking the personnel data and/or services (SIASN), revoking or annulling the decision, or recommending that the PPK's authority be revoked or transferred.",
  ),
};

const TEMPLATES: Record<Track, readonly StepTemplate[]> = {
  kode_etik: [
    REPORT_TO_KASN,
    REPORT_TO_SBT,
    SATGAS,
    BAWASLU_REVIEW,
    RECOMMEND,
    BKN_MONITORS,
    {
      bodies: [{ body: 'majelis_kode_etik', bases: ['pp-42-2004/p17-19'] }],
      regimes: PP94,
      action: t('Majelis Kode Etik memeriksa dan memutus pelanggaran kode etik; keputusannya final.', 'The ethics council (Majelis Kode Etik) examines and decides the ethics breach; its decision is final.'),
    },
    {
      bodies: [{ body: 'ppk', bases: [] }],
      regimes: PP94,
      action: t('PPK menyatakan sanksi moral secara tertulis.', 'The PPK states the moral sanction in writing.'),
      basesFromSanction: true,
    },
    PPPK_DISCIPLINE,
    KEMENDAGRI,
    BKN_ADMINISTRATIVE_ACTION,
  ],
  disiplin: [
    REPORT_TO_KASN,
    REPORT_TO_SBT,
    SATGAS,
    BAWASLU_REVIEW,
    RECOMMEND,
    BKN_MONITORS,
    ...PP94_PROCEDURE,
    PPPK_DISCIPLINE,
    KEMENDAGRI,
    BKN_ADMINISTRATIVE_ACTION,
  ],
  pemberhentian: [
    REPORT_TO_KASN,
    REPORT_TO_SBT,
    SATGAS,
    BAWASLU_REVIEW,
    RECOMMEND,
    BKN_MONITORS,
    {
      bodies: [{ body: 'ppk', bases: [] }],
      regimes: ['pns'],
      action: t('PPK memberhentikan tidak dengan hormat menurut undang-undang ASN.', 'The PPK dismisses the employee (not with honour) under the ASN law.'),
      basesFromSanction: true,
    },
    {
      bodies: [{ body: 'ppk', bases: [] }],
      regimes: ['cpns'],
      action: t('PPK memberhentikan yang bersangkutan sebagai calon PNS (PP 11/2017 Pasal 37 ayat (2) huruf f).', 'The PPK dismisses the person as candidate civil servant (PP 11/2017 Pasal 37(2)(f)).'),
      basesFromSanction: true,
    },
    {
      bodies: [{ body: 'ppk', bases: [] }],
      regimes: PPPK,
      action: t(
        'PPK memutus hubungan perjanjian kerja tidak dengan hormat (PP 49/2018 Pasal 53 ayat (3) huruf c).',
        'The PPK terminates the work agreement not with honour (PP 49/2018 Pasal 53(3)(c)).',
      ),
      basesFromSanction: true,
    },
    KEMENDAGRI,
    BKN_ADMINISTRATIVE_ACTION,
  ],
  pengunduran_diri: [
    {
      bodies: [{ body: 'ppk', bases: [] }],
      regimes: ['pns'],
      action: t(
        'PNS yang tidak mengundurkan diri pada saat ditetapkan sebagai calon diberhentikan dengan hormat sebagai PNS (PP 11/2017 Pasal 254 ayat (4)).',
        'A PNS who does not resign when determined as calon is dismissed with honour as PNS (PP 11/2017 Pasal 254(4)).',
      ),
      basesFromSanction: true,
    },
  ],
  non_asn: [
    {
      bodies: [{ body: 'bawaslu', bases: [] }],
      regimes: ['non_asn'],
      action: t(
        'Bawaslu menerima temuan atau laporan dan meneruskan yang bukan kewenangannya kepada instansi pemberi kerja; KASN/BKN berwenang atas Pegawai ASN, bukan pegawai non-ASN.',
        'Bawaslu receives the finding or report and forwards what is outside its authority to the employing agency; the KASN/BKN mandate concerns Pegawai ASN, not non-ASN staff.',
      ),
      basesByElection: { pilkada_2024: ['uu-pilkada/p30-e'] },
    },
    {
      bodies: [{ body: 'instansi_pemberi_kerja', bases: [] }],
      regimes: ['non_asn'],
      action: t(
        'Instansi pemberi kerja menjatuhkan sanksi bertingkat sampai pemutusan hubungan kerja sesuai perjanjian kerja (SE MenPANRB 01/2023).',
        'The employing agency imposes graded sanctions, up to termination, under the work agreement (SE MenPANRB 01/2023).',
      ),
      basesFromSanction: true,
    },
  ],
  gakkumdu: [
    {
      bodies: [{ body: 'bawaslu', bases: [] }],
      regimes: ['pns', 'cpns', 'pppk', 'non_asn', 'none'],
      action: t('Bawaslu meneruskan dugaan tindak pidana pemilihan ke Sentra Gakkumdu.', 'Bawaslu forwards the suspected election crime to Sentra Gakkumdu.'),
    },
    {
      bodies: [{ body: 'sentra_gakkumdu', bases: [] }],
      regimes: ['pns', 'cpns', 'pppk', 'non_asn', 'none'],
      action: t('Sentra Gakkumdu (Bawaslu, Polri, Kejaksaan) menangani dugaan tindak pidana.', 'Sentra Gakkumdu (Bawaslu, police, prosecution) handles the suspected crime.'),
      basesByElection: { pemilu_2024: ['uu-7-2017/p486'], pilkada_2024: ['uu-pilkada/p152'] },
    },
    {
      bodies: [{ body: 'pengadilan', bases: [] }],
      regimes: ['pns', 'cpns', 'pppk', 'non_asn', 'none'],
      action: t('Penuntutan dan pemeriksaan perkara di pengadilan.', 'Prosecution and trial in court.'),
    },
  ],
};

const ASN_REGIMES: readonly Regime[] = ['pns', 'cpns', 'pppk'];

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
 * The steps of a track for an employment on a date; steps outside the act's window or the employment's regime are
 * left out.
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
): TrackResult {
  const regime = EMPLOYMENT_REGIMES[context.employment].regime;
  const steps: TrackStep[] = [];
  for (const template of TEMPLATES[track]) {
    if (!(template.regimes ?? ASN_REGIMES).includes(regime)) continue;
    if (template.window && !inForce(template.window, context.date)) continue;
    const bodies = template.bodies === 'handlers' ? handlersFor(context.date) : template.bodies;
    if (bodies.length === 0) continue;
    const electionBases = context.election
      ? (template.basesByElection?.[context.election] ?? [])
      : Object.values(template.basesByElection ?? {}).flat();
    const own = template.bodies === 'handlers' ? [] : bodies.flatMap((b) => b.bases);
    // A step that rests on an instrument of its own is left out where that instrument is not in force.
    if (own.length > 0 && basesInForce(own, context.date).length === 0) continue;
    const candidates = [
      ...own,
      ...(regime === 'cpns' ? (template.cpnsBases ?? []) : []),
      ...(regime === 'pns' ? (template.pnsBases ?? []) : []),
      ...electionBases,
      ...(template.basesFromSanction ? context.sanctionBases : []),
    ];
    const handlerBases = template.bodies === 'handlers' ? bodies.flatMap((b) => b.bases) : [];
    const bases = [...new Set([...handlerBases, ...basesInForce(candidates, context.date)])];
    const window = template.window;
    steps.push({
      order: steps.length + 1,
      bodies: bodies.map(({ body, from, until }) => ({ body, ...(from ? { from } : {}), ...(until ? { until } : {}) })),
      action: template.action,
      bases,
      ...(template.deadline ? { deadline: template.deadline } : {}),
      ...(context.date === undefined && window?.from ? { from: window.from } : {}),
      ...(context.date === undefined && window?.until ? { until: window.until } : {}),
    });
  }
  return { track, steps };
}

const ASN_TRACKS: readonly Track[] = ['kode_etik', 'disiplin', 'pemberhentian'];

/**
 * The notes on who handles the case: the KASN/BKN switch and its two dates, KASN's pending files, the Kemendagri step
 * and the independent body MK 121/PUU-XXII/2024 requires.
 * @internal
 */
export function handlingNotes(date: string | undefined, tracks: readonly TrackResult[]): Bilingual[] {
  if (!tracks.some((tr) => ASN_TRACKS.includes(tr.track))) return [];
  const kasnUntil = KASN?.until;
  const bknFrom = BKN?.from;
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
  const future = params.futureHandler;
  return date === undefined || date >= future.decidedOn ? [...future.bases] : [];
}
