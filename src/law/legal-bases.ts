/**
 * The registry of legal instruments and legal bases. Every article, item, quote, date and confidence here is taken
 * from the project's verified legal reference; each `source` names the public text or page that reference read (or says
 * that no public copy is named). Rules cite bases by id; a test checks that every id they cite is here.
 */
import type { Confidence } from '../vocabulary/enums.js';

/**
 * A legal instrument (law, regulation, joint decision, circular) or a secondary source the reference relies on.
 * @example
 * ```ts
 * import { LEGAL_DOCUMENTS, type LegalDocument } from 'netralitas-asn';
 * const doc: LegalDocument = LEGAL_DOCUMENTS['pp-94-2021'];
 * doc.short; // 'PP 94/2021'
 * doc.level; // 'national'
 * ```
 */
export interface LegalDocument {
  /** Short citation, e.g. "PP 94/2021". */
  readonly short: string;
  /** Full title in Bahasa Indonesia. */
  readonly title: string;
  /** `national` instruments bind every ASN; `regional` ones bind the ASN of one region; `secondary` are reports. */
  readonly level: 'national' | 'regional' | 'secondary';
  /** First day (YYYY-MM-DD) it was in force, where the reference gives one. */
  readonly inForceFrom?: string;
  /** Last day (YYYY-MM-DD) it was in force, where it has ended. */
  readonly inForceUntil?: string;
  /** Id of the document that replaced it. */
  readonly supersededBy?: string;
  /** Where the reference says this comes from. */
  readonly source: string;
}

/**
 * One legal basis: an article, item or point of a document, with a short quote.
 * @example
 * ```ts
 * import { LEGAL_BASES, type LegalBasis } from 'netralitas-asn';
 * const basis: LegalBasis = LEGAL_BASES['skb-2022/d-1'];
 * basis.document; // 'skb-2022'
 * basis.article; // 'Lampiran, Pelanggaran Disiplin angka 1'
 * ```
 */
export interface LegalBasis {
  /** Id of the document in {@link LEGAL_DOCUMENTS}. */
  readonly document: keyof typeof LEGAL_DOCUMENTS;
  /** Article, item or point, as the document numbers it. */
  readonly article: string;
  /** Short quote (Bahasa Indonesia, as in the source). */
  readonly quote: string;
  /** Where the reference read it. */
  readonly source: string;
  /** Confidence given by the reference. */
  readonly confidence: Confidence;
  /** Overrides the document's first day in force. */
  readonly inForceFrom?: string;
  /** Overrides the document's last day in force. */
  readonly inForceUntil?: string;
  /** Id of the basis that takes over after {@link LegalBasis.inForceUntil}. */
  readonly supersededBy?: string;
}

const DP = 'https://github.com/mblonyox/data-peraturan/blob';
const DP_C = `${DP}/c87e61671ffca02de147b49e204c6eaa9988f077`;
const OCR = '(OCR of the peraturan.go.id copy)';
const JKT =
  'https://jakarta.go.id/asnpilihnetral (Jakarta government page reproducing the SKB list; also https://medan.bkn.go.id/2023/10/apa-pelanggaran-disiplin-dan-jenis-sanksi-atas-pelanggaran-netralitas-pegawai-asn); signed text of the SKB Lampiran not seen';
const NOT_PUBLIC = 'signed text read for the reference; no public copy named';
const DKI = `SE Sekda DKI Jakarta e-0011/SE/2023, 22 Mei 2023 (${NOT_PUBLIC})`;
const TALA = `SE Bupati Tanah Laut 863/0321/BKPSDM/2023, 30 Januari 2023 (${NOT_PUBLIC})`;
const KDN = `Surat Kemendagri 100.2.2.6/5812/OTDA, 24 Agustus 2023 (${NOT_PUBLIC})`;
const MADIUN = `SE Sekda Kabupaten Madiun 800.1.6.2/2942/402.201/2023 (${NOT_PUBLIC})`;
const PP94_TEXT = `${DP_C}/pp/2021/94.md ${OCR}`;
const PP42_TEXT = `${DP_C}/pp/2004/42.md ${OCR}`;
const PP53_TEXT = `${DP_C}/pp/2010/53.md ${OCR}`;
const UU5_TEXT = `${DP_C}/uu/2014/5.md ${OCR}`;
const UU20_TEXT = `${DP}/3dfb1241228cb63ddb12f8eb8175197645665a26/uu/2023/20/fulltext.md ${OCR}`;
const PP11_TEXT = `${DP_C}/pp/2017/11.md ${OCR}`;
const PP49_TEXT = `${DP_C}/pp/2018/49.md ${OCR}`;
const PILKADA_TEXT = `${DP_C}/uu/2015/1.md, ${DP_C}/uu/2015/8.md and ${DP_C}/uu/2016/10.md ${OCR}`;
const UU7_NEWS =
  'primary text not seen (the public OCR stops at Pasal 227); quoted at https://www.grahamedia.id/berita/1843336925/bawaslu-minta-peserta-patuhi-pasal-280-dalam-kampanye-berikut-penjelasannya?page=2 and other news reproductions';
const KOMPAS = 'https://www.kompas.com/tren/read/2023/11/06/133000265/potong-gaji-dan-pemberhentian-ini-jenis-pelanggaran-asn-tidak-netral-jelang?page=all';
const PP94_LN = `Lembaran Negara RI Tahun 2021 Nomor 202; text: ${PP94_TEXT}`;
const PP49 = `Peraturan Pemerintah Nomor 49 Tahun 2018, diundangkan 28 November 2018; text: ${PP49_TEXT}`;
const PP11 = `Peraturan Pemerintah Nomor 11 Tahun 2017 (original text; amendment by PP 17/2020 not verified); text: ${PP11_TEXT}`;
const UU20 = `Lembaran Negara RI Tahun 2023 Nomor 141; text: ${UU20_TEXT}`;
const PR91 = `Lembaran Negara RI Tahun 2024 Nomor 182; text: ${DP}/81a0c2a9c740949099cbf0b218bdc72b3343ea3c/perpres/2024/91/fulltext.md ${OCR}`;
const PR92 = `Lembaran Negara RI Tahun 2024 Nomor 183; text: ${DP}/81a0c2a9c740949099cbf0b218bdc72b3343ea3c/perpres/2024/92/fulltext.md ${OCR}`;
const PR116 = `Lembaran Negara RI Tahun 2022 Nomor 185; text: ${DP}/23ceee96017e7caf1fee132e3735d0ed10375068/perpres/2022/116/fulltext.md ${OCR}`;

/**
 * The instruments and secondary sources the bases come from.
 * @example
 * ```ts
 * import { LEGAL_DOCUMENTS } from 'netralitas-asn';
 * LEGAL_DOCUMENTS['pp-94-2021'].inForceFrom; // '2021-08-31'
 * ```
 */
