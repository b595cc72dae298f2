/**
 * Every enumeration of the domain, defined once. The zod schema, the rule-file validation, the labels and the JSON
 * Schema all read these tuples; nothing else spells the values out.
 *
 * Indonesian terms of art keep their legal names (`kode_etik`, `disiplin`, `bakal_calon`, `calon`, `cltn`).
 */
import { ELECTION_IDS, LIST_IDS, REGION_IDS } from '../law/generated/data.js';

/**
 * Employment status of the reported person. `pppk_paruh_waktu` are part-time PPPK: Pegawai ASN appointed under a work
 * agreement (KepmenPANRB 16/2025), under the PPPK regime; `non_asn` are government staff who are not ASN (PPNPN).
 * @example
 * ```ts
 * import { EMPLOYMENTS } from 'netralitas-asn';
 * EMPLOYMENTS.includes('pppk'); // true
 * ```
 */
export const EMPLOYMENTS = ['pns', 'cpns', 'pppk', 'pppk_paruh_waktu', 'non_asn', 'tni', 'polri', 'other'] as const;

/**
 * Regions of the built-in law: those whose own circulars (SE) or election cycles its packs hold, in load order; `other`
 * means none of them. A classifier with packs adds the regions its packs declare.
 * @example
 * ```ts
 * import { REGIONS } from 'netralitas-asn';
 * REGIONS.includes('dki_jakarta'); // true
 * ```
 */
export const REGIONS = [...REGION_IDS, 'other'] as const;

/**
 * The actor's position, where an election-crime article names it (UU 7/2017 Pasal 280 ayat (2) and 494; UU 1/2015
 * Pasal 71 and 188, as read by Putusan MK 136/PUU-XXII/2024 from 14 November 2024). `none` means none of these.
 * @example
 * ```ts
 * import { POSITIONS } from 'netralitas-asn';
 * POSITIONS.includes('kepala_desa'); // true
 * ```
 */
export const POSITIONS = ['pejabat_negara', 'pejabat_daerah', 'kepala_desa', 'perangkat_desa', 'anggota_bpd', 'none'] as const;

/**
 * Candidate stage: `bakal_calon` before the KPU determines the candidates, `calon` from that determination on.
 * @example
 * ```ts
 * import { STAGES } from 'netralitas-asn';
 * STAGES; // ['bakal_calon', 'calon']
 * ```
 */
export const STAGES = ['bakal_calon', 'calon'] as const;

/**
 * Campaign phase. `after_voting` starts on voting day itself (inclusive).
 * @example
 * ```ts
 * import { CAMPAIGN_PHASES } from 'netralitas-asn';
 * CAMPAIGN_PHASES[1]; // 'campaign'
 * ```
 */
export const CAMPAIGN_PHASES = ['before_campaign', 'campaign', 'quiet_period', 'after_voting'] as const;

/**
 * The elections the built-in law has calendars for (`packs/national/elections/`). A classifier with packs adds the
 * elections its packs hold.
 * @example
 * ```ts
 * import { ELECTIONS } from 'netralitas-asn';
 * ELECTIONS; // ['pemilu_2024', 'pilkada_2024']
 * ```
 */
export const ELECTIONS = ELECTION_IDS;

/**
 * Office the target of the act stands for (or the party itself).
 * @example
 * ```ts
 * import { OFFICES } from 'netralitas-asn';
 * OFFICES.includes('bupati'); // true
 * ```
 */
export const OFFICES = [
  'presiden_wapres',
  'dpr',
  'dpd',
  'dprd',
  'gubernur',
  'wakil_gubernur',
  'bupati',
  'wakil_bupati',
  'walikota',
  'wakil_walikota',
  'partai_politik',
] as const;

/**
 * Relation of the reported person to the target: `spouse` when the ASN is the candidate's husband or wife.
 * @example
 * ```ts
 * import { RELATIONS } from 'netralitas-asn';
 * RELATIONS; // ['spouse', 'none']
 * ```
 */
export const RELATIONS = ['spouse', 'none'] as const;

/**
 * The acts the sources list. Each value is one conduct; the sub-facts that the law distinguishes for it live in the
 * act object of the incident schema. `speak_at_campaign_event` is speaking as speaker or resource person (narasumber)
 * at a campaign, declaration, socialisation or introduction event of a candidate or a political party, or acting as
 * juru kampanye (SE MenPANRB 18/2023 names it for a candidate's spouse).
 * @example
 * ```ts
 * import { ACT_KINDS } from 'netralitas-asn';
 * ACT_KINDS.includes('party_membership'); // true
 * ```
 */
