/**
 * Every label a form or a result view shows, in Bahasa Indonesia (`id`, the default) and English (`en`), kept in one
 * place: each enumeration value, each question (one per fact the rules read, plus the date and the reference), and
 * each result field. The types make a missing value or a missing language a compile error; test/labels.test.ts also
 * walks every value at run time. Legal terms of art keep their legal names (kode etik, disiplin, CLTN, bakal calon).
 */
import { BUILT_IN_PACKS } from '../law/generated/data.js';
import { OTHER_REGION_LABEL, type Law } from '../law/law.js';
import {
  EARLIER_PENALTY_LEVELS,
  ACT_KINDS,
  ACTIVITY_FORMS,
  ATTRIBUTE_KINDS,
  BODIES,
  CAMPAIGN_PHASES,
  CATEGORIES,
  CONFIDENCES,
  ELECTIONS,
  EMPLOYMENTS,
  ENGAGEMENTS,
  LISTS,
  OFFICES,
  PARTY_ROLES,
  PHOTO_SUBJECTS,
  POSITIONS,
  RECORD_KINDS,
  REGIMES,
  REGIONS,
  RELATIONS,
  SANCTION_LEVELS,
  STAGES,
  TRACKS,
  VERDICTS,
} from '../vocabulary/enums.js';
import type { FACTS, FactName } from '../incident/facts.js';
import { t, type Bilingual } from '../vocabulary/text.js';

/** A label for each value of an enumeration tuple. */
type LabelsOf<T extends readonly (string | boolean)[]> = { readonly [K in `${T[number]}`]: Bilingual };

const labelsOf = <const T extends readonly (string | boolean)[]>(_values: T, labels: LabelsOf<T>): LabelsOf<T> => labels;

const BOOLEAN_VALUES = [true, false] as const;

/** The labels a field of the built-in packs gives (their `regions` or `lists`), merged in load order. */
const packLabels = (field: 'regions' | 'lists'): Record<string, Bilingual> =>
  Object.assign({}, ...BUILT_IN_PACKS.map((p) => (p as Partial<Record<typeof field, Record<string, Bilingual>>>)[field] ?? {})) as Record<string, Bilingual>;

/**
 * Labels of every enumeration value, by enumeration (the tuples of `enums.ts`; `boolean` for the yes/no facts).
 * Region, list and election labels come from the built-in packs (a region's or list's label where the pack declares
 * it, an election's title from its calendar), so adding a pack needs no label code; a classifier with packs has its
 * own (`labels`).
 * @example
 * ```ts
 * import { VALUE_LABELS } from 'netralitas-asn';
 * VALUE_LABELS.verdict.needs_information.id; // 'Perlu informasi tambahan'
 * VALUE_LABELS.employment.pppk.en;           // 'PPPK (government employee with a work agreement)'
 * ```
 */
