/**
 * The exit codes of the command line, one per outcome. The README's table is checked against this list by
 * test/cli-exit-codes.test.ts, so the two cannot drift apart.
 */

/** Exit codes by outcome. @internal */
export const EXIT = {
  ok: 0,
  invalid: 1,
  usage: 2,
  input: 3,
  output: 4,
  internal: 70,
  sigint: 130,
  sigpipe: 141,
  sigterm: 143,
} as const;

/** What each exit code means, in the words of the README table. @internal */
export const EXIT_MEANINGS: Readonly<Record<(typeof EXIT)[keyof typeof EXIT], string>> = {
  0: 'success: every record valid, every case passed',
  1: 'some records or the incident are invalid (the valid ones still have their results); a case failed, a case file is malformed or unreadable, or there is no case to run; the decision table audit found an unexplained point',
  2: 'usage error: unknown command or option, missing or extra argument, bad option value, `--out` that is the input',
  3: 'the input cannot be read: missing, a directory, unreadable, not UTF-8 (UTF-16), duplicate CSV columns, or it shrank while read',
  4: 'the output cannot be written: full disk, read-only, missing directory, a directory given as `--out`; `--out` is left as it was',
  70: 'internal error (a bug): one line on stderr, no stack trace',
  130: 'interrupted by SIGINT: whole records only, the stopping point on stderr',
  141: 'the reader closed the output pipe (e.g. `| head -1`): the run ends quietly',
  143: 'terminated by SIGTERM: whole records only, the stopping point on stderr',
};