export const ACT_KINDS = [
  'install_campaign_props',
  'online_campaign',
  'attend_declaration_or_campaign',
  'social_media_engagement',
  'post_photo',
  'take_part_in_campaign',
  'seek_own_candidacy',
  'party_membership',
  'partisan_activity',
  'join_campaign_team',
  'collect_support_for_independent',
  'partisan_decision',
  'campaign_with_attributes',
  'mobilise_other_asn',
  'use_state_facilities',
  'use_regional_budget',
  'mobilise_voters',
  'speak_at_campaign_event',
] as const;

/**
 * Kinds of social-media engagement named by SKB kode etik item 4 and disiplin item 6.
 * @example
 * ```ts
 * import { ENGAGEMENTS } from 'netralitas-asn';
 * ENGAGEMENTS.includes('like'); // true
 * ```
 */
export const ENGAGEMENTS = ['post', 'comment', 'share', 'like', 'join_group', 'follow'] as const;

/**
 * What a posted photo shows (SKB kode etik item 5 and disiplin item 7, sub-items a to c), or none of them.
 * @example
 * ```ts
 * import { PHOTO_SUBJECTS } from 'netralitas-asn';
 * PHOTO_SUBJECTS[0]; // 'candidate'
 * ```
 */
export const PHOTO_SUBJECTS = [
  'candidate',
  'campaign_team_with_partisan_symbols',
  'campaign_props',
  'none_of_these',
] as const;

/**
 * Role in a political party (SKB disiplin item 5: "anggota dan/atau pengurus").
 * @example
 * ```ts
 * import { PARTY_ROLES } from 'netralitas-asn';
 * PARTY_ROLES; // ['anggota', 'pengurus']
 * ```
 */
export const PARTY_ROLES = ['anggota', 'pengurus'] as const;

/**
 * Forms of a partisan activity (SKB disiplin item 8, PP 94/2021 Pasal 5 huruf n angka 6).
 * @example
 * ```ts
 * import { ACTIVITY_FORMS } from 'netralitas-asn';
 * ACTIVITY_FORMS.includes('pemberian_barang'); // true
 * ```
 */
export const ACTIVITY_FORMS = ['pertemuan', 'ajakan', 'himbauan', 'seruan', 'pemberian_barang'] as const;

/**
 * Attributes worn at a campaign (PP 94/2021 Pasal 5 huruf n angka 2: "atribut partai atau atribut PNS").
 * @example
 * ```ts
 * import { ATTRIBUTE_KINDS } from 'netralitas-asn';
 * ATTRIBUTE_KINDS; // ['party', 'asn']
 * ```
 */
export const ATTRIBUTE_KINDS = ['party', 'asn'] as const;

/**
 * Verdicts of a classification.
 * @example
 * ```ts
 * import { VERDICTS } from 'netralitas-asn';
 * VERDICTS.includes('needs_information'); // true
 * ```
 */
export const VERDICTS = ['violation', 'no_violation', 'needs_information', 'out_of_scope'] as const;

/**
 * Category of a finding: an ethics breach, a disciplinary breach, or a statutory dismissal (party membership) of a
 * Pegawai ASN; or a neutrality breach by non-ASN government staff, which SE MenPANRB 01/2023 handles under the work
 * agreement (never an ASN category); or a Pegawai ASN who is a calon and did not resign in writing from their
 * determination as calon (UU 20/2023 Pasal 56 and 59(3)), a statutory duty apart from the neutrality lists.
 * @example
 * ```ts
 * import { CATEGORIES } from 'netralitas-asn';
 * CATEGORIES; // ['kode_etik', 'disiplin', 'tidak_mengundurkan_diri', 'pemberhentian_tidak_dengan_hormat', 'pelanggaran_netralitas_non_asn']
 * ```
 */
export const CATEGORIES = [
  'kode_etik',
  'disiplin',
  'tidak_mengundurkan_diri',
  'pemberhentian_tidak_dengan_hormat',
  'pelanggaran_netralitas_non_asn',
] as const;

/**
 * Sanction levels, from lightest to heaviest. `undetermined` means no source assigns a level (the SKB catch-all
 * leaves it to the Satgas); `sesuai_perjanjian_kerja` is the non-ASN staff's sanction, graded under the work agreement
 * up to its termination (SE MenPANRB 01/2023), which no ASN level measures.
 * @example
 * ```ts
 * import { SANCTION_LEVELS } from 'netralitas-asn';
 * SANCTION_LEVELS.indexOf('berat') > SANCTION_LEVELS.indexOf('sedang'); // true
 * ```
 */
export const SANCTION_LEVELS = [
  'undetermined',
  'sesuai_perjanjian_kerja',
  'sanksi_moral',
  'sedang',
  'berat',
  'pemberhentian_dengan_hormat',
  'pemberhentian_tidak_dengan_hormat',
] as const;