export const LEGAL_DOCUMENTS = {
  'skb-2022': {
    short: 'SKB 2022 Netralitas ASN',
    title:
      'Keputusan Bersama MenPANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, Nomor 1447.1/PM.01/K.1/09/2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan',
    level: 'national',
    inForceFrom: '2022-09-22',
    source:
      'https://www.scribd.com/document/602350661/SKB-Netralitas-ASN-22-September-2022 (signed document, only its first page public; date 22 September 2022 from Surat Kemendagri 100.2.2.6/5812/OTDA point 4.a, high); Lampiran II signed text not seen',
  },
  'pp-94-2021': {
    short: 'PP 94/2021',
    title: 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
    level: 'national',
    inForceFrom: '2021-08-31',
    source: `Lembaran Negara RI Tahun 2021 Nomor 202; text: ${PP94_TEXT}`,
  },
  'pp-42-2004': {
    short: 'PP 42/2004',
    title: 'Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil',
    level: 'national',
    inForceFrom: '2004-10-18',
    source: PP42_TEXT,
  },
  'pp-53-2010': {
    short: 'PP 53/2010',
    title: 'Peraturan Pemerintah Nomor 53 Tahun 2010 tentang Disiplin Pegawai Negeri Sipil',
    level: 'national',
    source: `${PP53_TEXT}; still governs hukuman disiplin sedang through PP 94/2021 Pasal 42 ayat (2)`,
  },
  'uu-5-2014': {
    short: 'UU 5/2014',
    title: 'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara',
    level: 'national',
    inForceFrom: '2014-01-15',
    inForceUntil: '2023-10-30',
    supersededBy: 'uu-20-2023',
    source: `${UU5_TEXT}; repealed by UU 20/2023 Pasal 76`,
  },
  'uu-20-2023': {
    short: 'UU 20/2023',
    title: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
    level: 'national',
    inForceFrom: '2023-10-31',
    source: UU20,
  },
  'pp-11-2017': {
    short: 'PP 11/2017',
    title: 'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
    level: 'national',
    source: PP11,
  },
  'pp-49-2018': {
    short: 'PP 49/2018',
    title: 'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
    level: 'national',
    inForceFrom: '2018-11-28',
    source: PP49,
  },
  'uu-7-2017': {
    short: 'UU 7/2017',
    title: 'Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum',
    level: 'national',
    source: UU7_NEWS,
  },
  'uu-pilkada': {
    short: 'UU 1/2015 jo. UU 8/2015 jo. UU 10/2016',
    title:
      'Undang-Undang Nomor 1 Tahun 2015 (Pemilihan Gubernur, Bupati dan Walikota) sebagaimana diubah dengan UU 8/2015 dan UU 10/2016',
    level: 'national',
    inForceFrom: '2016-07-01',
    source: PILKADA_TEXT,
  },
  'mk-136-2024': {
    short: 'Putusan MK 136/PUU-XXII/2024',
    title: 'Putusan Mahkamah Konstitusi Nomor 136/PUU-XXII/2024 (pengujian Pasal 188 UU 1/2015)',
    level: 'national',
    inForceFrom: '2024-11-14',
    source: 'https://sinpo.id/detail/84880/ (read out 14 November 2024; also kabarnyata.com, berita.murianews.com)',
  },
  'se-menpanrb-18-2023': {
    short: 'SE MenPANRB 18/2023',
    title:
      'Surat Edaran MenPANRB Nomor 18 Tahun 2023 tentang Netralitas Bagi Pegawai ASN yang Memiliki Pasangan (Suami/Istri) Berstatus Sebagai Calon Kepala Daerah/Wakil Kepala Daerah, Calon Anggota Legislatif, dan Calon Presiden/Wakil Presiden',
    level: 'national',
    source: 'https://medan.bkn.go.id/?p=7882 (BKN Kanreg VI Medan FAQ; exact date not found, reported from 29 September 2023)',
  },
  'bkn-3842-2024': {
    short: 'Surat BKN 3842/B-AU.02.01/SD/K/2024',
    title: 'Surat Plt. Kepala BKN kepada Ketua KASN tanggal 4 Juni 2024 (CLTN bagi PNS yang melakukan pendekatan kepada partai politik)',
    level: 'secondary',
    source:
      'https://pekanbaru.tribunnews.com/amp/2024/08/05/pns-tak-ajukan-cuti-saat-dekati-partai-untuk-pilkada-di-kampar-riau-sanksi-ini-menanti (letter quoted; its number is also reported as 384/...)',
  },
  'se-kasn-6-2023': {
    short: 'SE KASN 6/2023',
    title: 'Surat Edaran KASN Nomor 6 Tahun 2023 tentang Status Kepegawaian Aparatur Sipil Negara yang Menjadi Bakal Calon Peserta Pemilu Tahun 2024',
    level: 'secondary',
    source: 'akuntabel.id 11 Jun 2024 (single source, low-medium; address not recorded)',
  },
  'perpres-91-2024': {
    short: 'Perpres 91/2024',
    title: 'Peraturan Presiden Nomor 91 Tahun 2024 tentang Perubahan atas Peraturan Presiden Nomor 47 Tahun 2021 tentang Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    level: 'national',
    inForceFrom: '2024-08-23',
    source: `${PR91} (ditetapkan dan diundangkan 23 Agustus 2024)`,
  },
  'perpres-92-2024': {
    short: 'Perpres 92/2024',
    title: 'Peraturan Presiden Nomor 92 Tahun 2024 tentang Badan Kepegawaian Negara',
    level: 'national',
    inForceFrom: '2024-08-23',
    source: `${PR92} (ditetapkan dan diundangkan 23 Agustus 2024)`,
  },
  'se-menpanrb-4-2024': {
    short: 'SE MenPANRB 4/2024',
    title: 'Surat Edaran MenPANRB Nomor 4 Tahun 2024 tentang Pengalihan Pelaksanaan Pengawasan Sistem Merit Dalam Manajemen ASN',
    level: 'national',
    inForceFrom: '2024-09-04',
    source: 'https://lampost.co/politik/jelang-kampanye-kemen-panrb-dan-bkn-kawal-netralitas-asn/ (secondary; also sulbar.fajar, tribunnews 24 Sep 2024, kompas)',
  },
  'bkn-sbt-2024': {
    short: 'Alur pengaduan netralitas BKN (SBT), Oktober 2024',
    title: 'Penanganan pengaduan netralitas ASN melalui Sistem Berbagi Terintegrasi (SBT) BKN, sebagaimana dijelaskan BKN (Vino Dita Tama)',
    level: 'secondary',
    inForceFrom: '2024-08-23',
    source: 'koran-jakarta.com, 3 Oktober 2024; kabarnusa24 and radarselatan, Oktober 2024 (three reports quoting BKN); channel: https://sbt.bkn.go.id',
  },
  'perpres-116-2022': {
    short: 'Perpres 116/2022',
    title: 'Peraturan Presiden Nomor 116 Tahun 2022 tentang Pengawasan dan Pengendalian Pelaksanaan Norma, Standar, Prosedur, dan Kriteria Manajemen Aparatur Sipil Negara',
    level: 'national',
    inForceFrom: '2022-09-14',
    source: `${PR116} (ditetapkan dan diundangkan 14 September 2022)`,
  },
  'mk-121-2024': {
    short: 'Putusan MK 121/PUU-XXII/2024',
    title: 'Putusan Mahkamah Konstitusi Nomor 121/PUU-XXII/2024 (pengujian UU 20/2023 Pasal 26 ayat (2) huruf d dan Pasal 70 ayat (3))',
    level: 'national',
    inForceFrom: '2025-10-16',
    source: 'Putusan MK diucapkan 16 Oktober 2025 (reported by soalindonesia, okezone, tribunnews and others; case page: https://mkri.id/index.php?id=21595&page=web.Berita); decision text not read',
  },
  'kepmenpanrb-16-2025': {
    short: 'KepmenPANRB 16/2025',
    title: 'Keputusan Menteri PANRB Nomor 16 Tahun 2025 tentang PPPK Paruh Waktu',
    level: 'national',
    inForceFrom: '2025-01-13',
    source: 'Keputusan MenPANRB Nomor 16 Tahun 2025, ditandatangani 13 Januari 2025 (reported by detik, haijakarta, catatanasn, mediabagi; text not read)',
  },
  'kemendagri-5812-2023': {
    short: 'Surat Kemendagri 100.2.2.6/5812/OTDA',
    title:
      'Surat Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri Nomor 100.2.2.6/5812/OTDA tentang Netralitas ASN dalam Pemilihan Umum dan Pemilihan Kepala Daerah Serentak Tahun 2024',
    level: 'national',
    inForceFrom: '2023-08-24',
    source: KDN,
  },
  'se-menpanrb-01-2023': {
    short: 'SE MenPANRB 01/2023',
    title: 'Surat Edaran MenPANRB Nomor 01 Tahun 2023 (netralitas pegawai pemerintah non-ASN)',
    level: 'national',
    inForceFrom: '2023-01-03',
    source: 'https://deras.id/pegawai-pemerintah-non-pns-bisa-kena-phk-jika-tak-jaga-netralitas-di-tahun-politik (secondary; the SE itself not seen)',
  },
  'se-dki-e-0011-2023': {
    short: 'SE Sekda DKI e-0011/SE/2023',
    title:
      'Surat Edaran Sekretaris Daerah Provinsi DKI Jakarta Nomor e-0011/SE/2023 tentang Netralitas Pegawai ASN dalam Pemilihan Umum dan Pemilihan',
    level: 'regional',
    inForceFrom: '2023-05-22',
    source: DKI,
  },
  'se-tanah-laut-863-0321-2023': {
    short: 'SE Bupati Tanah Laut 863/0321/BKPSDM/2023',
    title:
      'Surat Edaran Bupati Tanah Laut Nomor 863/0321/BKPSDM/2023 tentang Netralitas ASN dalam Pelaksanaan Pemilihan Umum dan Pemilihan Tahun 2024',
    level: 'regional',
    inForceFrom: '2023-01-30',
    source: TALA,
  },
  'se-madiun-800-2942-2023': {
    short: 'SE Sekda Kabupaten Madiun 800.1.6.2/2942/402.201/2023',
    title:
      'Surat Edaran Sekretaris Daerah Kabupaten Madiun Nomor 800.1.6.2/2942/402.201/2023 tentang Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum di Lingkungan Pemerintah Kabupaten Madiun',
    level: 'regional',
    inForceFrom: '2023-10-04',
    source: MADIUN,
  },
  'news-kompas-2023-11-06': {
    short: 'kompas.com, 6 November 2023',
    title: 'Potong Gaji dan Pemberhentian, Ini Jenis Pelanggaran ASN Tidak Netral',
    level: 'secondary',
    source: KOMPAS,
  },
  'news-ntbsatu-2024-02-06': {
    short: 'ntbsatu.com, 6 Februari 2024',
    title: 'Dari Denda hingga Pidana Penjara, Ini Sanksi bagi ASN yang Langgar Netralitas',
    level: 'secondary',
    source: 'https://ntbsatu.com/2024/02/06/dari-denda-hingga-pidana-penjara-ini-sanksi-bagi-asn-yang-langgar-netralitas.html/3',
  },
  'news-tribunnews-2023-11-15': {
    short: 'tribunnews.com, 15 November 2023 (daftar 11 butir)',
    title: 'Sederet Sanksi bagi PNS Tak Netral di Pemilu 2024',
    level: 'secondary',
    source: 'https://m.tribunnews.com/mata-lokal-memilih/2023/11/15/sederet-sanksi-bagi-pns-tak-netral-di-pemilu-2024-like-pun-bisa-kena-hukuman?page=3',
  },
  'news-infosemarang-2023-11-03': {
    short: 'infosemarang.com, 3 November 2023',
    title: 'Waspada 19 Jenis Pelanggaran Kode Etik dan Disiplin ASN Tak Netral di Pemilu 2024',
    level: 'secondary',
    source: 'https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024',
  },
  'news-bawaslu-sulsel-tvonenews': {
    short: 'tvonenews.com (Bawaslu Sulsel)',
    title: 'Bawaslu Sulsel Ingatkan ASN Tidak Boleh Berkampanye tapi Boleh Hadiri Kampanye',
    level: 'secondary',
    source: 'https://beta.tvonenews.com/daerah/sulawesi/183877-bawaslu-sulsel-ingatkan-asn-tidak-boleh-berkampanye-tapi-boleh-hadiri-kampanye?page=2',
  },
} as const satisfies Record<string, LegalDocument>;

