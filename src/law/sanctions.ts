/**
 * The sanctions the law gives, by sanction id and employment regime: level, the options the deciding official chooses
 * from, the statutory consequences beside them, their legal bases and the caveats the legal reference records. The
 * employment regimes (which law governs the sanction and handling of each employment) are data here, each citing its
 * basis.
 */
import { addDays, formatISO, parseISO } from 'date-fns';
import type { Category, Employment, SanctionLevel, Track } from '../vocabulary/enums.js';
import { lawParameters } from './law-parameters.js';
import { BUILT_IN_REGISTRY, type LegalBasisId, type Registry } from './legal-bases.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { basesInForce, inForce, windowOf } from './validity.js';

/** The options of a sanction id as the law lists them, before dating and regimes. @internal */
export const sanctionOptionsOf = (id: SanctionId): readonly SanctionOption[] => DEFINITIONS[id].options;

/** Ids of the sanctions a rule may name. @internal */
export const SANCTION_IDS = ['sanksi_moral', 'disiplin_sedang', 'disiplin_berat', 'ptdh', 'pdh_calon', 'undetermined'] as const;
/** @internal */
export type SanctionId = (typeof SANCTION_IDS)[number];

/**
 * One penalty the deciding official may choose: a stable id, a bilingual label and the basis that lists it.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.sanction?.options.map((o) => o.id);
 * // ['penurunan_jabatan_12_bulan', 'pembebasan_jabatan_12_bulan', 'pemberhentian_dengan_hormat_tidak_atas_permintaan_sendiri']
 * if (r.ok) r.sanction?.options[0]?.basis; // 'pp-94-2021/p8-4'
 * ```
 */
export interface SanctionOption {
  /** Stable id of the option. */
  readonly id: string;
  /** The option in both languages. */
  readonly label: Bilingual;
  /** The basis that lists it. */
  readonly basis: LegalBasisId;
  /**
   * Whether the option can be imposed on the incident date (without a date: in some window). `false` for the
   * tunjangan kinerja cuts of PP 94/2021 Pasal 8(3) until the pay regulation of Pasal 42(1) is in force.
   */
  readonly inForce: boolean;
  /** First day it can be imposed, where law data limits it. */
  readonly inForceFrom?: string;
  /** Last day it can be imposed, where law data limits it. */
  readonly inForceUntil?: string;
}

/** A note with the window in which it applies. */
interface DatedNote {
  readonly text: Bilingual;
  readonly from?: string;
  readonly until?: string;
}

interface SanctionDefinition {
  readonly level: SanctionLevel;
  readonly options: readonly SanctionOption[];
  readonly bases: readonly LegalBasisId[];
  readonly notes: readonly DatedNote[];
}

const opt = (id: string, basis: LegalBasisId, idText: string, en: string): SanctionOption => ({
  id,
  basis,
  label: t(idText, en),
  inForce: true,
});

