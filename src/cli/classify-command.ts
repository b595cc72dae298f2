/** `netralitas-asn classify FILE`: classifies one incident (JSON or YAML) and prints the result as JSON. */
import { parseArgs } from 'node:util';
import { classifySync } from '../classify-sync.js';
import type { Command } from './command.js';
import { readDataFile } from './read-data.js';

/** The `classify` command: one incident file in, the result as JSON out. @internal */
export const classifyCommand: Command = {
  name: 'classify',
  usage: 'classify FILE',
  summary: 'classify one incident (JSON or YAML) and print the result as JSON',
  async run(argv) {
    const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help || positionals.length !== 1) {
      process.stdout.write('Usage: netralitas-asn classify FILE\n\nPrints the classification result of the incident in FILE as JSON.\nExit code: 0 for a result, 1 for invalid input, 2 for a usage error.\n');
      return values.help ? 0 : 2;
    }
    const result = classifySync(await readDataFile(positionals[0]!));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.ok ? 0 : 1;
  },
};