/**
 * Id of a document in the registry ({@link LEGAL_DOCUMENTS}).
 * @example
 * ```ts
 * import { LEGAL_BASES, LEGAL_DOCUMENTS, type DocumentId } from 'netralitas-asn';
 * const id: DocumentId = LEGAL_BASES['pp-94-2021/p14-i'].document;
 * id; // 'pp-94-2021'
 * LEGAL_DOCUMENTS[id].short; // 'PP 94/2021'
 * ```
 */
export type DocumentId = keyof typeof LEGAL_DOCUMENTS;

const ke = (n: number, quote: string): LegalBasis => ({
  document: 'skb-2022',
  article: `Lampiran, Pelanggaran Kode Etik angka ${n}`,
  quote,
  source: JKT,
  confidence: 'medium',
});
const d = (n: number, quote: string): LegalBasis => ({
  document: 'skb-2022',
  article: `Lampiran, Pelanggaran Disiplin angka ${n}`,
  quote,
  source: JKT,
  confidence: 'medium',
});
const pp94 = (article: string, quote: string): LegalBasis => ({
  document: 'pp-94-2021',
  article,
  quote,
  source: PP94_TEXT,
  confidence: 'high',
});
const se = (document: DocumentId, article: string, quote: string, source: string): LegalBasis => ({
  document,
  article,
  quote,
  source,
  confidence: 'high',
});

/**
 * Every legal basis a rule, sanction or handling step may cite, by id.
 * @example
 * ```ts
 * import { LEGAL_BASES } from 'netralitas-asn';
 * LEGAL_BASES['pp-94-2021/p14-i'].article; // 'Pasal 14 huruf i'
 * ```
 */
