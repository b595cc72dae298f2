/**
 * The registry of known gaps and contradictions of the sources, as the decision-table audit finds them (rules that
 * never fire, incompatible outcomes at one point, `out_of_scope` by default). Each entry explains a class of
 * occurrences and cites the legal reference; test/decision-table.test.ts fails on an unexplained occurrence and on an
 * entry that explains none.
 */
import type { ActKind } from '../vocabulary/enums.js';
import type { FactName } from '../incident/facts.js';

/** An entry of the registry. @internal */
export interface KnownGap {
  /** Stable id. */
  readonly id: string;
  /** The kind of occurrence it explains. */
  readonly kind: 'never_fires' | 'incompatible' | 'default_out_of_scope';
  /** The exact detail of the occurrences it explains (the rule name for `never_fires`). */
  readonly detail?: string;
  /** The acts it covers (all when absent). */
  readonly acts?: readonly ActKind[];
  /** Per fact, the values (`-` for missing) of which the row's class must hold one. */
  readonly where?: Partial<Record<FactName, readonly string[]>>;
  /** Why this is so, citing the law or a public source. */
  readonly explanation: string;
}

/** The registry. @internal */
export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    id: 'scope-precedes-findings',
    kind: 'incompatible',
    detail: 'out_of_scope+violation',
    where: { employment: ['tni', 'polri', 'other'] },
    explanation:
      'By design: scope/not-covered (TNI, Polri, others are neither Pegawai ASN nor non-ASN government staff; the SKB ' +
      'lists bind Pegawai ASN, SE MenPANRB 01/2023 the PPNPN) decides the verdict, so the SKB items ' +
      'whose conditions do not read the employment are not reported for them.',
  },
  {
    id: 'scope-precedes-exemptions',
    kind: 'incompatible',
    detail: 'out_of_scope+no_violation',
    where: { employment: ['tni', 'polri', 'other'] },
    explanation:
      'For TNI, Polri and others the verdict is out_of_scope. An exemption rule that does not read the ' +
      'employment (e.g. KE-7 for a spouse on CLTN) still fires beside the scope rule; the scope rule ' +
      'decides, and the result lists neither the exemption nor its basis (firedRules shows only the scope rule).',
  },
  {
    id: 'ke7-adds-to-disiplin',
    kind: 'incompatible',
    detail: 'kode_etik+disiplin',
    acts: ['attend_declaration_or_campaign', 'take_part_in_campaign', 'speak_at_campaign_event'],
    where: { relation: ['spouse'], cltn: ['false'] },
    explanation:
      'By design of the SKB: kode etik item 7 concerns the spouse of a "Calon" (after determination, see the note on ' +
      'KE-7) and is an offence of its own beside the disiplin items that bind a spouse as anyone (D-4; ' +
      'legal corrections finding 1). Both are cited: the moral sanction of PP 42/2004 beside the hukuman disiplin; ' +
      'the reference does not say whether both are imposed (PP 94/2021 Pasal 35 concerns several disciplinary violations).',
  },
  {
    id: 'party-photo-ke5-and-d7',
    kind: 'incompatible',
    detail: 'kode_etik+disiplin',
    acts: ['post_photo'],
    where: { office: ['partai_politik'], stage: ['bakal_calon'], supportPurpose: ['true'] },
    explanation:
      'Before determination, a public photo with a party\'s campaign team or props meets KE-5 b/c; posted ' +
      'to support the party it also meets D-7 b/c, which names support for a political party with no stage of its own (' +
      'legal corrections finding 5). Both are cited; the heaviest penalty is imposed.',
  },
  {
    id: 'party-speaker-ke6-and-d4',
    kind: 'incompatible',
    detail: 'kode_etik+disiplin',
    acts: ['speak_at_campaign_event'],
    where: { office: ['partai_politik'], stage: ['calon'] },
    explanation:
      'KE-6 names the campaign, socialisation or introduction activities of a political party with no stage of its own ' +
      '(legal corrections finding 5), and a speaker takes part in them; after the determination a speaker at a ' +
      'declaration or campaign also attends it and acts in partisan support (D-4, as attending with active support ' +
      'does). Both are cited, the moral sanction beside the hukuman disiplin, as for kode etik 7 beside disiplin 4.',
  },
  {
    id: 'pp94-calon-acts-before-determination',
    kind: 'default_out_of_scope',
    acts: ['campaign_with_attributes', 'mobilise_other_asn', 'use_state_facilities', 'partisan_decision', 'partisan_activity'],
    where: { stage: ['bakal_calon'] },
    explanation:
      'PP 94/2021 Pasal 5 huruf n angka 2-6 prohibit support "kepada calon", SKB D-8 and D-12 speak of ' +
      '"calon ... yang menjadi peserta" (the news wording "bakal calon" is a transcription error' +
      '), and the SE DKI / SE Tanah Laut items follow them. Before the KPU determination no listed item ' +
      'covers these acts; under SKB D-13 the Satgas decides.',
  },
  {
    id: 'ke6-is-bakal-calon-only',
    kind: 'default_out_of_scope',
    acts: ['take_part_in_campaign'],
    where: { employment: ['pppk', 'pppk_paruh_waktu', 'non_asn'], stage: ['calon'], relation: ['none'] },
    explanation:
      'For PPPK (incl. PPPK paruh waktu, KepmenPANRB 16/2025) and non-ASN staff: KE-6 ("ikut dalam kegiatan kampanye ... bakal calon") concerns a bakal calon; for a calon only ' +
      'PP 94/2021 Pasal 5 huruf n angka 1 ("ikut kampanye", PNS only, no level) and the regional circulars ' +
      'apply. The SKB disiplin list has no item for taking part in a calon campaign other than D-4 (attending with ' +
      'active support, a separate act). Gap of the sources: SKB D-13.',
  },
  {
    id: 'pp94-acts-not-pns',
    kind: 'default_out_of_scope',
    acts: [
      'take_part_in_campaign',
      'campaign_with_attributes',
      'mobilise_other_asn',
      'use_state_facilities',
      'partisan_decision',
      'partisan_activity',
      'collect_support_for_independent',
    ],
    where: { employment: ['pppk', 'pppk_paruh_waktu', 'non_asn'] },
    explanation:
      'PP 94/2021 Pasal 5 binds PNS ("PNS dilarang"; CPNS by Pasal 43); PPPK discipline is set per agency ' +
      'under PP 49/2018 Pasal 52 and its grading is not verified; the SKB lists have no item for these ' +
      'acts in these circumstances (SE Tanah Laut covers PPPK only in its region, at the calon stage). Gap of the ' +
      'sources: SKB D-13, the Satgas decides.',
  },
  {
    id: 'd3-no-candidacy-route',
    kind: 'default_out_of_scope',
    acts: ['seek_own_candidacy'],
    where: { cltn: ['false', '-'] },
    explanation:
      'D-3 covers approaching a party as bakal calon for President/DPR/DPRD/kepala daerah (a) and the public as an ' +
      'independent bakal calon for DPD/kepala daerah (b). No independent route exists for President, DPR or ' +
      'DPRD, DPD candidates are individuals (no party route), and a party is not an office: no item applies; SKB D-13. ' +
      'A PPPK is never on CLTN (PP 49/2018 Pasal 77), so the same holds with CLTN not reported.',
  },
  {
    id: 'budget-and-voters-only-regional-or-recorded',
    kind: 'default_out_of_scope',
    acts: ['use_regional_budget', 'mobilise_voters'],
    explanation:
      'No national list names these acts: regional budget use is SE DKI angka 2 huruf d (Pemilu offices, DKI only) and ' +
      'both are recorded under Surat Kemendagri 100.2.2.6/5812/OTDA angka 3 huruf e. ' +
      'Elsewhere the verdict is the SKB D-13 catch-all, ' +
      'with the Kemendagri record still listed.',
  },
];
