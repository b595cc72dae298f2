// Rule mutants that no case can kill, each class with the reason. scripts/mutate.ts accepts a survivor as equivalent
// only when it matches an entry here AND the exhaustive search of the joint decision space (src/mutation.ts
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
      'Adding TNI, Polri or "other" to a rule changes nothing: for them scope/not-covered fires, the verdict is ' +
      'out_of_scope and the result reports no finding, crime, record or guidance (ref §2.7; known gap ' +
      'scope-precedes-findings).',
  },
  {
    pattern: /^(uu-7-2017\/p280-3: drop basis uu-7-2017\/p486|uu-pilkada\/p70-1: drop basis uu-pilkada\/p152|uu-pilkada\/p71-1: drop basis uu-pilkada\/p152)$/,
    reason:
      'The dropped basis (the Gakkumdu procedure: UU 7/2017 Pasal 486, UU Pilkada Pasal 152, ref §5.3) is also cited ' +
      'by the gakkumdu track step that the election crime opens, so the citations a case can check are unchanged.',
  },
];