export const VALUE_LABELS = {
  boolean: labelsOf(BOOLEAN_VALUES, { true: t('Ya', 'Yes'), false: t('Tidak', 'No') }),
  employment: labelsOf(EMPLOYMENTS, {
    pns: t('PNS (Pegawai Negeri Sipil)', 'PNS (civil servant)'),
    cpns: t('CPNS (calon PNS)', 'CPNS (candidate civil servant)'),
    pppk: t('PPPK (Pegawai Pemerintah dengan Perjanjian Kerja)', 'PPPK (government employee with a work agreement)'),
    pppk_paruh_waktu: t('PPPK paruh waktu', 'Part-time PPPK (PPPK paruh waktu)'),
    non_asn: t('Pegawai pemerintah non-ASN', 'Government staff who are not ASN'),
    tni: t('TNI', 'TNI (armed forces)'),
    polri: t('Polri', 'Polri (national police)'),
    other: t('Lainnya', 'Other'),
  }),
  position: labelsOf(POSITIONS, {
    pejabat_negara: t('Pejabat negara', 'State official (pejabat negara)'),
    pejabat_daerah: t('Pejabat daerah', 'Regional official (pejabat daerah)'),
    kepala_desa: t('Kepala desa atau sebutan lain', 'Village head (kepala desa)'),
    perangkat_desa: t('Perangkat desa', 'Village official (perangkat desa)'),
    anggota_bpd: t('Anggota Badan Permusyawaratan Desa', 'Member of the village council (BPD)'),
    none: t('Bukan salah satu di atas', 'None of these'),
  }),
  region: { ...packLabels('regions'), other: OTHER_REGION_LABEL } as LabelsOf<typeof REGIONS>,
  stage: labelsOf(STAGES, {
    bakal_calon: t('Bakal calon (sebelum penetapan calon oleh KPU)', 'Bakal calon (before the KPU determined the candidates)'),
    calon: t('Calon (sejak penetapan calon oleh KPU)', 'Calon (from the KPU determination of the candidates on)'),
  }),
  campaignPhase: labelsOf(CAMPAIGN_PHASES, {
    before_campaign: t('Sebelum masa kampanye', 'Before the campaign period'),
    campaign: t('Masa kampanye', 'Campaign period'),
    quiet_period: t('Masa tenang', 'Quiet period'),
    after_voting: t('Sejak hari pemungutan suara', 'From voting day on'),
  }),
  election: Object.fromEntries(BUILT_IN_PACKS.flatMap((p) => ((p as { elections?: { election: string; title: Bilingual }[] }).elections ?? []).map((c) => [c.election, c.title]))) as LabelsOf<typeof ELECTIONS>,
  office: labelsOf(OFFICES, {
    presiden_wapres: t('Presiden dan Wakil Presiden', 'President and Vice President'),
    dpr: t('DPR', 'DPR (House of Representatives)'),
    dpd: t('DPD', 'DPD (Regional Representative Council)'),
    dprd: t('DPRD', 'DPRD (regional legislature)'),
    gubernur: t('Gubernur', 'Governor (gubernur)'),
    wakil_gubernur: t('Wakil Gubernur', 'Vice governor (wakil gubernur)'),
    bupati: t('Bupati', 'Regent (bupati)'),
    wakil_bupati: t('Wakil Bupati', 'Vice regent (wakil bupati)'),
    walikota: t('Wali Kota', 'Mayor (wali kota)'),
    wakil_walikota: t('Wakil Wali Kota', 'Vice mayor (wakil wali kota)'),
    partai_politik: t('Partai politik', 'Political party'),
  }),
  relation: labelsOf(RELATIONS, {
    spouse: t('Suami/istri calon', "The candidate's husband or wife"),
    none: t('Tidak ada hubungan perkawinan', 'No marital relation'),
  }),
  actKind: labelsOf(ACT_KINDS, {
    install_campaign_props: t('Memasang spanduk/baliho/alat peraga', 'Installed banners, billboards or campaign props'),
    online_campaign: t('Sosialisasi/kampanye media sosial/online', 'Social-media or online promotion or campaign'),
    attend_declaration_or_campaign: t('Menghadiri deklarasi/kampanye', 'Attended a declaration or campaign'),
    social_media_engagement: t(
      'Posting, comment, share, like, bergabung/follow grup atau akun pemenangan',
      'Posted, commented, shared, liked, joined or followed a winning-team group or account',
    ),
    post_photo: t('Memposting foto', 'Posted a photo'),
    take_part_in_campaign: t(
      'Ikut kegiatan kampanye/sosialisasi/pengenalan',
      'Took part in a campaign, promotion or introduction activity',
    ),
    seek_own_candidacy: t('Mencalonkan diri (pendekatan sebagai bakal calon)', 'Sought own candidacy (approached as bakal calon)'),
    party_membership: t('Menjadi anggota/pengurus partai politik', 'Member or officer of a political party'),
    partisan_activity: t('Mengadakan kegiatan yang mengarah kepada keberpihakan', 'Held an activity leaning towards a side'),
    join_campaign_team: t('Menjadi tim ahli/tim pemenangan/konsultan', 'Served as expert, winning team or consultant'),
    collect_support_for_independent: t(
      'Memberikan surat dukungan/fotokopi KTP untuk calon perseorangan',
      'Gave a support letter or ID-card copies for an independent candidate',
    ),
    partisan_decision: t(
      'Membuat keputusan/tindakan yang menguntungkan atau merugikan peserta',
      'Made a decision or took an action favouring or harming a contestant',
    ),
    campaign_with_attributes: t(
      'Menjadi peserta kampanye dengan atribut partai atau atribut PNS',
      'Took part in a campaign wearing party or civil-servant attributes',
    ),
    mobilise_other_asn: t('Mengerahkan ASN lain dalam kampanye', 'Mobilised other civil servants in a campaign'),
    use_state_facilities: t('Menggunakan fasilitas negara/jabatan dalam kampanye', 'Used state facilities or facilities of office in a campaign'),
    use_regional_budget: t('Menggunakan anggaran daerah untuk mendukung calon', 'Used the regional budget to support a candidate'),
    mobilise_voters: t('Mobilisasi pemilih', 'Mobilised voters'),
    speak_at_campaign_event: t(
      'Menjadi pembicara/narasumber dalam kegiatan kampanye atau partai politik, atau juru kampanye',
      'Spoke as speaker or resource person at a campaign or party event, or acted as juru kampanye',
    ),
  }),
  engagement: labelsOf(ENGAGEMENTS, {
    post: t('Posting', 'Post'),
    comment: t('Comment', 'Comment'),
    share: t('Share', 'Share'),
    like: t('Like', 'Like'),
    join_group: t('Bergabung dalam grup', 'Joined a group'),
    follow: t('Follow akun', 'Followed an account'),
  }),
  photoSubject: labelsOf(PHOTO_SUBJECTS, {
    candidate: t('Bersama (bakal) calon', 'With the (prospective) candidate'),
    campaign_team_with_partisan_symbols: t(
      'Bersama tim sukses dengan simbol keberpihakan',
      'With a campaign team showing partisan symbols',
    ),
    campaign_props: t('Dengan alat peraga kampanye', 'With campaign props'),
    none_of_these: t('Tidak satu pun dari itu', 'None of these'),
  }),
  partyRole: labelsOf(PARTY_ROLES, { anggota: t('Anggota', 'Member'), pengurus: t('Pengurus', 'Officer') }),
  activityForm: labelsOf(ACTIVITY_FORMS, {
    pertemuan: t('Pertemuan', 'Meeting'),
    ajakan: t('Ajakan', 'Invitation'),
    himbauan: t('Himbauan', 'Appeal'),
    seruan: t('Seruan', 'Call'),
    pemberian_barang: t('Pemberian barang', 'Giving goods'),
  }),
  attributeKind: labelsOf(ATTRIBUTE_KINDS, {
    party: t('Atribut partai', 'Party attributes'),
    asn: t('Atribut PNS/ASN', 'Civil-servant attributes'),
  }),
  verdict: labelsOf(VERDICTS, {
    violation: t('Pelanggaran', 'Violation'),
    no_violation: t('Bukan pelanggaran', 'No violation'),
    needs_information: t('Perlu informasi tambahan', 'More information needed'),
    out_of_scope: t('Di luar cakupan', 'Out of scope'),
  }),
  category: labelsOf(CATEGORIES, {
    kode_etik: t('Pelanggaran kode etik', 'Kode etik (ethics) breach'),
    disiplin: t('Pelanggaran disiplin', 'Disiplin (disciplinary) breach'),
    pemberhentian_tidak_dengan_hormat: t('Pemberhentian tidak dengan hormat', 'Dismissal not with honour (PTDH)'),
    pelanggaran_netralitas_non_asn: t(
      'Pelanggaran netralitas oleh pegawai pemerintah non-ASN',
      'Neutrality breach by government staff who are not ASN',
    ),
    tidak_mengundurkan_diri: t(
      'Tidak mengundurkan diri sebagai Pegawai ASN sejak ditetapkan sebagai calon',
      'Did not resign as Pegawai ASN on being determined as calon',
    ),
  }),
  sanctionLevel: labelsOf(SANCTION_LEVELS, {
    undetermined: t('Tingkat hukuman tidak ditetapkan', 'No penalty level assigned'),
    sesuai_perjanjian_kerja: t(
      'Sanksi bertingkat sampai pemutusan hubungan kerja sesuai perjanjian kerja',
      'Graded sanctions up to termination, under the work agreement',
    ),
    sanksi_moral: t('Sanksi moral', 'Moral sanction (sanksi moral)'),
    sedang: t('Hukuman disiplin sedang', 'Moderate disciplinary penalty (sedang)'),
    berat: t('Hukuman disiplin berat', 'Heavy disciplinary penalty (berat)'),
    pemberhentian_dengan_hormat: t('Pemberhentian dengan hormat', 'Honourable dismissal'),
    pemberhentian_tidak_dengan_hormat: t('Pemberhentian tidak dengan hormat', 'Dismissal not with honour (PTDH)'),
  }),
  earlierPenaltyLevel: labelsOf(EARLIER_PENALTY_LEVELS, {
    sanksi_moral: t('Sanksi moral', 'Moral sanction (sanksi moral)'),
    ringan: t('Hukuman disiplin ringan', 'Light disciplinary penalty (ringan)'),
    sedang: t('Hukuman disiplin sedang', 'Moderate disciplinary penalty (sedang)'),
    berat: t('Hukuman disiplin berat', 'Heavy disciplinary penalty (berat)'),
  }),
  list: packLabels('lists') as LabelsOf<typeof LISTS>,
  track: labelsOf(TRACKS, {
    kode_etik: t('Penanganan kode etik', 'Kode etik track'),
    disiplin: t('Penanganan disiplin', 'Disiplin track'),
    pemberhentian: t('Pemberhentian', 'Dismissal track'),
    pengunduran_diri: t('Pengunduran diri calon', 'Resignation of a candidate'),
    non_asn: t('Penanganan pegawai non-ASN (perjanjian kerja)', 'Non-ASN staff track (work agreement)'),
    gakkumdu: t('Tindak pidana pemilihan (Sentra Gakkumdu)', 'Election crime (Sentra Gakkumdu)'),
  }),
  regime: labelsOf(REGIMES, {
    pns: t('PNS (PP 94/2021, PP 42/2004)', 'PNS (PP 94/2021, PP 42/2004)'),
    cpns: t('CPNS (PP 94/2021 Pasal 43, PP 11/2017 Pasal 37)', 'CPNS (PP 94/2021 Pasal 43, PP 11/2017 Pasal 37)'),
    pppk: t('PPPK (PP 49/2018 dan perjanjian kerja)', 'PPPK (PP 49/2018 and the work agreement)'),
    non_asn: t('Pegawai non-ASN (perjanjian kerja, SE MenPANRB 01/2023)', 'Non-ASN staff (work agreement, SE MenPANRB 01/2023)'),
    none: t('Di luar instrumen ASN', 'Outside the ASN instruments'),
  }),
  body: labelsOf(BODIES, {
    bawaslu: t('Bawaslu', 'Bawaslu (election supervisory body)'),
    satgas_netralitas: t('Satgas Netralitas ASN', 'Satgas Netralitas (ASN neutrality task force)'),
    kasn: t('KASN', 'KASN (civil service commission)'),
    bkn: t('BKN', 'BKN (national civil service agency)'),
    kemendagri: t('Kemendagri', 'Kemendagri (Ministry of Home Affairs)'),
    majelis_kode_etik: t('Majelis Kode Etik', 'Majelis Kode Etik (ethics council)'),
    tim_pemeriksa: t('Tim Pemeriksa', 'Tim Pemeriksa (examination team)'),
    ppk: t('Pejabat Pembina Kepegawaian (PPK)', 'Staffing authority (PPK)'),
    pejabat_berwenang_menghukum: t('Pejabat yang Berwenang Menghukum', 'Official authorised to impose penalties'),
    instansi_pemberi_kerja: t('Instansi pemberi kerja', 'Employing agency'),
    sentra_gakkumdu: t('Sentra Gakkumdu', 'Sentra Gakkumdu (integrated law-enforcement centre)'),
    pengadilan: t('Pengadilan', 'Court'),
  }),
  recordKind: labelsOf(RECORD_KINDS, {
    penyalahgunaan_kewenangan: t('Dugaan penyalahgunaan kewenangan', 'Suspected abuse of authority'),
    penggunaan_anggaran: t('Dugaan penggunaan anggaran', 'Suspected use of the budget'),
    penggunaan_fasilitas: t('Dugaan penggunaan fasilitas pemerintah', 'Suspected use of government facilities'),
    mobilisasi_pemilih: t('Dugaan mobilisasi pemilih', 'Suspected voter mobilisation'),
  }),
  confidence: labelsOf(CONFIDENCES, {
    high: t('Tinggi', 'High'),
    medium: t('Sedang', 'Medium'),
    low: t('Rendah', 'Low'),
  }),
} as const;

