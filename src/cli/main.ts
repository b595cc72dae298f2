#!/usr/bin/env node
/**
 * The command-line interface: `netralitas-asn <command> [options]`. Each command lives in its own module.
 */
import type { Command } from './command.js';
import { VERSION } from '../law/generated/data.js';
import { EXIT } from './exit-codes.js';
import { CliFault, escapeControl, osError } from './faults.js';

/** The commands, in the order the overview lists them; each module is loaded when its command runs. */
const COMMANDS: readonly Command[] = [
  { name: 'classify', usage: 'classify FILE|-', summary: 'classify one incident (JSON or YAML) and print the result as JSON', load: () => import('./classify-command.js') },
  {
    name: 'batch',
    usage: 'batch FILE.ndjson|FILE.csv',
    summary: 'classify many incidents as a stream: one answer per record, invalid lines reported, summary at the end',
    load: () => import('./batch-command.js'),
  },
  { name: 'test', usage: 'test PATH...', summary: "run analyst case files (YAML or JSON) and print what differs, in the law's terms", load: () => import('./test-command.js') },
  {
    name: 'table',
    usage: 'table [--format csv|md] [--act KIND] [--out FILE]',
    summary: 'write the whole decision table and audit it against the registry of known gaps',
    load: () => import('./table-command.js'),
  },
  { name: 'diff', usage: 'diff --with PACK [--format md|csv] [--out FILE]', summary: 'what-if: the decision-table rows a pack changes', load: () => import('./diff-command.js') },
  {
    name: 'list',
    usage: 'list acts|items|bases|elections|regions|packs',
    summary: 'list the act kinds, listed items, legal bases, elections, regions or packs, each id with its label',
    load: () => import('./list-command.js'),
  },
  {
    name: 'serve',
    usage: 'serve [--port 8080] [--host 127.0.0.1]',
    summary: 'run the HTTP service (JSON API under /v1, OpenAPI at /openapi.json)',
    load: async () => ({ run: (await import('./serve-command.js')).runServe }),
  },
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Usage: netralitas-asn <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Run `netralitas-asn <command> --help` for the options of a command, `netralitas-asn --version` for the version.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command: ${escapeControl(name)}\n\n${usage()}\n`);
    return EXIT.usage;
  }
  return (await command.load()).run(rest);
}

// Errors on stderr itself (a closed terminal) have nowhere to be reported.
process.stderr.on('error', () => {});

main(process.argv.slice(2)).then(
  (code) => finish(code),
  (error: unknown) => {
    if (error instanceof CliFault) {
      if (error.message) process.stderr.write(`${error.message}\n`);
      finish(error.exitCode);
      return;
    }
    process.stderr.write(`netralitas-asn: internal error: ${osError(error)}\n`);
    finish(EXIT.internal);
  },
);

/** Sets the exit code; a run ended by a signal or a closed pipe exits now, whatever input is still open. */
function finish(code: number): void {
  process.exitCode = code;
  if (code === EXIT.sigint || code === EXIT.sigterm || code === EXIT.sigpipe) process.exit(code);
}
