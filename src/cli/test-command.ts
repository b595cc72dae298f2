/** `netralitas-asn test PATH...`: runs analysts' case files (YAML or JSON) and prints what differs, in the law's terms. */
import { DEFAULT_MAX_CASE_FILE_BYTES, runCaseFiles } from '../analyst/case-files.js';
import { formatCaseRun } from '../analyst/case-runner.js';
import { badUsage, parseCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { openOutput } from './output.js';
import { lawFrom, PACK_HELP, PACK_OPTION } from './packs-option.js';
import { classifierOf } from '../decide/create-classifier.js';
import { PRESUME_HELP, PRESUME_OPTION, presumeOption } from './presume-option.js';

const HELP = `Usage: netralitas-asn test [--verbose] [--lang id|en] [--max-file-size BYTES] [--pack PATH] [--presume LIST] PATH...

Runs the cases in the given files or directories (recursively; .yaml, .yml, .json). Each file holds one case or a
list of cases: { name, source?, incident, presume?, expect: { verdict?, items?, category?, sanction?, bases?, tracks?,
presumptions?, ... } }; presume is "relation=none,cltn=false" or { target.relation: none, actor.cltn: false }.
Prints, per file and case, what differs from the expectation, then a summary line. A file that cannot be read
(missing, dangling symlink, no permission, over the size limit) is named and counted as an error, and the others
still run; FIFOs, sockets and devices are skipped with a warning on stderr.
  --verbose, -v          list passing cases too
  --lang id|en           language of the differences and the summary (default id)
Each failing case is named with its file and line (file:line). Items may be written as analysts name them: KE-4,
D-6, kode etik 4 (all as kode_etik 4 / disiplin 6). A mistyped field or value of an incident is named with the
nearest valid one ("did you mean") and the values the field takes.
  --max-file-size BYTES  largest case file read (default ${DEFAULT_MAX_CASE_FILE_BYTES}; suffixes K, M, G allowed)
${PACK_HELP}
${PRESUME_HELP}
                    (for the cases with no presume of their own)
Exit code: 0 when every case passes, 1 when a case fails, a file is malformed or unreadable, or there is no case
file to run, 2 for a usage error, 4 when stdout cannot be written.
`;

/** Bytes from `123`, `64K`, `16M`, `1G` (binary multiples). */
function bytes(text: string): number | undefined {
  const m = /^(\d+)([KMG])?i?B?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  return Number(m[1]) * unit;
}

/** The `test` command: runs analysts' case files and reports what differs. @internal */
export async function run(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseCommand(argv, { verbose: { type: 'boolean', short: 'v' }, 'max-file-size': { type: 'string' }, lang: { type: 'string' }, ...PACK_OPTION, ...PRESUME_OPTION }, HELP);
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw badUsage('test needs a PATH', HELP);
  const maxFileBytes = values['max-file-size'] === undefined ? DEFAULT_MAX_CASE_FILE_BYTES : bytes(values['max-file-size']);
  if (maxFileBytes === undefined || maxFileBytes < 1) throw badUsage(`--max-file-size takes a size in bytes such as 8M, not ${values['max-file-size']}`, HELP);
  const lang = values.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') throw badUsage(`Unknown language ${lang}; expected id or en`, HELP);
  const packs = values.pack as string[] | undefined;
  const presume = presumeOption(values.presume, HELP);
  const classifier = packs?.length ? classifierOf(await lawFrom(packs)) : undefined;
  const run = runCaseFiles(positionals, classifier?.classifySync, {
    maxFileBytes,
    lang,
    ...(presume === undefined ? {} : { presume }),
    ...(classifier ? { law: classifier } : {}),
  });
  for (const warning of run.warnings) process.stderr.write(`warning: ${warning}\n`);
  const out = openOutput(undefined, undefined);
  await out.write(`${formatCaseRun(run, { verbose: values.verbose ?? false, lang })}\n`);
  await out.commit();
  return run.ok ? EXIT.ok : EXIT.invalid;
}
