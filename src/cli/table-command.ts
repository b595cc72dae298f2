/**
 * `netralitas-asn table --format csv|md [--out FILE]`: the whole decision table, one row per combination of the facts
 * the rules read, and the audit of it against the registry of known gaps.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { auditTable, formatAudit } from '../decision-audit.js';
import { decisionTable, tableCsv, tableMarkdown } from '../decision-table.js';
import type { Command } from './command.js';

const HELP = `Usage: netralitas-asn table [--format csv|md] [--out FILE]

Writes the decision table: one row per combination of the value classes of the facts the rules read ("a|b": values
the rules cannot tell apart, "-": fact missing, empty: not read for that act), with the verdict, the violation items,
the category and the sanction level. Then prints to stderr the audit: rules that never fire, points where
incompatible outcomes fire, points that are out_of_scope only because no rule decides, each with the entry of the
registry of known gaps (src/known-gaps.ts) that explains it.
  --format, -f  csv (default) or md
  --out, -o     write to FILE instead of stdout
Exit code: 0, or 1 when an occurrence is unexplained or a registry entry explains nothing; 2 for a usage error.
`;

/** The `table` command: writes the decision table and prints its audit. @internal */
export const tableCommand: Command = {
  name: 'table',
  usage: 'table [--format csv|md] [--out FILE]',
  summary: 'write the whole decision table and audit it against the registry of known gaps',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, format: { type: 'string', short: 'f', default: 'csv' }, out: { type: 'string', short: 'o' } },
    });
    if (values.help || positionals.length > 0 || !['csv', 'md'].includes(values.format!)) {
      process.stdout.write(HELP);
      return values.help ? 0 : 2;
    }
    const rows = decisionTable();
    const text = values.format === 'md' ? tableMarkdown(rows) : tableCsv(rows);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    const audit = auditTable(rows);
    process.stderr.write(`${formatAudit(audit, rows.length)}\n`);
    return audit.occurrences.some((o) => !o.explainedBy) || audit.stale.length > 0 ? 1 : 0;
  },
};