/**
 * Name of an enumeration that has labels.
 * @example
 * ```ts
 * import { VALUE_LABELS, type LabelledEnum } from 'netralitas-asn';
 * const which: LabelledEnum = 'sanctionLevel';
 * VALUE_LABELS[which].berat.id; // 'Hukuman disiplin berat'
 * ```
 */
export type LabelledEnum = keyof typeof VALUE_LABELS;

/** The values of a fact, as label keys (`'true'`/`'false'` for a yes/no fact). */
type FactValueKey<F extends FactName> = `${(typeof FACTS)[F]['domain'][number]}`;

/**
 * Which enumeration labels each fact's values: every fact the rules read has one, checked by the compiler.
 * @internal
 */
export const FACT_ENUMS: { readonly [F in FactName]: { [E in LabelledEnum]: FactValueKey<F> extends keyof (typeof VALUE_LABELS)[E] ? E : never }[LabelledEnum] } = {
  employment: 'employment',
  actingRegionalHead: 'boolean',
  cltn: 'boolean',
  resigned: 'boolean',
  region: 'region',
  position: 'position',
  act: 'actKind',
  activeSupport: 'boolean',
  engagement: 'engagement',
  photoShows: 'photoSubject',
  publiclyAccessible: 'boolean',
  supportPurpose: 'boolean',
  partyRole: 'partyRole',
  independentCandidacy: 'boolean',
  activityForm: 'activityForm',
  attributeKind: 'attributeKind',
  office: 'office',
  relation: 'relation',
  stage: 'stage',
  phase: 'campaignPhase',
  election: 'election',
};

