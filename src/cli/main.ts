#!/usr/bin/env node
/**
 * The command-line interface: `netralitas-asn <command> [options]`. Each command lives in its own module.
 */
import { batchCommand } from './batch-command.js';
import { classifyCommand } from './classify-command.js';
import { diffCommand } from './diff-command.js';
import type { Command } from './command.js';
import { listCommand } from './list-command.js';
import { serveCommand } from '../server/serve-command.js';
import { VERSION } from '../law/generated/data.js';
import { EXIT } from './exit-codes.js';
import { CliFault, escapeControl, osError } from './faults.js';
import { tableCommand } from './table-command.js';
import { testCommand } from './test-command.js';

const COMMANDS: readonly Command[] = [classifyCommand, batchCommand, testCommand, tableCommand, diffCommand, listCommand, serveCommand];

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
  return command.run(rest);
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
