/**
 * NOT THE LAW. A plain hand-written function that decides which rules apply, written for the benchmark only as the
 * practical speed limit: a switch on the act, then the stage and the other facts, with every condition spelled out by
 * hand. The law lives in rules/*.json; bench/bench.ts checks on every benchmark incident that this function returns
 * exactly what json-rules-engine returns from those files, and stops if it does not.
 *
 * `m` decides how a condition treats a fact: exact (a missing fact fails every condition) or wildcard (a missing fact
 * passes every condition), the two readings of src/evaluate/engine.ts. Rules come out in rule-file order.
 */
import type { Facts, FactValue } from '../src/incident/facts.js';

/** How a condition treats a fact value. */
export interface Matcher {
  eq(value: FactValue | undefined, expected: FactValue): boolean;
  among(value: FactValue | undefined, expected: readonly FactValue[]): boolean;
}

export const EXACT: Matcher = {
  eq: (v, e) => v === e,
  among: (v, e) => v !== undefined && e.includes(v),
};

export const WILDCARD: Matcher = {
  eq: (v, e) => v === undefined || v === e,
  among: (v, e) => v === undefined || e.includes(v),
};

const ASN = ['pns', 'cpns', 'pppk'];
const PNS = ['pns', 'cpns'];
const NOT_COVERED = ['tni', 'polri', 'other'];
const NATIONAL_OFFICES = ['presiden_wapres', 'dpd', 'dpr', 'dprd'];
const PARTY_OFFICES = ['presiden_wapres', 'dpr', 'dprd', 'gubernur', 'wakil_gubernur', 'bupati', 'wakil_bupati', 'walikota', 'wakil_walikota'];
const INDEPENDENT_OFFICES = ['dpd', 'gubernur', 'wakil_gubernur', 'bupati', 'wakil_bupati', 'walikota', 'wakil_walikota'];
const PHOTO_SUBJECTS = ['candidate', 'campaign_team_with_partisan_symbols', 'campaign_props'];
const OUTSIDE_CAMPAIGN = ['before_campaign', 'quiet_period', 'after_voting'];
const OFFICES_BY_ELECTION: Record<string, readonly string[]> = {
  pemilu_2024: ['presiden_wapres', 'dpr', 'dpd', 'dprd', 'partai_politik'],
  pilkada_2024: ['gubernur', 'wakil_gubernur', 'bupati', 'wakil_bupati', 'walikota', 'wakil_walikota', 'partai_politik'],
};

