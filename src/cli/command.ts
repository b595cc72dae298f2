/**
 * A CLI command as the overview lists it: the word that selects it, its usage and summary, and its module, loaded
 * only when it runs. A call loads the code of its own command only: `--version` or `classify` never compile the
 * decision table, the case runner, the service or the packages they use (yaml, the HTTP framework; issue 12).
 * @internal
 */
export interface Command {
  /** The word that selects it. */
  readonly name: string;
  /** One-line usage, e.g. `classify FILE`. */
  readonly usage: string;
  /** One-line summary. */
  readonly summary: string;
  /** Loads its module, whose `run` takes the arguments after the command's word and resolves to the exit code. */
  readonly load: () => Promise<{ run(argv: readonly string[]): Promise<number> }>;
}