/**
 * A field of the incident a form asks about: every fact the rules read, plus the date and the report reference.
 * @example
 * ```ts
 * import { QUESTION_LABELS, type QuestionKey } from 'netralitas-asn';
 * const key: QuestionKey = 'date';
 * QUESTION_LABELS[key].en; // 'Date of the act (Indonesian calendar day)'
 * ```
 */
export type QuestionKey = FactName | 'date' | 'reference';

/**
 * The question a form asks for each fact (and for the date and the reference), in both languages.
 * @example
 * ```ts
 * import { QUESTION_LABELS } from 'netralitas-asn';
 * QUESTION_LABELS.cltn.en; // 'Was the person on cuti di luar tanggungan negara (CLTN) at the time?'
 * ```
 */
export const QUESTION_LABELS: { readonly [K in QuestionKey]: Bilingual } = {
  employment: t('Apa status kepegawaian terlapor?', 'What is the employment status of the reported person?'),
  actingRegionalHead: t(
    'Apakah terlapor menjabat Penjabat (Pj) atau Penjabat Sementara (Pjs) kepala daerah?',
    'Does the reported person serve as acting regional head (Pj or Pjs kepala daerah)?',
  ),
  cltn: t(
    'Apakah terlapor sedang cuti di luar tanggungan negara (CLTN) saat itu?',
    'Was the person on cuti di luar tanggungan negara (CLTN) at the time?',
  ),
  resigned: t(
    'Apakah terlapor sudah menyatakan pengunduran diri secara tertulis sebagai Pegawai ASN sejak ditetapkan sebagai calon?',
    'Had the person resigned in writing as Pegawai ASN from being determined as calon?',
  ),
  region: t('Di instansi pemerintah mana terlapor bekerja?', 'Which government employs the reported person?'),
  position: t(
    'Apakah terlapor pejabat negara, pejabat daerah, kepala desa, perangkat desa, atau anggota BPD?',
    'Is the reported person a state official, a regional official, a village head, a village official or a village council member?',
  ),
  act: t('Apa yang dilakukan terlapor?', 'What did the reported person do?'),
  activeSupport: t(
    'Apakah terlapor memberikan tindakan/dukungan secara aktif (bukan sekadar hadir)?',
    'Did the person actively act or show support (not merely attend)?',
  ),
  engagement: t('Bentuk keterlibatan di media sosial?', 'What kind of social-media engagement?'),
  photoShows: t('Apa yang ditunjukkan foto itu?', 'What does the photo show?'),
  publiclyAccessible: t('Apakah foto diposting di media yang dapat diakses publik?', 'Was the photo posted on media the public can access?'),
  supportPurpose: t('Apakah foto diposting dengan tujuan memberikan dukungan?', 'Was the photo posted in order to give support?'),
  partyRole: t('Sebagai apa di partai politik?', 'In what role in the party?'),
  independentCandidacy: t(
    'Apakah terlapor mencalonkan diri sebagai calon perseorangan (bukan melalui partai)?',
    'Is the person seeking an independent candidacy (not through a party)?',
  ),
  activityForm: t('Bentuk kegiatannya?', 'What form did the activity take?'),
  attributeKind: t('Atribut apa yang dipakai?', 'Which attributes were worn?'),
  office: t('Untuk jabatan apa calon itu (atau partai politik)?', 'Which office does the candidate stand for (or the party)?'),
  relation: t('Apakah terlapor suami/istri calon?', "Is the reported person the candidate's husband or wife?"),
  stage: t(
    'Pada saat itu, apakah calon sudah ditetapkan oleh KPU?',
    'At the time, had the KPU already determined the candidates?',
  ),
  phase: t('Pada masa apa tindakan itu terjadi?', 'In which period did the act take place?'),
  election: t('Pemilihan yang mana?', 'Which election?'),
  date: t('Tanggal kejadian (waktu Indonesia)', 'Date of the act (Indonesian calendar day)'),
  reference: t('Nomor/rujukan laporan', 'Report number or reference'),
};

