/**
 * The sanctions the law gives, by sanction id and employment: level, the options the deciding official chooses from,
 * their legal bases and the caveats the legal reference records.
 */
import type { Employment, SanctionLevel } from './enums.js';
import type { LegalBasisId } from './legal-bases.js';
import { t, type Bilingual } from './text.js';
import { basesInForce, inForce } from './validity.js';

/** Ids of the sanctions a rule may name. @internal */
export const SANCTION_IDS = ['sanksi_moral', 'disiplin_sedang', 'disiplin_berat', 'ptdh', 'undetermined'] as const;
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

const opt = (id: string, basis: LegalBasisId, idText: string, en: string): SanctionOption => ({ id, basis, label: t(idText, en) });

const SEDANG_FORMS_NOTE = t(
  'PP 94/2021 Pasal 42: pemotongan tunjangan kinerja berlaku setelah PP mengenai Gaji dan Tunjangan berlaku; sebelum itu berlaku bentuk PP 53/2010 Pasal 7 ayat (3). Apakah PP tersebut sudah berlaku pada 2023-2024 belum terverifikasi, sehingga kedua bentuk dicantumkan.',
  'PP 94/2021 Pasal 42: the performance-allowance cuts apply once the regulation on salaries and allowances is in force; until then the PP 53/2010 Pasal 7(3) forms apply. Whether that regulation was in force in 2023-2024 is not verified, so both sets are listed.',
);

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
    options: [
      opt('pemotongan_tukin_25_persen_6_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 6 bulan', '25% cut of the performance allowance for 6 months'),
      opt('pemotongan_tukin_25_persen_9_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 9 bulan', '25% cut of the performance allowance for 9 months'),
      opt('pemotongan_tukin_25_persen_12_bulan', 'pp-94-2021/p8-3', 'Pemotongan tunjangan kinerja 25% selama 12 bulan', '25% cut of the performance allowance for 12 months'),
      opt('penundaan_kenaikan_gaji_berkala_1_tahun', 'pp-53-2010/p7-3', 'Penundaan kenaikan gaji berkala selama 1 tahun', 'Periodic salary increase postponed for 1 year'),
      opt('penundaan_kenaikan_pangkat_1_tahun', 'pp-53-2010/p7-3', 'Penundaan kenaikan pangkat selama 1 tahun', 'Promotion in rank postponed for 1 year'),
      opt('penurunan_pangkat_1_tahun', 'pp-53-2010/p7-3', 'Penurunan pangkat setingkat lebih rendah selama 1 tahun', 'Demotion by one rank for 1 year'),
    ],
    bases: ['pp-94-2021/p8-3', 'pp-94-2021/p42', 'pp-53-2010/p7-3'],
    notes: [{ text: SEDANG_FORMS_NOTE }],
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

const NOT_IN_REFERENCE = (who: Bilingual, law: string): Bilingual =>
  t(
    `Penerapan ${law} kepada ${who.id} tidak tercantum dalam rujukan hukum yang terverifikasi.`,
    `How ${law} applies to ${who.en} is not in the verified legal reference.`,
  );

/**
 * The sanction of one finding as the result states it: level, options, bases in force, caveats and disputed levels.
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
  /** Level of the sanction. */
  readonly level: SanctionLevel;
  /** The penalties the deciding official chooses from (empty where the law leaves it open). */
  readonly options: readonly SanctionOption[];
  /** Legal bases of the sanction in force on the incident date. */
  readonly bases: readonly LegalBasisId[];
  /** Caveats in both languages. */
  readonly notes: readonly Bilingual[];
  /**
   * Where the level of this item comes from when no primary legal text states it: the secondary sources that reproduce
   * the SKB matrix (ref §1.4). Empty when the level follows from the law itself.
   */
  readonly levelSources: readonly LegalBasisId[];
  /** Other levels that some sources give for the same item, with those sources. */
  readonly disputed: readonly { readonly level: SanctionLevel; readonly bases: readonly LegalBasisId[] }[];
}

/**
 * Resolves a sanction id for an employment on a date.
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
  let options: readonly SanctionOption[] = def.options;
  let bases: LegalBasisId[] = [...def.bases];
  const notes: Bilingual[] = def.notes.filter((n) => inForce(n, date)).map((n) => n.text);
  let level = def.level;

  if (employment === 'cpns') {
    if (id === 'disiplin_sedang' || id === 'disiplin_berat') bases.push('pp-94-2021/p43');
    if (id === 'sanksi_moral') notes.push(NOT_IN_REFERENCE(t('CPNS', 'CPNS (candidate civil servants)'), 'PP 42/2004'));
    if (id === 'ptdh') notes.push(NOT_IN_REFERENCE(t('CPNS', 'CPNS (candidate civil servants)'), 'pemberhentian karena keanggotaan partai'));
  } else if (employment === 'pppk') {
    if (id === 'disiplin_sedang' || id === 'disiplin_berat') {
      options = [];
      bases = ['pp-49-2018/p51-52'];
      notes.length = 0;
      notes.push(
        t(
          'Untuk PPPK, PPK setiap instansi menetapkan disiplin PPPK (PP 49/2018 Pasal 52); penjenjangan hukumannya belum terverifikasi. Tingkat yang ditampilkan adalah tingkat matriks SKB.',
          'For PPPK, each agency\'s PPK sets PPPK discipline (PP 49/2018 Pasal 52); how its sanctions are graded is not verified. The level shown is the SKB matrix level.',
        ),
      );
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
    }
    if (id === 'sanksi_moral') notes.push(NOT_IN_REFERENCE(t('PPPK', 'PPPK (contract civil servants)'), 'PP 42/2004'));
  } else if (employment === 'non_asn') {
    level = 'undetermined';
    options = [];
    bases = ['se-menpanrb-01-2023/ppnpn'];
    notes.length = 0;
    notes.push(
      t(
        'Pegawai pemerintah non-ASN: bentuk pelanggaran mengikuti ASN; sanksi bertingkat sampai pemutusan hubungan kerja sesuai perjanjian kerja (SE MenPANRB 01/2023).',
        'Non-ASN government staff: the forms of violation follow those for ASN; sanctions are graded up to termination under the work agreement (SE MenPANRB 01/2023).',
      ),
    );
  }
  return { level, options, bases: basesInForce(bases, date), notes, levelSources, disputed };
}