const DEFINITIONS: Record<SanctionId, SanctionDefinition> = {
  sanksi_moral: {
    level: 'sanksi_moral',
    options: [
      opt('pernyataan_secara_tertutup', 'pp-42-2004/p15', 'Pernyataan secara tertutup', 'Closed statement'),
      opt('pernyataan_secara_terbuka', 'pp-42-2004/p15', 'Pernyataan secara terbuka', 'Open statement'),
    ],
    bases: ['pp-42-2004/p15', 'pp-42-2004/p16'],
    notes: [
      {
        text: t(
          'Selain sanksi moral, atas rekomendasi Majelis Kode Etik dapat dikenakan tindakan administratif (PP 42/2004 Pasal 16).',
          'Besides the moral sanction, administrative measures may follow on the recommendation of the Majelis Kode Etik (PP 42/2004 Pasal 16).',
        ),
      },
    ],
  },
  disiplin_sedang: {
    level: 'sedang',
    // PP 53/2010 Pasal 7(3) forms first: they are the operative sedang penalties until the pay regulation of PP 94/2021
    // Pasal 42(1) is in force; the tukin cuts of Pasal 8(3) follow, dated by law data.
    options: [
      opt('penundaan_kenaikan_gaji_berkala_1_tahun', 'pp-53-2010/p7-3', 'Penundaan kenaikan gaji berkala selama 1 tahun', 'Periodic salary increase postponed for 1 year'),
      opt('penundaan_kenaikan_pangkat_1_tahun', 'pp-53-2010/p7-3', 'Penundaan kenaikan pangkat selama 1 tahun', 'Promotion in rank postponed for 1 year'),
      opt('penurunan_pangkat_1_tahun', 'pp-53-2010/p7-3', 'Penurunan pangkat setingkat lebih rendah selama 1 tahun', 'Demotion by one rank for 1 year'),
      opt('pemotongan_tukin_25_persen_6_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 6 bulan', '25% cut of the performance allowance for 6 months'),
      opt('pemotongan_tukin_25_persen_9_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 9 bulan', '25% cut of the performance allowance for 9 months'),
      opt('pemotongan_tukin_25_persen_12_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 12 bulan', '25% cut of the performance allowance for 12 months'),
    ],
    bases: ['pp-53-2010/p7-3', 'pp-94-2021/p42', 'pp-94-2021/p42-1', 'pp-94-2021/p8-3'],
    notes: [],
  },
  disiplin_berat: {
    level: 'berat',
    options: [
      opt('penurunan_jabatan_12_bulan', 'pp-94-2021/p8-4', 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', 'Demotion by one position level for 12 months'),
      opt('pembebasan_jabatan_12_bulan', 'pp-94-2021/p8-4', 'Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan', 'Release from office to an executing position for 12 months'),
      opt(
        'pemberhentian_dengan_hormat_tidak_atas_permintaan_sendiri',
        'pp-94-2021/p8-4',
        'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
        'Honourable dismissal not at own request',
      ),
    ],
    bases: ['pp-94-2021/p8-4', 'uu-5-2014/p87-3', 'uu-20-2023/p52-3-g'],
    notes: [
      {
        from: '2023-10-31',
        text: t(
          'Sejak UU 20/2023 berlaku, pemberhentian karena pelanggaran disiplin tingkat berat dikategorikan sebagai pemberhentian tidak dengan hormat (Pasal 52 ayat (3) huruf g dan ayat (4)), sedangkan PP 94/2021 Pasal 8 ayat (4) huruf c menyebut pemberhentian dengan hormat. Kedua sumber dicantumkan.',
          'Since UU 20/2023, dismissal for a heavy disciplinary violation is classed as dismissal not with honour (Pasal 52(3)(g) and (4)), while PP 94/2021 Pasal 8(4)(c) names honourable dismissal. Both sources are cited.',
        ),
      },
    ],
  },
  ptdh: {
    level: 'pemberhentian_tidak_dengan_hormat',
    options: [
      opt('pemberhentian_tidak_dengan_hormat', 'pp-11-2017/p255', 'Pemberhentian tidak dengan hormat sebagai PNS', 'Dismissal not with honour'),
    ],
    bases: ['uu-5-2014/p87-4-c', 'uu-20-2023/p52-3-j', 'pp-11-2017/p255'],
    notes: [],
  },
  pdh_calon: {
    level: 'pemberhentian_dengan_hormat',
    options: [
      opt('pemberhentian_dengan_hormat_sebagai_pns', 'pp-11-2017/p254', 'Pemberhentian dengan hormat sebagai PNS', 'Honourable dismissal as PNS'),
    ],
    bases: ['uu-20-2023/p56-59-3', 'pp-11-2017/p254'],
    notes: [
      {
        text: t(
          'PP 11/2017 Pasal 254 dibaca dalam teks aslinya tahun 2017; apakah PP 17/2020 mengubahnya belum terverifikasi.',
          'PP 11/2017 Pasal 254 is read in its original 2017 text; whether PP 17/2020 amended it is not verified.',
        ),
      },
    ],
  },
  undetermined: {
    level: 'undetermined',
    options: [],
    bases: ['skb-2022/d-13'],
    notes: [
      {
        text: t(
          'Sumber tidak menetapkan tingkat hukuman; untuk bentuk di luar matriks SKB, sanksi dibahas dan diputus oleh Satgas.',
          'The sources assign no penalty level; for forms outside the SKB matrix, the Satgas discusses and decides the sanction.',
        ),
      },
    ],
  },
};


/** The tukin-cut options of PP 94/2021 Pasal 8(3), which wait for the pay regulation (Pasal 42(1)). */
const TUKIN_CUT_BASIS: LegalBasisId = 'pp-94-2021/p8-3';
/** The PP 53/2010 Pasal 7(3) forms, which apply until then (Pasal 42(2)). */
const PP53_FORM_BASIS: LegalBasisId = 'pp-53-2010/p7-3';

const dayBefore = (iso: string) => formatISO(addDays(parseISO(iso), -1), { representation: 'date' });

/**
 * The sedang options on a date, with the pay regulation's start date from law data (`law/parameters.json`, or the
 * date given).
 * @internal
 */
export function sedangOptions(
  options: readonly SanctionOption[],
  date: string | undefined,
  from: string | null = lawParameters().payRegulation.inForceFrom,
): { options: SanctionOption[]; notes: Bilingual[] } {
  const payInForce = from !== null && (date === undefined || date >= from);
  const pp53InForce = from === null || date === undefined || date < from;
  const dated = options.map((o): SanctionOption => {
    if (o.basis === TUKIN_CUT_BASIS) return { ...o, inForce: payInForce, ...(from !== null ? { inForceFrom: from } : {}) };
    if (o.basis === PP53_FORM_BASIS) return { ...o, inForce: pp53InForce, ...(from !== null ? { inForceUntil: dayBefore(from) } : {}) };
    return o;
  });
  const notes: Bilingual[] = [];
  if (from === null) {
    notes.push(
      t(
        'Hukuman disiplin sedang: berlaku bentuk PP 53/2010 Pasal 7 ayat (3) (PP 94/2021 Pasal 42 ayat (2), Penjelasan Pasal 45), karena PP mengenai Gaji dan Tunjangan belum berlaku (tidak berlaku pada 2024, PNS masih digaji menurut PP 7/1977 sebagaimana diubah PP 5/2024; tidak ditemukan untuk 2025). Pemotongan tunjangan kinerja 25% (PP 94/2021 Pasal 8 ayat (3)) belum berlaku (Pasal 42 ayat (1)). Pernyataan pers BKN yang menyebut sedang sebagai pemotongan tunjangan kinerja tidak tepat secara hukum untuk masa ini.',
        'Hukuman disiplin sedang: the PP 53/2010 Pasal 7(3) forms apply (PP 94/2021 Pasal 42(2), Penjelasan of Pasal 45), because the regulation on salaries and allowances is not in force (not in 2024, when PNS pay still followed PP 7/1977 as amended by PP 5/2024; none found for 2025). The 25% performance-allowance cuts (PP 94/2021 Pasal 8(3)) are not yet in force (Pasal 42(1)). BKN press statements that call sedang the allowance cut are legally inaccurate for this period.',
      ),
    );
  } else {
    notes.push(
      t(
        `Hukuman disiplin sedang: PP mengenai Gaji dan Tunjangan berlaku sejak ${from} (data hukum); sejak tanggal itu berlaku pemotongan tunjangan kinerja PP 94/2021 Pasal 8 ayat (3), sebelumnya bentuk PP 53/2010 Pasal 7 ayat (3) (PP 94/2021 Pasal 42).`,
        `Hukuman disiplin sedang: the regulation on salaries and allowances is in force from ${from} (law data); from then the PP 94/2021 Pasal 8(3) allowance cuts apply, before it the PP 53/2010 Pasal 7(3) forms (PP 94/2021 Pasal 42).`,
      ),
    );
  }
  // In-force options first, in their order.
  return { options: [...dated.filter((o) => o.inForce), ...dated.filter((o) => !o.inForce)], notes };
}

/**
 * Which body of law governs the sanction and the handling of an employment.
 * `pns`: PP 94/2021 and PP 42/2004; `cpns`: PP 94/2021 through its Pasal 43, and PP 11/2017 Pasal 37 on the probation;
 * `pppk`: PP 49/2018, the agency's rules and the employment contract (PP 94/2021 does not apply); `non_asn`: the work
 * agreement under SE MenPANRB 01/2023; `none`: outside the instruments (TNI, Polri, others: the scope rule decides).
 * @internal
 */
export type Regime = 'pns' | 'cpns' | 'pppk' | 'non_asn' | 'none';

/** One entry of the employment-regime table. @internal */
export interface RegimeEntry {
  readonly regime: Regime;
  /** Whether the employment is Pegawai ASN (UU 20/2023), to whom the ASN categories, PTDH and the KASN/BKN track apply. */
  readonly asn: boolean;
  /** What places the employment under the regime. */
  readonly bases: readonly LegalBasisId[];
}

/**
 * The employment-regime table: for each employment, its regime and the bases that place it there.
 * @internal
 */
export const EMPLOYMENT_REGIMES: Readonly<Record<Employment, RegimeEntry>> = {
  // PP 94/2021 governs "PNS" (title, Pasal 1).
  pns: { regime: 'pns', asn: true, bases: ['pp-94-2021/p8-4', 'uu-20-2023/p24'] },
  // PP 94/2021 applies "mutatis mutandis ... untuk calon PNS" (Pasal 43); PP 11/2017 Pasal 37(2) ends the probation.
  cpns: { regime: 'cpns', asn: true, bases: ['pp-94-2021/p43', 'pp-11-2017/p37-2-c'] },
  // PP 49/2018 Pasal 51-53, 59; PP 94/2021 does not apply to PPPK.
  pppk: { regime: 'pppk', asn: true, bases: ['pp-49-2018/p51-52', 'uu-20-2023/p24'] },
  // KepmenPANRB 16/2025: PPPK paruh waktu are Pegawai ASN appointed under a work agreement.
  pppk_paruh_waktu: { regime: 'pppk', asn: true, bases: ['kepmenpanrb-16-2025/pertama', 'pp-49-2018/p51-52'] },
  // SE MenPANRB 01/2023: forms of violation follow ASN; sanctions graded up to termination.
  non_asn: { regime: 'non_asn', asn: false, bases: ['se-menpanrb-01-2023/ppnpn'] },
  tni: { regime: 'none', asn: false, bases: [] },
  polri: { regime: 'none', asn: false, bases: [] },
  other: { regime: 'none', asn: false, bases: [] },
};

/** The PNS regulations: PP 94/2021 (Disiplin PNS) and PP 42/2004 (Kode Etik PNS) bind PNS and CPNS only. */
const PNS_REGULATIONS: ReadonlySet<string> = new Set(['pp-94-2021', 'pp-42-2004']);

/**
 * The bases of a finding that apply to the actor's regime: PP 94/2021, which the SKB matrix cites for its disiplin items,
 * and PP 42/2004, which it cites for its kode etik items, bind PNS and CPNS only, and the ASN law's Pasal 9(2) binds
 * Pegawai ASN only; for PPPK and non-ASN staff the finding cites the SKB item and the rest of its bases.
 * @internal
 */
export function basesUnder(bases: readonly LegalBasisId[], employment: Employment, registry: Registry = BUILT_IN_REGISTRY): LegalBasisId[] {
  const { regime, asn } = EMPLOYMENT_REGIMES[employment];
  if (regime === 'pns' || regime === 'cpns') return [...bases];
  return bases.filter((id) => !PNS_REGULATIONS.has(registry.bases[id]?.document ?? '') && (asn || !/^uu-(5-2014|20-2023)\/p9-2$/.test(id)));
}

/**
 * The conflict notes of a finding that apply to the actor's regime: each keeps the bases {@link basesUnder} keeps, and a
 * note none of whose bases binds the actor (the SKB's classification under PP 94/2021, for PPPK and non-ASN staff) is
 * dropped.
 * @internal
 */
export function conflictsUnder<C extends { readonly bases: readonly LegalBasisId[] }>(conflicts: readonly C[], employment: Employment, registry?: Registry): C[] {
  return conflicts.map((c) => ({ ...c, bases: basesUnder(c.bases, employment, registry) })).filter((c) => c.bases.length > 0);
}

/** What meets several items: one act (several items of it), or several acts of one report. @internal */
export type SeveralScope = 'one_act' | 'several_acts';

/** The first sentence of the note on several findings, by what meets them; the rule of the regime follows it. */
const SEVERAL_LEAD: Readonly<Record<SeveralScope, Bilingual>> = {
  one_act: t('Beberapa butir terpenuhi oleh satu perbuatan', 'One act meets several items'),
  several_acts: t('Beberapa perbuatan dalam satu laporan merupakan pelanggaran', 'Several acts in one report are violations'),
};

const SEVERAL_FINDINGS: Readonly<Record<Regime, { readonly rule: Bilingual; readonly bases: readonly LegalBasisId[] } | undefined>> = {
  pns: {
    rule: t(
      '; hanya satu jenis hukuman yang terberat yang dijatuhkan (PP 94/2021 Pasal 35).',
      '; only the single heaviest penalty is imposed (PP 94/2021 Pasal 35).',
    ),
    bases: ['pp-94-2021/p35'],
  },
  cpns: {
    rule: t(
      '; hanya satu jenis hukuman yang terberat yang dijatuhkan (PP 94/2021 Pasal 35, bagi CPNS melalui Pasal 43).',
      '; only the single heaviest penalty is imposed (PP 94/2021 Pasal 35, for CPNS through Pasal 43).',
    ),
    bases: ['pp-94-2021/p35', 'pp-94-2021/p43'],
  },
  // PP 94/2021 binds PNS only (update 2026-12 §2.3); the reference names no rule on several findings for PPPK.
  pppk: {
    rule: t(
      '. Rujukan hukum yang terverifikasi tidak memuat aturan penggabungan hukuman bagi PPPK (disiplin PPPK ditetapkan PPK instansi dan perjanjian kerja, PP 49/2018 Pasal 52); tingkat terberat ditampilkan sebagai indikasi.',
      '. The verified legal reference has no rule on combining penalties for PPPK (their discipline is set by the agency\'s PPK and the employment contract, PP 49/2018 Pasal 52); the heaviest level is shown as an indication.',
    ),
    bases: ['pp-49-2018/p51-52'],
  },
  non_asn: {
    rule: t(
      '. Sanksi pegawai non-ASN bertingkat sesuai perjanjian kerja (SE MenPANRB 01/2023); rujukan hukum tidak memuat aturan penggabungan hukuman bagi mereka.',
      '. Sanctions of non-ASN staff are graded under the work agreement (SE MenPANRB 01/2023); the reference has no rule on combining penalties for them.',
    ),
    bases: ['se-menpanrb-01-2023/ppnpn'],
  },
  none: undefined,
};

/** The levels of PP 94/2021's hukuman disiplin (Pasal 8) that the findings carry; sanksi moral is PP 42/2004's. */
const HUKUMAN_DISIPLIN: ReadonlySet<SanctionLevel> = new Set(['sedang', 'berat']);

/**
 * The note, with its bases, for one act meeting several items (or, with `scope` `several_acts`, several acts of one
 * report being violations), under the actor's regime, given the levels of the findings. PP 94/2021 Pasal 35 ("1 (satu) jenis Hukuman Disiplin yang terberat") binds PNS and, through Pasal 43, CPNS,
 * and concerns several disciplinary violations: it is cited where two findings carry a hukuman disiplin level, not for
 * the moral sanction of PP 42/2004 beside one. PPPK and non-ASN results never cite it; they get their own note where two
 * findings carry a level.
 * @internal
 */
export function severalFindingsNote(
  employment: Employment,
  levels: readonly SanctionLevel[],
  scope: SeveralScope = 'one_act',
): { readonly note: Bilingual; readonly bases: readonly LegalBasisId[] } | undefined {
  const regime = EMPLOYMENT_REGIMES[employment].regime;
  const counted = regime === 'pns' || regime === 'cpns' ? levels.filter((l) => HUKUMAN_DISIPLIN.has(l)) : levels.filter((l) => l !== 'undetermined');
  const several = SEVERAL_FINDINGS[regime];
  if (counted.length <= 1 || !several) return undefined;
  const lead = SEVERAL_LEAD[scope];
  return { note: t(`${lead.id}${several.rule.id}`, `${lead.en}${several.rule.en}`), bases: several.bases };
}

/**
 * The category of a finding under the actor's regime: non-ASN staff get their own category, never an ASN one.
 * @internal
 */
export function categoryUnder(category: Category, employment: Employment): Category {
  return EMPLOYMENT_REGIMES[employment].regime === 'non_asn' ? 'pelanggaran_netralitas_non_asn' : category;
}

const CATEGORY_TRACK: Readonly<Record<Category, Track>> = {
  kode_etik: 'kode_etik',
  disiplin: 'disiplin',
  pemberhentian_tidak_dengan_hormat: 'pemberhentian',
  pelanggaran_netralitas_non_asn: 'non_asn',
  tidak_mengundurkan_diri: 'pengunduran_diri',
};

/**
 * The handling track of a category.
 * @internal
 */
export function trackOf(category: Category): Track {
  return CATEGORY_TRACK[category];
}

const NOT_IN_REFERENCE = (who: Bilingual, law: string): Bilingual =>
  t(
    `Penerapan ${law} kepada ${who.id} tidak tercantum dalam rujukan hukum yang terverifikasi.`,
    `How ${law} applies to ${who.en} is not in the verified legal reference.`,
  );


const PPPK_REGIME_NOTE = t(
  'PPPK: PP 94/2021 tidak berlaku bagi PPPK (hanya PNS, dan CPNS melalui Pasal 43). Hukuman mengikuti PP 49/2018 Pasal 52 dan 59, disiplin yang ditetapkan PPK instansi, dan perjanjian kerja; pelanggaran kewajiban netralitas adalah pelanggaran disiplin (UU 20/2023 Pasal 24 ayat (2)). Tingkat matriks SKB yang ditampilkan hanya indikasi. PP 49/2018 Pasal 52 ayat (3) (tata cara pengenaan sanksi) hilang dalam salinan OCR dan belum terbaca.',
  'PPPK: PP 94/2021 does not apply to PPPK (PNS only, and CPNS through Pasal 43). The sanction follows PP 49/2018 Pasal 52 and 59, the discipline the agency\'s PPK sets and the employment contract; a breach of the duty of neutrality is a disciplinary breach (UU 20/2023 Pasal 24(2)). The SKB matrix level shown is an indication only. PP 49/2018 Pasal 52(3) (the procedure) is lost in the OCR copies and unread.',
);

const PPPK_KODE_ETIK_NOTE = t(
  'SKB menggolongkan perbuatan ini sebagai pelanggaran kode etik dengan sanksi moral PP 42/2004 Pasal 15, yang mengikat PNS; bagi PPPK sanksi moral itu hanya indikasi dan PP 42/2004 tidak dikutip.',
  'The SKB lists this act as a kode etik breach with the moral sanction of PP 42/2004 Pasal 15, which binds PNS; for PPPK that moral sanction is an indication only, and PP 42/2004 is not cited.',
);

const PPPK_BERAT_NOTE = t(
  'Pelanggaran disiplin PPPK tingkat berat, yaitu tidak mematuhi kewajiban atau melanggar larangan yang diatur dalam perjanjian kerja (PP 49/2018 Pasal 59 ayat (1)), mengakhiri perjanjian kerja (Pasal 53 ayat (2) huruf b).',
  'A heavy PPPK disciplinary breach, that is a breach of an obligation or prohibition set in the employment contract (PP 49/2018 Pasal 59(1)), ends the contract (Pasal 53(2)(b)).',
);

const PPPK_PTDH_NOTE = t(
  'Sejak UU 20/2023 berlaku, pemutusan karena pelanggaran disiplin tingkat berat dikategorikan sebagai pemberhentian tidak dengan hormat (Pasal 52 ayat (3) huruf g dan ayat (4)), sedangkan PP 49/2018 Pasal 53 ayat (2) huruf b menyebut pemutusan dengan hormat tidak atas permintaan sendiri. Kedua sumber dicantumkan.',
  'Since UU 20/2023, termination for a heavy disciplinary breach is classed as dismissal not with honour (Pasal 52(3)(g) and (4)), while PP 49/2018 Pasal 53(2)(b) names termination with honour not at own request. Both sources are cited.',
);

const CPNS_SEDANG_BERAT_NOTE = t(
  'CPNS yang terbukti melakukan pelanggaran disiplin tingkat sedang atau berat diberhentikan sebagai calon PNS (PP 11/2017 Pasal 37 ayat (2) huruf c); ukurannya pelanggaran yang terbukti, bukan hukuman yang dijatuhkan. Apakah PP 17/2020 mengubah pasal ini belum terverifikasi.',
  'A CPNS proven to have committed a sedang or berat disciplinary breach is dismissed as candidate civil servant (PP 11/2017 Pasal 37(2)(c)); the test is the proven breach, not the penalty imposed. Whether PP 17/2020 amended the article is not verified.',
);

const CPNS_PARTY_NOTE = t(
  'CPNS yang menjadi anggota dan/atau pengurus partai politik diberhentikan sebagai calon PNS (PP 11/2017 Pasal 37 ayat (2) huruf f). Apakah pemberhentian itu tergolong tidak dengan hormat menurut UU 20/2023 Pasal 52 ayat (4) ("Pegawai ASN") tidak dinyatakan dalam rujukan hukum.',
  'A CPNS who is a member and/or officer of a political party is dismissed as candidate civil servant (PP 11/2017 Pasal 37(2)(f)). Whether that dismissal is classed as not with honour under UU 20/2023 Pasal 52(4) ("Pegawai ASN") is not stated in the legal reference.',
);

const PPPK_RESIGN_NOTE = t(
  'UU 20/2023 Pasal 56 dan 59 ayat (3) mewajibkan Pegawai ASN, termasuk PPPK, mengundurkan diri secara tertulis sejak ditetapkan sebagai calon; akibat bagi PPPK yang tidak mengundurkan diri tidak tercantum dalam rujukan hukum yang terverifikasi (PP 11/2017 Pasal 254 ayat (4) mengatur PNS), sehingga tidak ada tingkat hukuman yang ditetapkan.',
  'UU 20/2023 Pasal 56 and 59(3) require a Pegawai ASN, PPPK included, to resign in writing from being determined as calon; the consequence for a PPPK who does not resign is not in the verified legal reference (PP 11/2017 Pasal 254(4) concerns PNS), so no sanction level is assigned.',
);

const PPPK_PARUH_WAKTU_NOTE = t(
  'PPPK paruh waktu adalah Pegawai ASN (KepmenPANRB 16/2025) dan diberhentikan antara lain karena pelanggaran disiplin tingkat berat dan keanggotaan partai politik.',
  'PPPK paruh waktu are Pegawai ASN (KepmenPANRB 16/2025) and are dismissed for, among other grounds, a heavy disciplinary breach and party membership.',
);

const NON_ASN_NOTE = t(
  'Pegawai pemerintah non-ASN (PPNPN): bentuk pelanggaran mengikuti ASN; sanksi bertingkat sampai pemutusan hubungan kerja sesuai perjanjian kerja (SE MenPANRB 01/2023). Kategori ASN, pemberhentian tidak dengan hormat, tingkat hukuman PP 94/2021 dan penanganan KASN/BKN berlaku bagi Pegawai ASN dan tidak diterapkan.',
  'Non-ASN government staff (PPNPN): the forms of violation follow those for ASN; sanctions are graded up to termination under the work agreement (SE MenPANRB 01/2023). The ASN categories, dismissal not with honour, the PP 94/2021 levels and KASN/BKN handling concern Pegawai ASN and are not applied.',
);

const NON_ASN_2025_NOTE = t(
  'UU 20/2023 Pasal 66 meminta pegawai non-ASN diselesaikan paling lambat Desember 2024; banyak PPNPN menjadi PPPK paruh waktu pada 2025 dan sejak itu Pegawai ASN: bila demikian, pilih status PPPK paruh waktu.',
  'UU 20/2023 Pasal 66 required non-ASN staff to be settled by December 2024; many PPNPN became PPPK paruh waktu in 2025 and are Pegawai ASN since: if so, choose the PPPK paruh waktu status.',
);

/**
 * The sanction of one finding as the result states it: level, options, consequences, bases in force, caveats and
 * disputed levels.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.sanction?.level; // 'berat'
 * if (r.ok) r.sanction?.bases; // ['pp-94-2021/p8-4', 'uu-5-2014/p87-3', 'uu-20-2023/p52-3-g']
 * ```
 */
export interface SanctionResult {
  /** Level of the sanction (for PPPK, the SKB matrix level as an indication only). */
  readonly level: SanctionLevel;
  /** The penalties the deciding official chooses from (empty where the law leaves it open). */
  readonly options: readonly SanctionOption[];
  /** Statutory consequences that follow beside the penalty (e.g. the end of a CPNS appointment, PP 11/2017 Pasal 37). */
  readonly consequences: readonly SanctionOption[];
  /** Legal bases of the sanction in force on the incident date. */
  readonly bases: readonly LegalBasisId[];
  /** Caveats in both languages. */
  readonly notes: readonly Bilingual[];
  /**
   * Where the level of this item comes from when no primary legal text states it: the secondary sources that reproduce
   * the SKB matrix. Empty when the level follows from the law itself.
   */
  readonly levelSources: readonly LegalBasisId[];
  /** Other levels that some sources give for the same item, with those sources. */
  readonly disputed: readonly { readonly level: SanctionLevel; readonly bases: readonly LegalBasisId[] }[];
}

/**
 * Resolves a sanction id for an employment on a date, under the employment's regime.
 * @internal
 */
export function resolveSanction(
  id: SanctionId,
  employment: Employment,
  date: string | undefined,
  disputed: SanctionResult['disputed'] = [],
  levelSources: SanctionResult['levelSources'] = [],
): SanctionResult {
  const def = DEFINITIONS[id];
  const regime = EMPLOYMENT_REGIMES[employment].regime;
  let options: readonly SanctionOption[] = def.options;
  let consequences: SanctionOption[] = [];
  let bases: LegalBasisId[] = [...def.bases];
  let notes: Bilingual[] = def.notes.filter((n) => inForce(n, date)).map((n) => n.text);
  let level = def.level;

  if (id === 'disiplin_sedang' && (regime === 'pns' || regime === 'cpns')) {
    const sedang = sedangOptions(def.options, date);
    options = sedang.options;
    notes.push(...sedang.notes);
  }

  if (regime === 'cpns') {
    if (id === 'disiplin_sedang' || id === 'disiplin_berat') {
      bases.push('pp-94-2021/p43', 'pp-11-2017/p37-2-c');
      if (id === 'disiplin_berat') {
        // UU 5/2014 Pasal 87(3) and UU 20/2023 Pasal 52(3)(g) speak of PNS / Pegawai ASN dismissal; a CPNS is dismissed
        // as candidate under PP 11/2017 Pasal 37(2)(c).
        bases = bases.filter((b) => b !== 'uu-5-2014/p87-3' && b !== 'uu-20-2023/p52-3-g');
        notes = [];
      }
      consequences = [
        opt('pemberhentian_sebagai_cpns', 'pp-11-2017/p37-2-c', 'Pemberhentian sebagai calon PNS', 'Dismissal as candidate civil servant'),
      ];
      notes.push(CPNS_SEDANG_BERAT_NOTE);
    }
    if (id === 'sanksi_moral') notes.push(NOT_IN_REFERENCE(t('CPNS', 'CPNS (candidate civil servants)'), 'PP 42/2004'));
    if (id === 'ptdh') {
      options = [opt('pemberhentian_sebagai_cpns', 'pp-11-2017/p37-2-f', 'Pemberhentian sebagai calon PNS', 'Dismissal as candidate civil servant')];
      bases = ['pp-11-2017/p37-2-f'];
      notes.push(CPNS_PARTY_NOTE);
    }
  } else if (regime === 'pppk') {
    const paruhWaktu = employment === 'pppk_paruh_waktu';
    if (id === 'sanksi_moral') {
      options = [];
      bases = ['uu-20-2023/p24', 'pp-49-2018/p51-52', 'pp-49-2018/p59'];
      notes = [PPPK_KODE_ETIK_NOTE, PPPK_REGIME_NOTE];
    }
    if (id === 'disiplin_sedang') {
      options = [];
      bases = ['uu-20-2023/p24', 'pp-49-2018/p51-52', 'pp-49-2018/p59'];
      notes = [PPPK_REGIME_NOTE];
    }
    if (id === 'disiplin_berat') {
      options = [
        opt(
          'pemutusan_hubungan_perjanjian_kerja_dengan_hormat_tidak_atas_permintaan_sendiri',
          'pp-49-2018/p53-2-b',
          'Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri',
          'Termination of the work agreement with honour, not at own request',
        ),
      ];
      bases = ['uu-20-2023/p24', 'pp-49-2018/p51-52', 'pp-49-2018/p59', 'pp-49-2018/p53-2-b', 'uu-20-2023/p52-3-g'];
      notes = [PPPK_REGIME_NOTE, PPPK_BERAT_NOTE, ...(inForce(windowOf('uu-20-2023/p52-3-g'), date) ? [PPPK_PTDH_NOTE] : [])];
      if (paruhWaktu) bases.push('kepmenpanrb-16-2025/pemberhentian');
    }
    if (id === 'ptdh') {
      options = [
        opt(
          'pemutusan_hubungan_perjanjian_kerja_tidak_dengan_hormat',
          'pp-49-2018/p53-3-c',
          'Pemutusan hubungan perjanjian kerja tidak dengan hormat',
          'Termination of the work agreement not with honour',
        ),
      ];
      bases = ['uu-5-2014/p105-3-c', 'uu-20-2023/p52-3-j', 'pp-49-2018/p53-3-c'];
      if (paruhWaktu) bases.push('kepmenpanrb-16-2025/pemberhentian');
    }
    if (id === 'pdh_calon') {
      level = 'undetermined';
      options = [];
      bases = ['uu-20-2023/p56-59-3'];
      notes = [PPPK_RESIGN_NOTE];
    }
    if (paruhWaktu) {
      bases.unshift('kepmenpanrb-16-2025/pertama');
      notes.push(PPPK_PARUH_WAKTU_NOTE);
    }
  } else if (regime === 'non_asn') {
    level = 'sesuai_perjanjian_kerja';
    options = [
      opt('sanksi_bertingkat_sesuai_perjanjian_kerja', 'se-menpanrb-01-2023/ppnpn', 'Sanksi bertingkat sesuai perjanjian kerja', 'Graded sanctions under the work agreement'),
      opt('pemutusan_hubungan_kerja', 'se-menpanrb-01-2023/ppnpn', 'Pemutusan hubungan kerja', 'Termination of employment'),
    ];
    const settlement = lawParameters().nonAsnSettlement;
    const settled = date !== undefined && date > settlement.until;
    bases = ['se-menpanrb-01-2023/ppnpn', ...(settled ? settlement.bases : [])];
    notes = [NON_ASN_NOTE, ...(settled ? [NON_ASN_2025_NOTE] : [])];
    // The SKB levels and their sources measure ASN penalties; they do not grade a work agreement's sanctions.
    disputed = [];
    levelSources = [];
  }
  return { level, options, consequences, bases: basesInForce(bases, date), notes, levelSources, disputed };
}