/**
 * The label of one value of a fact (`true`/`false` for a yes/no fact), or `undefined` for a value outside its domain.
 * @example
 * ```ts
 * import { valueLabel } from 'netralitas-asn';
 * valueLabel('stage', 'calon')?.id; // 'Calon (sejak penetapan calon oleh KPU)'
 * valueLabel('cltn', true)?.en;     // 'Yes'
 * ```
 */
export function valueLabel(fact: FactName, value: string | boolean, law?: Law): Bilingual | undefined {
  const labels = (law && (fact === 'region' || fact === 'election') ? lawLabels(law)[fact] : VALUE_LABELS[FACT_ENUMS[fact]]) as Readonly<Record<string, Bilingual>>;
  const key = String(value);
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/**
 * The labels of the values a law's packs add: its regions, elections and lists, in Bahasa Indonesia and English.
 * @example
 * ```ts
 * import { createClassifier, type LawLabels } from 'netralitas-asn';
 * const labels: LawLabels = createClassifier().labels;
 * labels.region.dki_jakarta.en; // 'DKI Jakarta provincial government'
 * ```
 */
export interface LawLabels {
  readonly region: Readonly<Record<string, Bilingual>>;
  readonly election: Readonly<Record<string, Bilingual>>;
  readonly list: Readonly<Record<string, Bilingual>>;
}

const lawLabelCache = new WeakMap<Law, LawLabels>();

/**
 * The labels of a law's regions, elections and lists.
 * @internal
 */
export function lawLabels(law: Law): LawLabels {
  let labels = lawLabelCache.get(law);
  if (!labels) {
    labels = {
      region: law.regionLabels,
      election: Object.fromEntries([...law.calendars.values()].map((c) => [c.election, c.title])),
      list: law.listLabels,
    };
    lawLabelCache.set(law, labels);
  }
  return labels;
}

/**
 * Short names of the incident fields (the question is the longer text), for form labels and the JSON Schema `title`.
 * @example
 * ```ts
 * import { FIELD_LABELS } from 'netralitas-asn';
 * FIELD_LABELS.employment.id; // 'Status kepegawaian'
 * ```
 */
export const FIELD_LABELS: { readonly [K in QuestionKey]: Bilingual } = {
  employment: t('Status kepegawaian', 'Employment status'),
  actingRegionalHead: t('Pj/Pjs kepala daerah', 'Acting regional head (Pj/Pjs)'),
  cltn: t('CLTN', 'CLTN (unpaid leave)'),
  resigned: t('Mengundurkan diri', 'Resigned'),
  region: t('Instansi daerah', 'Regional government'),
  position: t('Jabatan terlapor', 'Position of the reported person'),
  act: t('Tindakan', 'Act'),
  activeSupport: t('Dukungan aktif', 'Active support'),
  engagement: t('Bentuk keterlibatan', 'Kind of engagement'),
  photoShows: t('Isi foto', 'Photo shows'),
  publiclyAccessible: t('Dapat diakses publik', 'Publicly accessible'),
  supportPurpose: t('Tujuan memberikan dukungan', 'Purpose of support'),
  partyRole: t('Peran di partai', 'Role in the party'),
  independentCandidacy: t('Calon perseorangan', 'Independent candidacy'),
  activityForm: t('Bentuk kegiatan', 'Form of the activity'),
  attributeKind: t('Jenis atribut', 'Kind of attributes'),
  office: t('Jabatan yang diperebutkan', 'Office contested'),
  relation: t('Hubungan dengan calon', 'Relation to the candidate'),
  stage: t('Tahap pencalonan', 'Candidate stage'),
  phase: t('Fase kampanye', 'Campaign phase'),
  election: t('Pemilihan', 'Election'),
  date: t('Tanggal kejadian', 'Date of the act'),
  reference: t('Rujukan laporan', 'Report reference'),
};

/**
 * The parts of an incident that group its fields.
 * @example
 * ```ts
 * import { SECTION_LABELS, type SectionKey } from 'netralitas-asn';
 * const part: SectionKey = 'target';
 * SECTION_LABELS[part].title.en; // 'Who was favoured'
 * ```
 */
export type SectionKey = 'incident' | 'actor' | 'act' | 'target';

/**
 * Titles and descriptions of the incident and its parts (who, what, whom), for form sections and the JSON Schema.
 * @example
 * ```ts
 * import { SECTION_LABELS } from 'netralitas-asn';
 * SECTION_LABELS.actor.title.id; // 'Terlapor'
 * ```
 */
export const SECTION_LABELS: { readonly [K in SectionKey]: { readonly title: Bilingual; readonly description: Bilingual } } = {
  incident: {
    title: t('Laporan dugaan pelanggaran netralitas ASN', 'Report of a suspected breach of ASN neutrality'),
    description: t(
      'Hanya status kepegawaian dan tindakan yang wajib; fakta lain yang menentukan putusan akan ditanyakan.',
      'Only the employment status and the act are required; other facts the verdict turns on are asked for.',
    ),
  },
  actor: {
    title: t('Terlapor', 'Reported person'),
    description: t('Siapa yang melakukan tindakan.', 'Who did it.'),
  },
  act: {
    title: t('Tindakan', 'Act'),
    description: t('Apa yang dilakukan, dengan fakta yang dibedakan oleh aturan.', 'What was done, with the facts the rules distinguish.'),
  },
  target: {
    title: t('Pihak yang didukung', 'Who was favoured'),
    description: t('Calon atau partai yang diuntungkan oleh tindakan.', 'The candidate or party the act favoured.'),
  },
};