export const LEGAL_BASES = {
  // SKB 2022, Pelanggaran Kode Etik
  'skb-2022/ke-1': ke(1, 'Memasang spanduk/baliho/alat peraga lainnya terkait bakal calon peserta pemilu dan pemilihan'),
  'skb-2022/ke-2': ke(2, 'Sosialisasi/kampanye media sosial/online Bakal Calon'),
  'skb-2022/ke-3': ke(3, 'Menghadiri deklarasi/kampanye pasangan bakal calon dan memberikan tindakan/dukungan secara aktif.'),
  'skb-2022/ke-4': ke(4, 'Membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan bakal calon'),
  'skb-2022/ke-5': ke(
    5,
    'Memposting pada media sosial/media lain yang dapat diakses publik, foto bersama dengan: a. Bakal Calon ...; b. Tim sukses dengan menunjukan/memperagakan simbol keberpihakan/memakai atribut partai politik ...; atau c. Alat peraga terkait partai politik/bakal calon',
  ),
  'skb-2022/ke-6': ke(6, 'Ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon ... /partai politik.'),
  'skb-2022/ke-7': ke(
    7,
    'Mengikuti deklarasi/kampanye bagi Suami/Istri Calon ... dengan tidak dalam status cuti di luar tanggungan negara (CLTN).',
  ),
  // SKB 2022, Pelanggaran Disiplin
  'skb-2022/d-1': d(1, 'Memasang spanduk/baliho/alat peraga lainnya terkait calon peserta pemilu dan pemilihan.'),
  'skb-2022/d-2': d(2, 'Sosialisasi/kampanye media sosial/online Calon'),
  'skb-2022/d-3': d(
    3,
    'Melakukan pendekatan kepada: a. Partai politik sebagai Bakal Calon ...; atau b. Masyarakat (bagi independen) sebagai Bakal Calon ... dengan tidak dalam status cuti di luar tanggungan negara (CLTN).',
  ),
  'skb-2022/d-4': d(4, 'Menghadiri deklarasi/kampanye pasangan calon dan memberikan tindakan/dukungan keberpihakan.'),
  'skb-2022/d-5': d(5, 'Menjadi anggota dan/atau pengurus partai politik.'),
  'skb-2022/d-6': d(6, 'Membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan calon'),
  'skb-2022/d-7': d(
    7,
    'Memposting pada media sosial/media lain yang dapat diakses publik, foto bersama dengan: a. Calon ...; b. Tim sukses ...; atau c. Alat peraga ..., dengan tujuan untuk memberikan dukungan terhadap partai politik atau calon atau pasangan calon',
  ),
  'skb-2022/d-8': d(
    8,
    'Mengadakan kegiatan yang mengarah kepada keberpihakan terhadap partai politik atau calon ... sebelum, selama, dan sesudah masa kampanye meliputi pertemuan, ajakan, himbauan, seruan, dan pemberian barang',
  ),
  'skb-2022/d-9': d(
    9,
    'Menjadi tim ahli/tim pemenangan/konsultan atau sebutan lainnya bagi bakal calon ... sebelum penetapan peserta pemilu atau pemilihan.',
  ),
  'skb-2022/d-10': d(
    10,
    'Menjadi tim ahli/tim pemenangan/konsultan atau sebutan lainnya bagi partai politik atau calon ... setelah penetapan peserta.',
  ),
  'skb-2022/d-11': d(
    11,
    'Memberikan dukungan kepada bakal calon perseorangan (kepala daerah/anggota DPD) dengan memberikan surat dukungan atau mengumpulkan fotokopi KTP atau surat keterangan penduduk.',
  ),
  'skb-2022/d-12': d(
    12,
    'Membuat keputusan/tindakan yang dapat menguntungkan/merugikan partai politik atau calon ... pada masa sebelum, selama, dan sesudah masa kampanye.',
  ),
  'skb-2022/d-13': {
    document: 'skb-2022',
    article: 'Lampiran, Pelanggaran Disiplin angka 13 (catch-all)',
    quote:
      'Bentuk pelanggaran/dugaan pelanggaran yang tidak termasuk dalam matriks bentuk pelanggaran yang diuraikan di atas, dengan sanksi yang akan dibahas dan diputus oleh Satgas sesuai pedoman yang berlaku.',
    source: 'https://m.tribunnews.com/amp/mata-lokal-memilih/2023/12/20/apakah-asn-boleh-jadi-kpps-pemilu-2024-simak-aturan-dan-rincian-gajinya?page=4 (not on the Jakarta page; signed text of the SKB Lampiran not seen)',
    confidence: 'medium',
  },
  // PP 94/2021
  'pp-94-2021/p5-n-1': pp94('Pasal 5 huruf n angka 1', 'PNS dilarang: ... n. memberikan dukungan kepada calon ... dengan cara: 1. ikut kampanye'),
  'pp-94-2021/p5-n-2': pp94(
    'Pasal 5 huruf n angka 2',
    'menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS',
  ),
  'pp-94-2021/p5-n-3': pp94('Pasal 5 huruf n angka 3', 'sebagai peserta kampanye dengan mengerahkan PNS lain'),
  'pp-94-2021/p5-n-4': pp94('Pasal 5 huruf n angka 4', 'sebagai peserta kampanye dengan menggunakan fasilitas negara'),
  'pp-94-2021/p5-n-5': pp94(
    'Pasal 5 huruf n angka 5',
    'membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye',
  ),
  'pp-94-2021/p5-n-6': pp94(
    'Pasal 5 huruf n angka 6',
    'mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon yang menjadi peserta pemilu sebelum, selama, dan sesudah masa kampanye meliputi pertemuan, ajakan, himbauan, seruan, atau pemberian barang',
  ),
  'pp-94-2021/p5-n-7': pp94(
    'Pasal 5 huruf n angka 7',
    'memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk',
  ),
  'pp-94-2021/penjelasan-p5-n-1': pp94(
    'Penjelasan Pasal 5 huruf n angka 1',
    'PNS sebagai peserta kampanye hadir untuk mendengar, menyimak visi, misi, dan program yang ditawarkan peserta pemilu, tanpa menggunakan atribut partai atau atribut PNS.',
  ),
  'pp-94-2021/penjelasan-p5-n-2': pp94(
    'Penjelasan Pasal 5 huruf n angka 2',
    'menggunakan atribut partai: menggunakan dan/atau memanfaatkan pakaian, kendaraan, atau media lain yang bergambar partai politik, calon ... dalam masa kampanye',
  ),
  'pp-94-2021/p13-g': pp94(
    'Pasal 13 huruf g',
    'Hukuman Disiplin sedang ... memberikan dukungan kepada calon ... dengan cara menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS sebagaimana dimaksud dalam Pasal 5 huruf n angka 2',
  ),
  'pp-94-2021/p14-i': pp94(
    'Pasal 14 huruf i',
    'Hukuman Disiplin berat ... memberikan dukungan kepada calon ... sebagaimana dimaksud dalam Pasal 5 huruf n angka 3, angka 4, angka 5, angka 6, dan angka 7',
  ),
  'pp-94-2021/p8-3': pp94(
    'Pasal 8 ayat (3)',
    'pemotongan tunjangan kinerja sebesar 25% selama 6 bulan; ... selama 9 bulan; atau ... selama 12 bulan',
  ),
  'pp-94-2021/p8-4': pp94(
    'Pasal 8 ayat (4)',
    'a. penurunan jabatan setingkat lebih rendah selama 12 bulan; b. pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan; dan c. pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
  ),
  'pp-94-2021/p42': pp94(
    'Pasal 42 ayat (1) dan (2)',
    'sebelum Peraturan Pemerintah mengenai Gaji dan Tunjangan berlaku, penjatuhan Hukuman Disiplin sedang berlaku ketentuan Pasal 7 ayat (3) Peraturan Pemerintah Nomor 53 Tahun 2010',
  ),
  'pp-94-2021/p43': pp94('Pasal 43', 'berlaku secara mutatis mutandis ... untuk calon PNS'),
  'pp-94-2021/p24': pp94(
    'Pasal 24 ayat (1)',
    'Pejabat yang Berwenang Menghukum wajib menjatuhkan Hukuman Disiplin kepada PNS yang melakukan Pelanggaran Disiplin',
  ),
  'pp-94-2021/p29': pp94(
    'Pasal 29',
    'sedang: dapat dilakukan pemeriksaan oleh tim pemeriksa; berat: dilakukan pemeriksaan oleh tim pemeriksa (atasan langsung, unsur pengawasan, unsur kepegawaian)',
  ),
  'pp-94-2021/p35': pp94('Pasal 35', 'beberapa pelanggaran: hanya dijatuhi 1 (satu) jenis Hukuman Disiplin yang terberat'),
  // The SKB matrix's legal-basis column: the prohibition of the ASN law (update 2026-12 §1.2)
  'uu-5-2014/p9-2': {
    document: 'uu-5-2014',
    article: 'Pasal 9 ayat (2)',
    quote: 'Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
    source: 'https://peraturan.go.id (UU 5/2014, official text)',
    confidence: 'high',
  },
  'uu-20-2023/p9-2': {
    document: 'uu-20-2023',
    article: 'Pasal 9 ayat (2)',
    quote: 'Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
    source: 'https://peraturan.go.id (UU 20/2023, official text)',
    confidence: 'high',
  },
  'pp-94-2021/p10-1-b-c': {
    document: 'pp-94-2021',
    article: 'Pasal 10 ayat (1) huruf b dan c (inferred reading of the SKB matrix for disiplin 3)',
    quote:
      'Hukuman Disiplin sedang ... dijatuhkan bagi pelanggaran terhadap kewajiban: ... b. melaksanakan kebijakan yang ditetapkan oleh pejabat pemerintah yang berwenang ...; c. menaati ketentuan peraturan perundang-undangan ..., apabila pelanggaran berdampak negatif pada instansi yang bersangkutan',
    source: 'https://peraturan.go.id (PP 94/2021, official text); the matrix citation is garbled in kompas.com 6 Nov 2023',
    confidence: 'low',
  },
  'pp-53-2010/p12-7-9': {
    document: 'pp-53-2010',
    article: 'Pasal 12 angka 7 dan 9 (hukuman disiplin sedang)',
    quote:
      'memberikan dukungan kepada calon Presiden/Wakil Presiden dengan cara mengadakan kegiatan yang mengarah kepada keberpihakan ...; memberikan dukungan kepada calon Kepala Daerah/Wakil Kepala Daerah dengan cara terlibat dalam kegiatan kampanye ... serta mengadakan kegiatan yang mengarah kepada keberpihakan',
    source: 'https://peraturan.go.id (PP 53/2010, official text; replaced by PP 94/2021 except for the sedang forms)',
    confidence: 'high',
    inForceUntil: '2021-08-30',
  },
  'bkn-3842-2024/d-3': {
    document: 'bkn-3842-2024',
    article: 'Surat BKN 4 Juni 2024',
    quote: 'Dengan tidak dalam status cuti di luar tanggungan negara (CLTN) akan dikenai hukuman disiplin sedang',
    source:
      'https://pekanbaru.tribunnews.com/amp/2024/08/05/pns-tak-ajukan-cuti-saat-dekati-partai-untuk-pilkada-di-kampar-riau-sanksi-ini-menanti; https://radarkuningan.disway.id/read/668051/',
    confidence: 'medium',
  },
  'bkn-3842-2024/cltn': {
    document: 'bkn-3842-2024',
    article: 'Surat BKN 4 Juni 2024 (CLTN bagi PNS yang melakukan pendekatan kepada partai politik)',
    quote: 'karena alasan melakukan pendekatan kepada: partai politik sebagai Bakal Calon',
    source:
      'https://pekanbaru.tribunnews.com/amp/2024/08/05/pns-tak-ajukan-cuti-saat-dekati-partai-untuk-pilkada-di-kampar-riau-sanksi-ini-menanti; https://radarkuningan.disway.id/read/668051/ (3 sources)',
    confidence: 'medium',
  },
  'se-kasn-6-2023/cltn': {
    document: 'se-kasn-6-2023',
    article: 'SE KASN 6/2023 (CLTN bagi ASN yang melakukan pendekatan kepada partai politik)',
    quote: 'Summary, no verbatim text available: ASN approaching parties must apply for CLTN.',
    source: 'akuntabel.id 11 Jun 2024 (single source; address not recorded)',
    confidence: 'low',
  },
  'pp-49-2018/p77': {
    document: 'pp-49-2018',
    article: 'Pasal 77 (cuti PPPK)',
    quote: 'PPPK have no cuti di luar tanggungan negara among their kinds of leave (update 2026-12, second check; the article is not quoted there).',
    source: 'https://peraturan.go.id (PP 49/2018, official text)',
    confidence: 'high',
  },
  // SE MenPANRB 18/2023: ASN whose spouse is a candidate (update 2026-12 §8)
  'se-menpanrb-18-2023/hadir': {
    document: 'se-menpanrb-18-2023',
    article: 'SE MenPANRB 18/2023 (menghadiri kampanye pasangan)',
    quote: '(may attend the spouse\'s campaign events) ... namun tidak boleh terlibat secara aktif',
    source: 'https://medan.bkn.go.id/?p=7882',
    confidence: 'medium',
  },
  'se-menpanrb-18-2023/foto': {
    document: 'se-menpanrb-18-2023',
    article: 'SE MenPANRB 18/2023 (foto bersama pasangan)',
    quote: 'Summary, no verbatim text available: may be photographed with the spouse without hand symbols of support.',
    source: 'https://medan.bkn.go.id/?p=7882',
    confidence: 'medium',
  },
  'se-menpanrb-18-2023/narasumber': {
    document: 'se-menpanrb-18-2023',
    article: 'SE MenPANRB 18/2023 (pembicara/narasumber, juru kampanye)',
    quote:
      'Summary, no verbatim text available: an ASN whose spouse is a candidate may not be a speaker or resource person (narasumber) at party events, nor a juru kampanye.',
    source: 'https://medan.bkn.go.id/?p=7882',
    confidence: 'medium',
  },
  'se-menpanrb-18-2023/sanksi': {
    document: 'se-menpanrb-18-2023',
    article: 'SE MenPANRB 18/2023 (sanksi)',
    quote: '(breaches of the SE) dapat dijatuhi sanksi administrasi',
    source: 'https://medan.bkn.go.id/?p=7882',
    confidence: 'medium',
  },
  'se-menpanrb-18-2023/cltn': {
    document: 'se-menpanrb-18-2023',
    article: 'SE MenPANRB 18/2023 (CLTN), as quoted in Surat BKN 4 Juni 2024',
    quote:
      'bagi pegawai Aparatur Sipil Negara yang akan mendampingi suami atau istri selama tahapan penyelenggaraan Pemilihan Umum dan Pemilihan Tahun 2024, agar mengambil cuti di Luar Tanggungan Negara',
    source: 'https://radarkuningan.disway.id/read/668051/',
    confidence: 'medium',
  },
  // PP 53/2010
  'pp-53-2010/p7-3': {
    document: 'pp-53-2010',
    article: 'Pasal 7 ayat (3)',
    quote:
      'a. penundaan kenaikan gaji berkala selama 1 (satu) tahun; b. penundaan kenaikan pangkat selama 1 (satu) tahun; dan c. penurunan pangkat setingkat lebih rendah selama 1 (satu) tahun.',
    source: PP53_TEXT,
    confidence: 'high',
  },
  // PP 42/2004
  'pp-42-2004/p11-c': {
    document: 'pp-42-2004',
    article: 'Pasal 11 huruf c',
    quote: 'menghindari konflik kepentingan pribadi, kelompok maupun golongan',
    source: `${PP42_TEXT} (text high; that the SKB matrix cites it: medium, from news reproductions)`,
    confidence: 'medium',
  },
  'pp-42-2004/p15': {
    document: 'pp-42-2004',
    article: 'Pasal 15 ayat (1), (2) dan (3)',
    quote:
      'Pegawai Negeri Sipil yang melakukan pelanggaran Kode Etik dikenakan sanksi moral ... dinyatakan oleh Pejabat Pembina Kepegawaian ... berupa: a. pernyataan secara tertutup; atau b. pernyataan secara terbuka.',
    source: `${PP42_TEXT}; per-item use in the SKB matrix: ${KOMPAS} (medium)`,
    confidence: 'high',
  },
  'pp-42-2004/p16': {
    document: 'pp-42-2004',
    article: 'Pasal 16',
    quote:
      'selain dikenakan sanksi moral ... dapat dikenakan tindakan administratif sesuai dengan peraturan perundang-undangan, atas rekomendasi Majelis Kode Etik.',
    source: PP42_TEXT,
    confidence: 'high',
  },
  'pp-42-2004/p17-19': {
    document: 'pp-42-2004',
    article: 'Pasal 17 sampai 19',
    quote: 'pada setiap instansi dibentuk Majelis Kode Etik ... Keputusan Majelis Kode Etik bersifat final',
    source: PP42_TEXT,
    confidence: 'high',
  },
  // ASN laws: dismissal for party membership and the KASN step
  'uu-5-2014/p87-4-c': {
    document: 'uu-5-2014',
    article: 'Pasal 87 ayat (4) huruf c',
    quote: 'PNS diberhentikan tidak dengan hormat karena: ... c. menjadi anggota dan/atau pengurus partai politik',
    source: UU5_TEXT,
    confidence: 'high',
    supersededBy: 'uu-20-2023/p52-3-j',
  },
  'uu-5-2014/p87-3': {
    document: 'uu-5-2014',
    article: 'Pasal 87 ayat (3)',
    quote: 'PNS diberhentikan dengan hormat tidak atas permintaan sendiri karena melakukan pelanggaran disiplin PNS tingkat berat',
    source: UU5_TEXT,
    confidence: 'high',
    supersededBy: 'uu-20-2023/p52-3-g',
  },
  'uu-20-2023/p52-3-g': {
    document: 'uu-20-2023',
    article: 'Pasal 52 ayat (3) huruf g dan ayat (4)',
    quote:
      'melakukan pelanggaran disiplin tingkat berat; ... huruf a, huruf g, huruf i, dan huruf j dikategorikan sebagai pemberhentian tidak dengan hormat',
    source: UU20_TEXT,
    confidence: 'high',
  },
  'uu-5-2014/p105-3-c': {
    document: 'uu-5-2014',
    article: 'Pasal 105 ayat (3) huruf c',
    quote: 'Pemutusan hubungan perjanjian kerja PPPK dilakukan tidak dengan hormat karena: ... c. menjadi anggota dan/atau pengurus partai politik',
    source: UU5_TEXT,
    confidence: 'high',
    supersededBy: 'uu-20-2023/p52-3-j',
  },
  'uu-20-2023/p52-3-j': {
    document: 'uu-20-2023',
    article: 'Pasal 52 ayat (3) huruf j dan ayat (4)',
    quote:
      'menjadi anggota dan/atau pengurus partai politik; ... huruf a, huruf g, huruf i, dan huruf j dikategorikan sebagai pemberhentian tidak dengan hormat',
    source: UU20_TEXT,
    confidence: 'high',
  },
  'uu-20-2023/p56-59-3': {
    document: 'uu-20-2023',
    article: 'Pasal 56 dan Pasal 59 ayat (3)',
    quote:
      'Pegawai ASN yang mencalonkan diri atau dicalonkan menjadi Presiden dan Wakil Presiden, anggota Dewan Perwakilan Rakyat, anggota Dewan Perwakilan Daerah, gubernur dan wakil gubernur, bupati/walikota dan wakil bupati/wakil walikota wajib menyatakan pengunduran diri secara tertulis sebagai Pegawai ASN sejak ditetapkan sebagai calon.',
    source: `UU 20/2023 Pasal 56 and 59 ayat (3); ${UU20}`,
    confidence: 'high',
  },
  'pp-11-2017/p254': {
    document: 'pp-11-2017',
    article: 'Pasal 254 ayat (1) dan (4)',
    quote:
      '(PNS wajib mengundurkan diri) pada saat ditetapkan sebagai calon ... oleh lembaga yang bertugas melaksanakan pemilihan umum; ... (tidak mengundurkan diri:) diberhentikan dengan hormat sebagai PNS',
    source: `PP 11/2017 Pasal 254 (amendment by PP 17/2020 NOT VERIFIED); ${PP11}`,
    confidence: 'high',
  },
  'pp-11-2017/p255': {
    document: 'pp-11-2017',
    article: 'Pasal 255 ayat (1) dan (4)',
    quote:
      'PNS dilarang menjadi anggota dan/atau pengurus partai politik. ... PNS yang melanggar larangan ... diberhentikan tidak dengan hormat sebagai PNS.',
    source: `${PP11_TEXT}; amendment by PP 17/2020 NOT VERIFIED`,
    confidence: 'high',
  },
  'pp-49-2018/p53-3-c': {
    document: 'pp-49-2018',
    article: 'Pasal 53 ayat (3) huruf c',
    quote: 'Pemutusan hubungan perjanjian kerja PPPK dilakukan tidak dengan hormat karena: ... c. menjadi anggota dan/atau pengurus partai politik',
    source: PP49_TEXT,
    confidence: 'high',
  },
  'pp-49-2018/p51-52': {
    document: 'pp-49-2018',
    article: 'Pasal 51 dan Pasal 52 ayat (1)',
    quote:
      'PPPK yang melakukan pelanggaran disiplin dijatuhi hukuman disiplin. ... PPK pada setiap instansi menetapkan disiplin PPPK.',
    source: `${PP49_TEXT}; grading of PPPK sanctions, Pasal 52 ayat (3), NOT VERIFIED (lost in the OCR)`,
    confidence: 'high',
  },
  'uu-5-2014/p32': {
    document: 'uu-5-2014',
    article: 'Pasal 32 ayat (2) dan (3)',
    quote:
      'KASN berwenang untuk memutuskan adanya pelanggaran kode etik dan kode perilaku Pegawai ASN; ... disampaikan kepada Pejabat Pembina Kepegawaian dan Pejabat yang Berwenang untuk wajib ditindaklanjuti',
    source: UU5_TEXT,
    confidence: 'high',
    supersededBy: 'uu-20-2023/p70-3',
  },
  'uu-20-2023/p70-3': {
    document: 'uu-20-2023',
    article: 'Pasal 70 ayat (3)',
    quote:
      'Komisi Aparatur Sipil Negara yang ada pada saat berlakunya Undang-Undang ini, tetap melaksanakan tugas dan fungsinya sampai dengan ditetapkannya peraturan pelaksanaan dari Undang-Undang ini.',
    source: UU20_TEXT,
    confidence: 'high',
    inForceUntil: '2024-08-22',
    supersededBy: 'perpres-92-2024/p4-e',
  },
  // Handling after KASN
  'perpres-91-2024/p38a': {
    document: 'perpres-91-2024',
    article: 'Pasal 28A, Pasal 38A ayat (1) dan Pasal II',
    quote:
      'Pada saat Peraturan Presiden ini mulai berlaku, pendanaan, pegawai, barang milik/kekayaan negara, dan dokumen pada Sekretariat Komisi Aparatur Sipil Negara, dialihkan ke Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi ... mulai berlaku pada tanggal diundangkan',
    source: PR91,
    confidence: 'high',
  },
  'perpres-92-2024/p4-e': {
    document: 'perpres-92-2024',
    article: 'Pasal 1 angka 2, Pasal 4 huruf e dan Pasal 22',
    quote: 'pelaksanaan pengawasan penerapan Sistem Merit',
    source: PR92,
    confidence: 'high',
  },
  'se-menpanrb-4-2024/pengalihan': {
    document: 'se-menpanrb-4-2024',
    article: 'SE MenPANRB 4/2024 (pengalihan berkas KASN)',
    quote:
      'BKN melaksanakan pengawasan pelaksanaan norma dasar, kode etik, dan kode perilaku ASN ... menjaga netralitas pegawai ASN; berkas KASN yang sedang diproses dilaporkan kepada MenPANRB, berkas yang diterima tetapi belum diproses diserahkan kepada Kepala BKN',
    source: 'https://lampost.co/politik/jelang-kampanye-kemen-panrb-dan-bkn-kawal-netralitas-asn/ (secondary; the SE itself was not read)',
    confidence: 'medium',
  },
  'bkn-sbt-2024/sbt': {
    document: 'bkn-sbt-2024',
    article: 'Pengaduan melalui SBT',
    quote: 'Laporan masuk ke Sistem Berbagi Terintegrasi (SBT) BKN, kategori Netralitas; tanpa NIK/NIP pelapor diarahkan melalui SP4N-LAPOR',
    source: 'koran-jakarta.com, 3 Oktober 2024; kabarnusa24; radarselatan (BKN, Vino Dita Tama); https://sbt.bkn.go.id',
    confidence: 'medium',
  },
  'bkn-sbt-2024/satgas': {
    document: 'bkn-sbt-2024',
    article: 'Verifikasi Satgas Netralitas',
    quote: 'Satgas Netralitas (BKN, KemenPANRB, Kemendagri, Bawaslu) melakukan verifikasi maksimal 7 hari',
    source: 'koran-jakarta.com, 3 Oktober 2024; kabarnusa24; radarselatan (BKN, Vino Dita Tama); news reports, address not recorded',
    confidence: 'medium',
  },
  'bkn-sbt-2024/bawaslu': {
    document: 'bkn-sbt-2024',
    article: 'Kajian Bawaslu',
    quote: 'Bawaslu melakukan kajian, verifikasi dan validasi ... maksimal tiga hari kerja',
    source: 'koran-jakarta.com, 3 Oktober 2024; kabarnusa24; radarselatan (BKN, Vino Dita Tama); news reports, address not recorded',
    confidence: 'medium',
  },
  'bkn-sbt-2024/ppk': {
    document: 'bkn-sbt-2024',
    article: 'Rekomendasi kepada PPK dan pemantauan',
    quote: 'BKN menyampaikan hasilnya kepada PPK instansi; Auditor Manajemen ASN BKN memantau tindak lanjut; keputusan PPK dicatat dalam I\'DIS',
    source: 'koran-jakarta.com, 3 Oktober 2024; kabarnusa24; radarselatan (BKN, Vino Dita Tama); news reports, address not recorded',
    confidence: 'medium',
  },
  'perpres-116-2022/p19-2': {
    document: 'perpres-116-2022',
    article: 'Pasal 19 ayat (2)',
    quote:
      'Tindakan Administratif ... berupa: a. peringatan; b. pencantuman dalam daftar pelanggar NSPK Manajemen ASN; c. pemblokiran data kepegawaian dan/atau layanan kepegawaian; d. pencabutan keputusan ...; e. pembatalan atas keputusan ...; f. rekomendasi pencabutan atau pengalihan kewenangan PPK',
    source: PR116,
    confidence: 'high',
  },
  'perpres-116-2022/p20-2-c': {
    document: 'perpres-116-2022',
    article: 'Pasal 20 ayat (2) huruf c',
    quote:
      'seharusnya dijatuhi hukuman disiplin berupa pemberhentian dengan hormat tidak atas permintaan sendiri, tetapi oleh PPK tidak dijatuhi hukuman disiplin atau dijatuhi hukuman disiplin yang lebih ringan',
    source: PR116,
    confidence: 'high',
  },
  'mk-121-2024/amar': {
    document: 'mk-121-2024',
    article: 'Amar putusan (Pasal 26 ayat (2) huruf d UU 20/2023)',
    quote:
      'pengawasan terhadap penerapan asas, nilai dasar, kode etik, dan kode perilaku ASN yang dilakukan oleh suatu lembaga independen ... harus dibentuk dalam waktu paling lama dua tahun sejak putusan a quo diucapkan',
    source: 'Putusan MK 121/PUU-XXII/2024, 16 Oktober 2025 (soalindonesia, okezone, tribunnews and others agree; decision text not read)',
    confidence: 'medium',
  },
  // PP 94/2021 procedure deadlines
  'pp-94-2021/p26': {
    document: 'pp-94-2021',
    article: 'Pasal 26 ayat (2) sampai (4)',
    quote: 'Jarak waktu antara tanggal surat panggilan dengan tanggal pemeriksaan paling lambat 7 (tujuh) hari kerja',
    source: PP94_LN,
    confidence: 'high',
  },
  'pp-94-2021/p37-3': {
    document: 'pp-94-2021',
    article: 'Pasal 37 ayat (3) dan Pasal 38 ayat (1)',
    quote:
      'Penyampaian keputusan Hukuman Disiplin ... dilakukan paling lambat 14 (empat belas) hari kerja sejak keputusan ditetapkan. ... Keputusan Hukuman Disiplin berlaku pada hari ke-15 (lima belas) sejak diterima.',
    source: PP94_LN,
    confidence: 'high',
  },
  'pp-94-2021/p42-1': {
    document: 'pp-94-2021',
    article: 'Pasal 42 ayat (1) dan Penjelasan',
    quote:
      'Tingkat dan jenis Hukuman Disiplin sedang diberlakukan setelah Peraturan Pemerintah yang mengatur mengenai Gaji dan Tunjangan sebagai pelaksanaan Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara berlaku.',
    source: PP94_LN,
    confidence: 'high',
  },
  // Employment regimes
  'uu-20-2023/p24': {
    document: 'uu-20-2023',
    article: 'Pasal 24 ayat (1) huruf d dan ayat (2)',
    quote:
      'Pegawai ASN wajib: ... d. menjaga netralitas; ... Pegawai ASN yang tidak menaati kewajiban sebagaimana dimaksud pada ayat (1) dikenakan pelanggaran disiplin dan dijatuhi hukuman disiplin.',
    source: UU20,
    confidence: 'high',
  },
  'pp-49-2018/p53-2-b': {
    document: 'pp-49-2018',
    article: 'Pasal 53 ayat (2) huruf b',
    quote: 'Pemutusan hubungan perjanjian kerja PPPK dilakukan dengan hormat tidak atas permintaan sendiri karena: ... b. melakukan pelanggaran disiplin PPPK tingkat berat',
    source: PP49,
    confidence: 'high',
  },
  'pp-49-2018/p59': {
    document: 'pp-49-2018',
    article: 'Pasal 59 ayat (1)',
    quote:
      'Pemutusan hubungan perjanjian kerja PPPK karena melakukan pelanggaran disiplin PPPK tingkat berat sebagaimana dimaksud dalam Pasal 53 ayat (2) huruf b apabila tidak mematuhi kewajiban atau melanggar larangan sebagaimana yang diatur dalam perjanjian kerja PPPK.',
    source: PP49,
    confidence: 'high',
  },
  'pp-11-2017/p37-2-c': {
    document: 'pp-11-2017',
    article: 'Pasal 37 ayat (2) huruf c',
    quote: 'calon PNS diberhentikan apabila: ... c. terbukti melakukan pelanggaran disiplin tingkat sedang atau berat',
    source: PP11,
    confidence: 'high',
  },
  'pp-11-2017/p37-2-f': {
    document: 'pp-11-2017',
    article: 'Pasal 37 ayat (2) huruf f',
    quote: 'calon PNS diberhentikan apabila: ... f. menjadi anggota dan/atau pengurus partai politik',
    source: PP11,
    confidence: 'high',
  },
  'uu-20-2023/p66': {
    document: 'uu-20-2023',
    article: 'Pasal 66',
    quote: '... paling lambat Desember 2024 (non-ASN staff to be settled by then)',
    source: UU20,
    confidence: 'high',
  },
  'kepmenpanrb-16-2025/pertama': {
    document: 'kepmenpanrb-16-2025',
    article: 'Diktum PERTAMA',
    quote:
      'PPPK Paruh Waktu adalah pegawai aparatur sipil negara (ASN) yang diangkat berdasarkan perjanjian kerja dan diberikan upah sesuai dengan ketersediaan anggaran instansi pemerintah',
    source: 'KepmenPANRB 16/2025 as quoted by haijakarta, catatanasn, mediabagi and detik (four reports); news reports, address not recorded',
    confidence: 'medium',
  },
  'kepmenpanrb-16-2025/pemberhentian': {
    document: 'kepmenpanrb-16-2025',
    article: 'Pemberhentian PPPK Paruh Waktu (angka 9 dan 12)',
    quote: '9. Melakukan pelanggaran disiplin tingkat berat; ... 12. Menjadi anggota dan/atau pengurus partai politik',
    source: 'KepmenPANRB 16/2025 as quoted by detik, radarlambar and palpres (three reports); news reports, address not recorded',
    confidence: 'medium',
  },
  'uu-pilkada/p30-e': {
    document: 'uu-pilkada',
    article: 'Pasal 30 huruf e (UU 10/2016)',
    quote: 'meneruskan temuan dan laporan yang bukan menjadi kewenangannya kepada instansi yang berwenang',
    source: `${DP_C}/uu/2016/10.md ${OCR}`,
    confidence: 'high',
  },
  // Election crimes
  'uu-7-2017/p280-3': {
    document: 'uu-7-2017',
    article: 'Pasal 280 ayat (2) huruf f dan ayat (3)',
    quote: 'Setiap orang sebagaimana dimaksud pada ayat (2) dilarang ikut serta sebagai pelaksana dan tim Kampanye Pemilu.',
    source: UU7_NEWS,
    confidence: 'medium',
  },
  'uu-7-2017/p280-2': {
    document: 'uu-7-2017',
    article: 'Pasal 280 ayat (2) huruf f, g dan h',
    quote:
      'Pelaksana dan/atau tim kampanye dalam kegiatan Kampanye Pemilu dilarang mengikutsertakan: ... f. aparatur sipil negara; g. anggota Tentara Nasional Indonesia dan Kepolisian Negara Republik Indonesia; h. kepala desa',
    source: 'https://www.grahamedia.id/berita/1843336925/bawaslu-minta-peserta-patuhi-pasal-280-dalam-kampanye-berikut-penjelasannya?page=2',
    confidence: 'medium',
  },
  'mk-136-2024/p188': {
    document: 'mk-136-2024',
    article: 'Amar putusan (Pasal 188 UU 1/2015 sebagaimana dimaknai)',
    quote:
      'Setiap pejabat negara, pejabat daerah, pejabat Aparatur Sipil Negara, anggota TNI/POLRI, dan Kepala Desa atau sebutan lain/Lurah yang dengan sengaja melanggar ketentuan sebagaimana dimaksud dalam Pasal 71, dipidana',
    source: 'https://sinpo.id/detail/84880/; http://berita.murianews.com/cholis-anwar/427665/ (not retroactive)',
    confidence: 'medium',
  },
  'uu-7-2017/p494': {
    document: 'uu-7-2017',
    article: 'Pasal 494',
    quote:
      'setiap aparatur sipil negara ... yang melanggar larangan sebagaimana dimaksud dalam Pasal 280 ayat (3) dipidana dengan pidana kurungan paling lama satu tahun dan denda paling banyak Rp12.000.000',
    source: UU7_NEWS,
    confidence: 'medium',
  },
  'uu-7-2017/p282': {
    document: 'uu-7-2017',
    article: 'Pasal 282',
    quote:
      'Pejabat negara, pejabat struktural, dan pejabat fungsional dalam jabatan negeri, serta kepala desa dilarang membuat keputusan dan/atau melakukan tindakan yang menguntungkan atau merugikan salah satu Peserta Pemilu selama masa Kampanye.',
    source: UU7_NEWS,
    confidence: 'medium',
  },
  'uu-7-2017/p283': {
    document: 'uu-7-2017',
    article: 'Pasal 283 ayat (1) dan (2)',
    quote:
      'aparatur sipil negara lainnya dilarang mengadakan kegiatan yang mengarah kepada keberpihakan terhadap Peserta pemilu sebelum, selama, dan sesudah masa Kampanye',
    source: `${UU7_NEWS}; no criminal article found`,
    confidence: 'medium',
  },
  'uu-7-2017/p486': {
    document: 'uu-7-2017',
    article: 'Pasal 486 ayat (1)',
    quote: 'Sentra Gakkumdu (Bawaslu, Polri, Kejaksaan) untuk menyamakan pemahaman dan pola penanganan tindak pidana Pemilu',
    source: UU7_NEWS,
    confidence: 'medium',
  },
  'uu-pilkada/p71-1': {
    document: 'uu-pilkada',
    article: 'Pasal 71 ayat (1) (UU 10/2016)',
    quote:
      'Pejabat negara, pejabat daerah, pejabat aparatur sipil negara, anggota TNI/POLRI, dan Kepala Desa atau sebutan lain/Lurah dilarang membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon.',
    source: PILKADA_TEXT,
    confidence: 'high',
  },
  'uu-pilkada/p188': {
    document: 'uu-pilkada',
    article: 'Pasal 188 (UU 1/2015)',
    quote:
      'Setiap pejabat negara, pejabat Aparatur Sipil Negara, dan Kepala Desa ... yang dengan sengaja melanggar ketentuan sebagaimana dimaksud dalam Pasal 71, dipidana dengan pidana penjara paling singkat 1 (satu) bulan atau paling lama 6 (enam) bulan dan/atau denda paling sedikit Rp600.000,00 atau paling banyak Rp6.000.000,00',
    source: PILKADA_TEXT,
    confidence: 'high',
  },
  'uu-pilkada/p70-1': {
    document: 'uu-pilkada',
    article: 'Pasal 70 ayat (1) huruf b (UU 10/2016)',
    quote: 'Dalam kampanye, pasangan calon dilarang melibatkan: ... b. aparatur sipil Negara',
    source: PILKADA_TEXT,
    confidence: 'high',
  },
  'uu-pilkada/p189': {
    document: 'uu-pilkada',
    article: 'Pasal 189 (UU 8/2015)',
    quote:
      'Calon Gubernur, ... Calon Walikota ... yang dengan sengaja melibatkan ... Aparatur Sipil Negara ... sebagaimana dimaksud dalam Pasal 70 ayat (1), dipidana',
    source: `${PILKADA_TEXT}; punishes the candidate, not the ASN`,
    confidence: 'high',
  },
  'uu-pilkada/p152': {
    document: 'uu-pilkada',
    article: 'Pasal 152 (UU 10/2016)',
    quote: 'membentuk sentra penegakan hukum terpadu ... melekat pada Bawaslu, Bawaslu Provinsi, dan Panwas Kabupaten/Kota',
    source: PILKADA_TEXT,
    confidence: 'high',
  },
  // Non-ASN government staff
  'se-menpanrb-01-2023/ppnpn': {
    document: 'se-menpanrb-01-2023',
    article: 'SE MenPANRB 01/2023',
    quote:
      'PPNPN wajib netral; bentuk pelanggaran mengikuti ASN; sanksi secara bertingkat sampai dengan pemutusan hubungan kerja sesuai perjanjian kerja',
    source: 'https://deras.id/pegawai-pemerintah-non-pns-bisa-kena-phk-jika-tak-jaga-netralitas-di-tahun-politik (secondary; the SE itself not seen)',
    confidence: 'medium',
  },
  // SE Sekda DKI e-0011/SE/2023
  'se-dki-e-0011-2023/2-a': se(
    'se-dki-e-0011-2023',
    'angka 2 huruf a',
    'Tidak terlibat dalam kegiatan kampanye untuk mendukung pasangan calon Presiden dan/atau calon Wakil Presiden, calon anggota DPD, calon anggota DPR, dan calon anggota DPRD',
    DKI,
  ),
  'se-dki-e-0011-2023/2-b': se(
    'se-dki-e-0011-2023',
    'angka 2 huruf b',
    'Tidak menggunakan fasilitas yang terkait jabatannya dalam kegiatan kampanye untuk mendukung pasangan calon Presiden dan/atau calon Wakil Presiden, calon anggota DPD, calon anggota DPR, dan calon anggota DPRD',
    DKI,
  ),
  'se-dki-e-0011-2023/2-c': se(
    'se-dki-e-0011-2023',
    'angka 2 huruf c',
    'Tidak membuat Keputusan dan/atau tindakan yang menguntungkan atau merugikan pasangan calon Presiden dan/atau calon Wakil Presiden, calon anggota DPD, calon anggota DPR, dan calon anggota DPRD',
    DKI,
  ),
  'se-dki-e-0011-2023/2-d': se(
    'se-dki-e-0011-2023',
    'angka 2 huruf d',
    'Tidak menggunakan anggaran daerah untuk mendukung pasangan calon Presiden dan/atau calon Wakil Presiden, calon anggota DPD, calon anggota DPR, dan calon anggota DPRD',
    DKI,
  ),
  'se-dki-e-0011-2023/3': se(
    'se-dki-e-0011-2023',
    'angka 3',
    'Pelanggaran terhadap ketentuan sebagaimana dimaksud pada angka 2 dapat dikategorikan sebagai pelanggaran disiplin PNS sesuai dengan Peraturan Pemerintah Nomor 94 Tahun 2021',
    DKI,
  ),
  // SE Bupati Tanah Laut 863/0321/BKPSDM/2023
  'se-tanah-laut-863-0321-2023/a-1-a': se('se-tanah-laut-863-0321-2023', 'huruf A angka 1 huruf a', 'Memberikan dukungan kepada calon ... dengan cara: a. ikut kampanye', TALA),
  'se-tanah-laut-863-0321-2023/a-1-b': se(
    'se-tanah-laut-863-0321-2023',
    'huruf A angka 1 huruf b',
    'menjadi peserta kampanye dengan menggunakan atribut partai atau atribut ASN',
    TALA,
  ),
  'se-tanah-laut-863-0321-2023/a-1-c': se('se-tanah-laut-863-0321-2023', 'huruf A angka 1 huruf c', 'sebagai peserta kampanye dengan mengerahkan ASN lain', TALA),
  'se-tanah-laut-863-0321-2023/a-1-d': se(
    'se-tanah-laut-863-0321-2023',
    'huruf A angka 1 huruf d',
    'sebagai peserta kampanye dengan menggunakan fasilitas negara',
    TALA,
  ),
  'se-tanah-laut-863-0321-2023/a-2': se(
    'se-tanah-laut-863-0321-2023',
    'huruf A angka 2',
    'Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye.',
    TALA,
  ),
  'se-tanah-laut-863-0321-2023/a-3': se(
    'se-tanah-laut-863-0321-2023',
    'huruf A angka 3',
    'Mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon yang menjadi peserta pemilu sebelum, selama, dan sesudah masa kampanye',
    TALA,
  ),
  'se-tanah-laut-863-0321-2023/a-4': se(
    'se-tanah-laut-863-0321-2023',
    'huruf A angka 4',
    'Memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk.',
    TALA,
  ),
  'se-madiun-800-2942-2023/4': se(
    'se-madiun-800-2942-2023',
    'angka 1 dan 4',
    'Pegawai ASN wajib menjaga netralitas ... Pemberian sanksi terhadap dugaan pelanggaran netralitas ... dilakukan sesuai dengan ketentuan dan peraturan perundang-undangan yang berlaku.',
    MADIUN,
  ),
  // Surat Kemendagri 100.2.2.6/5812/OTDA
  'kemendagri-5812-2023/2-a': se(
    'kemendagri-5812-2023',
    'angka 2 huruf a',
    'Melakukan pembinaan dan pengawasan kepada Kepala Daerah, Pejabat Pelaksana Tugas (Plt)/Penjabat Kepala Daerah (Pj)/Penjabat Sementara (Pjs) terkait netralitas Pegawai ASN',
    KDN,
  ),
  'kemendagri-5812-2023/2-b': se(
    'kemendagri-5812-2023',
    'angka 2 huruf b',
    'Menjatuhkan Sanksi kepada Kepala Daerah yang tidak menindaklanjuti rekomendasi Komisi Aparatur Sipil Negara (KASN)',
    KDN,
  ),
  'kemendagri-5812-2023/2-c': se(
    'kemendagri-5812-2023',
    'angka 2 huruf c',
    'Meneruskan pengaduan masyarakat tentang dugaan pelanggaran netralitas Pegawai ASN yang diterima oleh Kemendagri kepada KASN dan ditembuskan kepada PPK',
    KDN,
  ),
  'kemendagri-5812-2023/3-e': se(
    'kemendagri-5812-2023',
    'angka 3 huruf e',
    'perlu dilakukan pencatatan terkait dugaan pelanggaran netralitas Pegawai ASN, antara lain: penyalahgunaan kewenangan, penggunaan anggaran dan penggunaan fasilitas pemerintah atau pemerintah daerah dan mobilisasi pemilih oleh Pegawai ASN',
    KDN,
  ),
  'kemendagri-5812-2023/4': se(
    'kemendagri-5812-2023',
    'angka 4 huruf a dan b',
    'Penjabat Kepala Daerah dan Penjabat Sementara Kepala Daerah, dalam pengambilan kebijakan agar senantiasa berkoordinasi dengan Bawaslu dan Tim Satgas Netralitas ASN lainnya.',
    KDN,
  ),
  // Secondary sources used where the SKB Lampiran itself was not read
  'news/kompas-2023-11-06': {
    document: 'news-kompas-2023-11-06',
    article: 'sanksi per butir (disiplin 1-9)',
    quote: 'disiplin berat: Pasal 14 huruf i angka 3 dan 4 PP 94/2021; kode etik: sanksi moral Pasal 15 ayat 1, 2, dan 3 PP 42/2004',
    source: KOMPAS,
    confidence: 'medium',
  },
  'news/ntbsatu-2024-02-06': {
    document: 'news-ntbsatu-2024-02-06',
    article: 'sanksi per butir (disiplin 5-12)',
    quote: 'butir 8: berat; butir 9: sedang; butir 10-12: berat',
    source: 'https://ntbsatu.com/2024/02/06/dari-denda-hingga-pidana-penjara-ini-sanksi-bagi-asn-yang-langgar-netralitas.html/3',
    confidence: 'medium',
  },
  'news/tribunnews-2023-11-15': {
    document: 'news-tribunnews-2023-11-15',
    article: 'daftar 11 butir',
    quote: 'butir 8: sedang; butir 9 dan 10 digabung: berat',
    source: 'https://m.tribunnews.com/mata-lokal-memilih/2023/11/15/sederet-sanksi-bagi-pns-tak-netral-di-pemilu-2024-like-pun-bisa-kena-hukuman?page=3',
    confidence: 'medium',
  },
  'news/infosemarang-2023-11-03': {
    document: 'news-infosemarang-2023-11-03',
    article: 'daftar 19 butir',
    quote: 'butir disiplin 8: sedang',
    source: 'https://infosemarang.com/umum/9548/03112023/amp/waspada-19-jenis-pelanggaran-kode-etik-dan-displin-asn-tak-netral-di-pemilu-2024',
    confidence: 'medium',
  },
  'news/bawaslu-sulsel': {
    document: 'news-bawaslu-sulsel-tvonenews',
    article: 'pernyataan Bawaslu Sulsel',
    quote: 'ASN tidak boleh berkampanye tapi boleh hadiri kampanye',
    source: 'https://beta.tvonenews.com/daerah/sulawesi/183877-bawaslu-sulsel-ingatkan-asn-tidak-boleh-berkampanye-tapi-boleh-hadiri-kampanye?page=2',
    confidence: 'medium',
  },
} as const satisfies Record<string, LegalBasis>;

/**
 * Id of a legal basis in {@link LEGAL_BASES}, as results cite it (`<document>/<article>`).
 * @example
 * ```ts
 * import { classifySync, LEGAL_BASES, type LegalBasisId } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.violations[0]?.bases; // ['skb-2022/d-1', 'news/kompas-2023-11-06']
 * const id: LegalBasisId = 'skb-2022/d-1';
 * LEGAL_BASES[id].document; // 'skb-2022'
 * ```
 */
export type LegalBasisId = keyof typeof LEGAL_BASES;

/** @internal Whether a basis id exists. */
export function isLegalBasisId(id: string): id is LegalBasisId {
  return Object.hasOwn(LEGAL_BASES, id);
}

/**
 * The window in which a basis is in force: its own dates, else its document's.
 * @internal
 */
export function basisWindow(id: LegalBasisId): { from?: string; until?: string } {
  const basis: LegalBasis = LEGAL_BASES[id];
  const doc: LegalDocument = LEGAL_DOCUMENTS[basis.document];
  return { from: basis.inForceFrom ?? doc.inForceFrom, until: basis.inForceUntil ?? doc.inForceUntil };
}
