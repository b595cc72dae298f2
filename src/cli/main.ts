#!/usr/bin/env node
/**
 * The command-line interface: `netralitas-asn <command> [options]`. Each command lives in its own module.
 */
import { batchCommand } from './batch-command.js';
import { classifyCommand } from './classify-command.js';
import type { Command } from './command.js';
import { serveCommand } from '../server/serve-command.js';
import { tableCommand } from './table-command.js';
import { testCommand } from './test-command.js';

const COMMANDS: readonly Command[] = [classifyCommand, batchCommand, testCommand, tableCommand, serveCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Usage: netralitas-asn <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Run `netralitas-asn <command> --help` for the options of a command.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${usage()}\n`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
