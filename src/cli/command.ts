/** A CLI command: the word that selects it, its usage, its summary and what it runs. @internal */
export interface Command {
  /** The word that selects it. */
  readonly name: string;
  /** One-line usage, e.g. `classify FILE`. */
  readonly usage: string;
  /** One-line summary. */
  readonly summary: string;
  /** Runs it; resolves to the exit code. */
  run(argv: readonly string[]): Promise<number>;
}