/**
 * Levels of an earlier penalty an actor may carry: the three levels of hukuman disiplin of PP 94/2021 Pasal 8 ayat (1)
 * (ringan, sedang, berat), and the moral sanction of PP 42/2004 Pasal 15 for a kode etik breach, lightest first.
 * @example
 * ```ts
 * import { EARLIER_PENALTY_LEVELS } from 'netralitas-asn';
 * EARLIER_PENALTY_LEVELS.indexOf('berat') > EARLIER_PENALTY_LEVELS.indexOf('sedang'); // true
 * ```
 */
export const EARLIER_PENALTY_LEVELS = ['sanksi_moral', 'ringan', 'sedang', 'berat'] as const;

/**
 * Lists a finding of the built-in law can belong to: the two SKB 2022 lists, the PP 94/2021 prohibitions, and the
 * ministry and regional documents, as the built-in packs declare them (the `lists` of each `pack.json` under `packs/`).
 * @example
 * ```ts
 * import { LISTS } from 'netralitas-asn';
 * LISTS.includes('pp_94_2021'); // true
 * ```
 */
export const LISTS = LIST_IDS;

/**
 * Handling tracks: the administrative kode etik and disiplin tracks and statutory dismissal of Pegawai ASN, the
 * non-ASN staff's track under their work agreement, and the election-crime track (Sentra Gakkumdu) that may run beside
 * them.
 * @example
 * ```ts
 * import { TRACKS } from 'netralitas-asn';
 * TRACKS.includes('gakkumdu'); // true
 * ```
 */
export const TRACKS = ['kode_etik', 'disiplin', 'pemberhentian', 'non_asn', 'gakkumdu', 'pengunduran_diri'] as const;

/**
 * Bodies that take a step in handling a case.
 * @example
 * ```ts
 * import { BODIES } from 'netralitas-asn';
 * BODIES.includes('majelis_kode_etik'); // true
 * ```
 */
export const BODIES = [
  'bawaslu',
  'satgas_netralitas',
  'kasn',
  'bkn',
  'kemendagri',
  'majelis_kode_etik',
  'tim_pemeriksa',
  'ppk',
  'pejabat_berwenang_menghukum',
  'instansi_pemberi_kerja',
  'sentra_gakkumdu',
  'pengadilan',
] as const;

/**
 * Kinds of suspected violation that Surat Kemendagri 100.2.2.6/5812/OTDA point 3.e asks regions to record.
 * @example
 * ```ts
 * import { RECORD_KINDS } from 'netralitas-asn';
 * RECORD_KINDS.includes('penggunaan_anggaran'); // true
 * ```
 */
export const RECORD_KINDS = [
  'penyalahgunaan_kewenangan',
  'penggunaan_anggaran',
  'penggunaan_fasilitas',
  'mobilisasi_pemilih',
] as const;

/**
 * Employment regimes: which body of law governs the sanction and the handling of an employment (`pns`: PP 94/2021 and
 * PP 42/2004; `cpns`: PP 94/2021 through its Pasal 43 and PP 11/2017 Pasal 37; `pppk`: PP 49/2018, the agency's rules
 * and the contract; `non_asn`: the work agreement under SE MenPANRB 01/2023; `none`: outside the instruments). The
 * national pack's `sanctions.json` places each employment under one.
 * @example
 * ```ts
 * // src/vocabulary/enums.ts (internal): the regimes sanctions.json may name
 * REGIMES.includes('pppk'); // true
 * ```
 * @internal
 */
export const REGIMES = ['pns', 'cpns', 'pppk', 'non_asn', 'none'] as const;

/**
 * Confidence of a legal statement, as graded by the verified legal reference.
 * @example
 * ```ts
 * import { CONFIDENCES } from 'netralitas-asn';
 * CONFIDENCES; // ['high', 'medium', 'low']
 * ```
 */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** @internal */
export type Employment = (typeof EMPLOYMENTS)[number];
/** @internal */
export type Regime = (typeof REGIMES)[number];
/** @internal */
export type Position = (typeof POSITIONS)[number];
/** @internal */
export type Stage = (typeof STAGES)[number];
/** @internal */
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];
/** @internal */
export type Election = (typeof ELECTIONS)[number];
/** @internal */
export type Office = (typeof OFFICES)[number];
/** @internal */
export type ActKind = (typeof ACT_KINDS)[number];
/** @internal */
export type Verdict = (typeof VERDICTS)[number];
/** @internal */
export type Category = (typeof CATEGORIES)[number];
/** @internal */
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];
/** @internal */
export type ListId = (typeof LISTS)[number];
/** @internal */
export type Track = (typeof TRACKS)[number];
/** @internal */
export type RecordKind = (typeof RECORD_KINDS)[number];
/** @internal */
export type Confidence = (typeof CONFIDENCES)[number];
/** @internal */
export type Body = (typeof BODIES)[number];
