/**
 * `netralitas-asn diff --with PACK [--format md|csv] [--out FILE]`: the what-if of an analyst, every row of the
 * decision table whose outcome changes when the pack is loaded.
 */
import { diffCsv, diffLaw, diffMarkdown } from '../analyst/law-diff.js';
import { PackError } from '../law/packs.js';
import { badUsage, parseCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { writeWhole } from './output.js';
import { readPack } from './packs-option.js';

const HELP = `Usage: netralitas-asn diff --with PACK [--with PACK ...] [--format md|csv] [--out FILE]

Compares the decision table of the built-in law with the law as changed by the packs (JSON or YAML files; a
what-if pack may replace or remove built-in rules) and prints every row whose verdict, items, category, sanction
level or tracks change. Example: packs/what-if/skb-disiplin-8-9-levels.json.
  --with, -w    a pack: a pack folder, or one JSON or YAML file (repeatable)
  --format, -f  md (default) or csv
  --out, -o     write to FILE instead of stdout
Exit code: 0 (also when rows change); 2 for a usage error or a pack that does not load; 4 when the output cannot
be written.
`;

/** The `diff` command. @internal */
export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { with: { type: 'string', short: 'w', multiple: true }, format: { type: 'string', short: 'f', default: 'md' }, out: { type: 'string', short: 'o' } },
    HELP,
  );
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw badUsage('diff takes its packs with --with PACK', HELP);
  const files = (values.with ?? []) as string[];
  if (files.length === 0) throw badUsage('diff needs at least one --with PACK', HELP);
  if (!['md', 'csv'].includes(values.format as string)) throw badUsage(`Unknown format ${values.format}; expected md or csv`, HELP);
  const packs = [];
  for (const file of files) packs.push(await readPack(file));
  let rows;
  try {
    rows = diffLaw(packs);
  } catch (error) {
    if (error instanceof PackError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const text = values.format === 'csv' ? diffCsv(rows) : diffMarkdown(rows);
  await writeWhole(values.out as string | undefined, text);
  process.stderr.write(`${rows.length} row(s) change.\n`);
  return EXIT.ok;
}
