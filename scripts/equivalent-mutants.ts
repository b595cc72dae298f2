// Rule mutants that no case can kill, each class with the reason. scripts/mutate.ts accepts a survivor as equivalent
// only when it matches an entry here AND the exhaustive search of the joint decision space (src/mutation.ts
// findWitness) finds no incident on which any outcome a case can check differs.
export interface EquivalentMutantClass {
  /** Matches the ids of the mutants of the class. */
  readonly pattern: RegExp;
  /** Why the mutant cannot change an outcome. */
  readonly reason: string;
}

// Empty since the legal corrections of 2026-12: election crimes are now reported for TNI, Polri and other actors
// beside the out_of_scope verdict, so adding them to an employment list is observable, and the Gakkumdu procedure
// basis dropped from an election-crime rule is no longer hidden behind the track step. A survivor must again be
// killed by a case, or explained here with an exhaustive search showing no incident tells it apart.
export const EQUIVALENT_MUTANTS: readonly EquivalentMutantClass[] = [];
