/**
 * `netralitas-asn table --format csv|md [--act KIND] [--out FILE]`: the whole decision table, one row per combination of the facts
 * the rules read, and the audit of it against the registry of known gaps.
 */
import { auditTable, formatAudit } from '../analyst/decision-audit.js';
import { decisionTable, tableCsv, tableMarkdown } from '../analyst/decision-table.js';
import { ACT_KINDS, type ActKind } from '../vocabulary/enums.js';
import { badUsage, parseCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { writeWhole } from './output.js';
import { lawFrom, PACK_HELP, PACK_OPTION } from './packs-option.js';

const HELP = `Usage: netralitas-asn table [--format csv|md] [--act KIND] [--pack PATH] [--out FILE]

Writes the decision table: one row per combination of the value classes of the facts the rules read ("a|b": values
the rules cannot tell apart, "-": fact missing, empty: not read for that act), with the verdict, the violation items,
the category and the sanction level. Then prints to stderr the audit: rules that never fire, points where
incompatible outcomes fire, points that are out_of_scope only because no rule decides, each with the entry of the
registry of known gaps (src/law/known-gaps.ts) that explains it.
  --format, -f  csv (default) or md
  --act, -a     only the rows of one act kind (\`netralitas-asn list acts\` lists them); the audit then covers only
                those rows and reports no registry entry as stale
  --out, -o     write to FILE instead of stdout
${PACK_HELP}
Exit code: 0, or 1 when an occurrence is unexplained or a registry entry explains nothing; 2 for a usage error; 4
when the output cannot be written (--out is then left as it was).
`;

/** The `table` command: writes the decision table and prints its audit. @internal */
export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { format: { type: 'string', short: 'f', default: 'csv' }, act: { type: 'string', short: 'a' }, out: { type: 'string', short: 'o' }, ...PACK_OPTION },
    HELP,
  );
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw badUsage('table takes no FILE (use --out FILE)', HELP);
  if (!['csv', 'md'].includes(values.format!)) throw badUsage(`Unknown format ${values.format}; expected csv or md`, HELP);
  if (values.act !== undefined && !(ACT_KINDS as readonly string[]).includes(values.act)) {
    throw badUsage(`Unknown act kind ${values.act}; \`netralitas-asn list acts\` lists them`, HELP);
  }
  const acts = values.act === undefined ? undefined : [values.act as ActKind];
  const law = await lawFrom(values.pack as string[] | undefined);
  const rows = decisionTable(acts, law);
  const text = values.format === 'md' ? tableMarkdown(rows) : tableCsv(rows);
  await writeWhole(values.out, text);
  const audit = auditTable(rows, undefined, acts, law.rules);
  process.stderr.write(`${formatAudit(audit, rows.length)}\n`);
  return audit.occurrences.some((o) => !o.explainedBy) || audit.stale.length > 0 ? 1 : 0;
}