/** The names of the rules that apply to the facts under the matcher, in rule-file order. */
export function handWrittenRules(f: Facts, m: Matcher): string[] {
  const out: string[] = [];
  // The wildcard reading of a missing office or election: only the values the other one allows (src/incident/facts.ts).
  const officeAmong = (list: readonly string[]) =>
    f.office === undefined && m === WILDCARD && f.election !== undefined
      ? OFFICES_BY_ELECTION[String(f.election)]!.some((o) => list.includes(o))
      : m.among(f.office, list);
  const electionIs = (election: string) =>
    f.election === undefined && m === WILDCARD && f.office !== undefined
      ? OFFICES_BY_ELECTION[election]!.includes(String(f.office))
      : m.eq(f.election, election);
  const calon = m.eq(f.stage, 'calon');
  const bakalCalon = m.eq(f.stage, 'bakal_calon');
  const asn = m.among(f.employment, ASN);
  const pns = m.among(f.employment, PNS);
  const dki = pns && m.eq(f.region, 'dki_jakarta') && calon && officeAmong(NATIONAL_OFFICES);
  const tanahLaut = asn && m.eq(f.region, 'kabupaten_tanah_laut');
  const notCovered = m.among(f.employment, NOT_COVERED);
  const actingHead = asn && m.eq(f.actingRegionalHead, true) && electionIs('pilkada_2024');
  const noRelation = m.eq(f.relation, 'none');
  const scope = () => {
    if (notCovered) out.push('scope/not-covered');
  };

  switch (f.act) {
    case 'install_campaign_props':
      scope();
      if (calon) out.push('skb-2022/d-1');
      if (bakalCalon) out.push('skb-2022/ke-1');
      break;
    case 'online_campaign':
      scope();
      if (calon) out.push('skb-2022/d-2');
      if (bakalCalon) out.push('skb-2022/ke-2');
      break;
    case 'attend_declaration_or_campaign':
    case 'take_part_in_campaign': {
      const attend = f.act === 'attend_declaration_or_campaign';
      if (pns && calon && noRelation) out.push('pp-94-2021/p5-n-1');
      scope();
      if (dki && noRelation) out.push('se-dki-e-0011-2023/2-a');
      if (tanahLaut && calon && noRelation) out.push('se-tanah-laut-863-0321-2023/a-1-a');
      if (attend) {
        if (calon && noRelation && m.eq(f.activeSupport, true)) out.push('skb-2022/d-4');
        if (calon && noRelation && m.eq(f.activeSupport, false)) out.push('skb-2022/d-4/passive');
        if (bakalCalon && noRelation && m.eq(f.activeSupport, true)) out.push('skb-2022/ke-3');
        if (bakalCalon && noRelation && m.eq(f.activeSupport, false)) out.push('skb-2022/ke-3/passive');
      } else if (bakalCalon && noRelation) out.push('skb-2022/ke-6');
      if (m.eq(f.relation, 'spouse') && m.eq(f.cltn, false)) out.push('skb-2022/ke-7');
      if (m.eq(f.relation, 'spouse') && m.eq(f.cltn, true)) out.push('skb-2022/ke-7/cltn');
      break;
    }
    case 'social_media_engagement':
      scope();
      if (calon) out.push('skb-2022/d-6');
      if (bakalCalon) out.push('skb-2022/ke-4');
      break;
    case 'post_photo': {
      scope();
      const shows = m.among(f.photoShows, PHOTO_SUBJECTS);
      const none = m.eq(f.photoShows, 'none_of_these');
      const isPublic = m.eq(f.publiclyAccessible, true);
      const notPublic = m.eq(f.publiclyAccessible, false);
      if (calon && isPublic && shows && m.eq(f.supportPurpose, true)) out.push('skb-2022/d-7');
      if (calon && none) out.push('skb-2022/d-7/none-of-these');
      if (calon && notPublic) out.push('skb-2022/d-7/not-public');
      if (calon && m.eq(f.supportPurpose, false)) out.push('skb-2022/d-7/no-support-purpose');
      if (bakalCalon && isPublic && shows) out.push('skb-2022/ke-5');
      if (bakalCalon && none) out.push('skb-2022/ke-5/none-of-these');
      if (bakalCalon && notPublic) out.push('skb-2022/ke-5/not-public');
      break;
    }
    case 'seek_own_candidacy':
      scope();
      if (m.eq(f.independentCandidacy, false) && officeAmong(PARTY_OFFICES) && m.eq(f.cltn, false)) out.push('skb-2022/d-3/a');
      if (m.eq(f.independentCandidacy, true) && officeAmong(INDEPENDENT_OFFICES) && m.eq(f.cltn, false)) out.push('skb-2022/d-3/b');
      if (m.eq(f.cltn, true)) out.push('skb-2022/d-3/cltn');
      break;
    case 'party_membership':
      scope();
      out.push('skb-2022/d-5');
      break;
    case 'partisan_activity':
      if (pns && calon) out.push('pp-94-2021/p5-n-6');
      scope();
      if (tanahLaut && calon) out.push('se-tanah-laut-863-0321-2023/a-3');
      if (calon) out.push('skb-2022/d-8');
      break;
    case 'join_campaign_team':
      if (calon && asn && electionIs('pemilu_2024')) out.push('uu-7-2017/p280-3');
      if (calon && asn && electionIs('pilkada_2024')) out.push('uu-pilkada/p70-1');
      scope();
      if (bakalCalon) out.push('skb-2022/d-9');
      if (calon) out.push('skb-2022/d-10');
      break;
    case 'collect_support_for_independent':
      if (pns) out.push('pp-94-2021/p5-n-7');
      scope();
      if (tanahLaut) out.push('se-tanah-laut-863-0321-2023/a-4');
      if (officeAmong(INDEPENDENT_OFFICES)) out.push('skb-2022/d-11');
      break;
    case 'partisan_decision':
      if (calon && asn && electionIs('pilkada_2024')) out.push('uu-pilkada/p71-1');
      if (asn) out.push('kemendagri-5812-2023/3-e/penyalahgunaan_kewenangan');
      if (actingHead) out.push('kemendagri-5812-2023/4');
      if (pns && calon) out.push('pp-94-2021/p5-n-5');
      scope();
      if (dki) out.push('se-dki-e-0011-2023/2-c');
      if (tanahLaut && calon) out.push('se-tanah-laut-863-0321-2023/a-2');
      if (calon) out.push('skb-2022/d-12');
      break;
    case 'campaign_with_attributes':
      if (pns && calon && m.eq(f.phase, 'campaign')) out.push('pp-94-2021/p5-n-2');
      if (pns && m.among(f.phase, OUTSIDE_CAMPAIGN)) out.push('pp-94-2021/p5-n-2/outside-campaign');
      scope();
      if (tanahLaut && calon) out.push('se-tanah-laut-863-0321-2023/a-1-b');
      break;
    case 'mobilise_other_asn':
      if (actingHead) out.push('kemendagri-5812-2023/4');
      if (pns && calon) out.push('pp-94-2021/p5-n-3');
      scope();
      if (tanahLaut && calon) out.push('se-tanah-laut-863-0321-2023/a-1-c');
      break;
    case 'use_state_facilities':
      if (asn) out.push('kemendagri-5812-2023/3-e/penggunaan_fasilitas');
      if (actingHead) out.push('kemendagri-5812-2023/4');
      if (pns && calon) out.push('pp-94-2021/p5-n-4');
      scope();
      if (dki) out.push('se-dki-e-0011-2023/2-b');
      if (tanahLaut && calon) out.push('se-tanah-laut-863-0321-2023/a-1-d');
      break;
    case 'use_regional_budget':
      if (asn) out.push('kemendagri-5812-2023/3-e/penggunaan_anggaran');
      if (actingHead) out.push('kemendagri-5812-2023/4');
      scope();
      if (dki) out.push('se-dki-e-0011-2023/2-d');
      break;
    case 'mobilise_voters':
      if (asn) out.push('kemendagri-5812-2023/3-e/mobilisasi_pemilih');
      if (actingHead) out.push('kemendagri-5812-2023/4');
      scope();
      break;
    default:
      scope();
  }
  return out;
}
