// Rule mutants that no case can kill, each class with the reason. scripts/mutate.ts accepts a survivor as equivalent
// only when it matches an entry here AND the exhaustive search of the joint decision space (src/analyst/mutation.ts
// findWitness) finds no incident on which any outcome a case can check differs.
export interface EquivalentMutantClass {
  /** Matches the ids of the mutants of the class. */
  readonly pattern: RegExp;
  /** Why the mutant cannot change an outcome. */
  readonly reason: string;
}

export const EQUIVALENT_MUTANTS: readonly EquivalentMutantClass[] = [
  {
    pattern: /: employment in \[[a-z_,]+\] with (tni|polri|other)$/,
    reason:
      'Adding TNI, Polri or "other" to an administrative rule changes nothing: for them scope/not-covered fires, the ' +
      'verdict is out_of_scope and the result reports no finding, record or guidance (ref §2.7; known gap ' +
      'scope-precedes-findings). Election-crime rules are not in this class: their crimes are reported beside the ' +
      'scope verdict, and those mutants are killed.',
  },
  {
    pattern: /^se-[a-z0-9-]+\/[a-z0-9/-]+: drop employment in \[pns,cpns,pppk,pppk_paruh_waktu,non_asn\]$/,
    reason:
      'A regional circular that binds every ASN and non-ASN employee (SE Banten "setiap pegawai", SE Sulsel "setiap ASN ' +
      'dan PPNPN", SE Bangka and SE Bangka Selatan "Setiap (Pegawai) ASN dan (Pegawai) Non ASN") names every covered ' +
      'employment; dropping the condition only adds TNI, Polri and others, for whom scope/not-covered fires and no ' +
      'finding is reported (ref §2.7; the first class above).',
  },
  {
    pattern: /^(skb-2022\/d-5\/(cpns|pppk|non-asn): employment in \[[a-z_,]+\] with (pns|cpns|pppk|pppk_paruh_waktu))$/,
    reason:
      'Party membership has one rule per employment regime (D-5 for PNS, CPNS, PPPK, non-ASN; ref §1.6, §2.7). Adding ' +
      'an employment to another regime\'s variant makes a second rule reach disiplin 5, but an item is cited once, by ' +
      'the rule of the actor\'s own regime, which comes first in the rule file; the result is unchanged.',
  },
  {
    pattern: /^(uu-7-2017\/p280-3(\/desa)?: drop basis uu-7-2017\/p486|uu-pilkada\/p7[01]-1(\/[a-z0-9/-]+)?: drop basis uu-pilkada\/p152)$/,
    reason:
      'The dropped basis (the Gakkumdu procedure: UU 7/2017 Pasal 486, UU Pilkada Pasal 152, ref §5.3) is also cited ' +
      'by the gakkumdu track step that the election crime opens, so the citations a case can check are unchanged.',
  },
  {
    pattern:
      /^(skb-2022\/d-(1|2|4|4\/speaker|6|7|7\/partai|8|11|12): drop basis pp-94-2021\/(p5-n-5|p5-n-6|p5-n-7|p14-i)|skb-2022\/d-3\/[ab]: drop basis pp-94-2021\/p10-1-b-c|pp-94-2021\/p5-n-(3|5|6): drop basis pp-94-2021\/(p14-i|p5-n-5|p5-n-6)|pp-94-2021\/p5-n-2\/asn-attributes: drop basis pp-94-2021\/penjelasan-p5-n-2)$/,
    reason:
      'The dropped PP 94/2021 basis is cited anyway wherever the rule fires: by the finding\'s own note on the reading ' +
      '(the SKB\'s classification under Pasal 5 huruf n and Pasal 14 huruf i, update-2026-12 §1.2-1.3; the inferred ' +
      'Pasal 10 for disiplin 3; the Penjelasan of angka 2), or, for the PP 94 items, by the PP 94 finding of the same ' +
      'act that the SKB item cites. The citations a case can check are unchanged.',
  },
  {
    pattern:
      /^skb-2022\/d-5(\/(cpns|pppk|non-asn))?: drop basis (uu-5-2014\/p87-4-c|uu-20-2023\/p52-3-j|pp-11-2017\/p255|pp-11-2017\/p37-2-f|uu-5-2014\/p105-3-c|pp-49-2018\/p53-3-c|se-menpanrb-01-2023\/ppnpn)$/,
    reason:
      'The statute dropped from the party-membership finding is also the basis of its sanction (the dismissal under ' +
      'UU 5/2014 / UU 20/2023, PP 11/2017, PP 49/2018, or the work agreement under SE MenPANRB 01/2023; ref §1.6, §2.7) ' +
      'and still puts the rule in force (inForceWith), so the citations and the verdict on any date are unchanged.',
  },
  {
    pattern: /^skb-2022\/ke-3\/speaker: (drop basis pp-42-2004\/p11-c|basis pp-42-2004\/p11-c -> pp-42-2004\/p15)$/,
    reason:
      'A speaker at a bakal calon\'s event always meets kode etik 6 too (both rules read the act and the stage ' +
      'bakal_calon), which cites PP 42/2004 Pasal 11 huruf c, and the moral sanction cites Pasal 15 (ref §1.3, §3); ' +
      'for PPPK and non-ASN staff no PP 42/2004 article is cited at all (update §2.3). The citations a case can check ' +
      'are unchanged.',
  },
  {
    pattern: /^skb-2022\/d-5\/non-asn: (drop employment in \[non_asn\]|sanction ptdh -> [a-z_]+)$/,
    reason:
      'For non-ASN staff every sanction resolves to the work agreement (SE MenPANRB 01/2023, ref §2.7; the ' +
      'employment-regime table), whatever the rule names; without its employment condition the rule also fires for ' +
      'ASN, where the D-5 rule of their own regime cites disiplin 5 first (an item is cited once), and for TNI, Polri ' +
      'and others, who are out of scope.',
  },
];
