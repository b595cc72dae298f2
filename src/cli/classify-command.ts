/** `netralitas-asn classify FILE|-`: classifies one incident (JSON or YAML) and prints the result as JSON. */
import { classifierOf } from '../decide/create-classifier.js';
import { badUsage, parseCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { writeWhole } from './output.js';
import { PRESUME_HELP, PRESUME_OPTION, presumeOption } from './presume-option.js';
import { readDataFile } from './read-data.js';
import { lawFrom, PACK_HELP, PACK_OPTION } from './packs-option.js';

const HELP = `Usage: netralitas-asn classify FILE|- [--pack PATH] [--presume LIST]

Prints the classification result of the incident in FILE (JSON, or YAML for any other extension; UTF-8) as JSON.
\`-\` reads the incident from stdin (JSON or YAML).
${PACK_HELP}
${PRESUME_HELP}
Exit code: 0 for a result, 1 for invalid input, 2 for a usage error or a pack that does not load, 3 for an unreadable
file, 4 when stdout cannot be written.
`;

/** The `classify` command: one incident file in, the result as JSON out. @internal */
export async function run(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseCommand(argv, { ...PRESUME_OPTION, ...PACK_OPTION }, HELP);
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw badUsage('classify takes one FILE (- for stdin)', HELP);
  const presume = presumeOption(values.presume, HELP);
  const classifier = classifierOf(await lawFrom(values.pack as string[] | undefined));
  const result = classifier.classifySync(await readDataFile(positionals[0]!), presume === undefined ? undefined : { presume });
  await writeWhole(undefined, `${JSON.stringify(result, null, 2)}\n`);
  return result.ok ? EXIT.ok : EXIT.invalid;
}
