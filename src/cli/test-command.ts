/** `netralitas-asn test PATH...`: runs analysts' case files (YAML or JSON) and prints what differs, in the law's terms. */
import { parseArgs } from 'node:util';
import { runCaseFiles } from '../case-files.js';
import { formatCaseRun } from '../case-runner.js';
import type { Command } from './command.js';

const HELP = `Usage: netralitas-asn test [--verbose] PATH...

Runs the cases in the given files or directories (recursively; .yaml, .yml, .json). Each file holds one case or a
list of cases: { name, source?, incident, expect: { verdict?, items?, category?, sanction?, bases?, tracks?, ... } }.
Prints, per file and case, what differs from the expectation, then a summary line.
  --verbose, -v  list passing cases too
Exit code: 0 when every case passes, 1 when a case fails or a file is malformed, 2 for a usage error.
`;

/** The `test` command: runs analysts' case files and reports what differs. @internal */
export const testCommand: Command = {
  name: 'test',
  usage: 'test PATH...',
  summary: 'run analyst case files (YAML or JSON) and print what differs, in the law\'s terms',
  async run(argv) {
    const { positionals, values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean', short: 'v' } },
    });
    if (values.help || positionals.length === 0) {
      process.stdout.write(HELP);
      return values.help ? 0 : 2;
    }
    const run = runCaseFiles(positionals);
    process.stdout.write(`${formatCaseRun(run, { verbose: values.verbose ?? false })}\n`);
    return run.ok ? 0 : 1;
  },
};
