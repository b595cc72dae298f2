/** The `--presume` option of `classify`, `batch` and `test`: its text parsed, or a bilingual usage error (exit 2). */
import { parsePresumeText } from '../decide/presume-text.js';
import type { Presume } from '../law/presumptions.js';
import { escapeControl, usageFault } from './faults.js';

/** The declaration of the option, for {@link parseCommand}. @internal */
export const PRESUME_OPTION = { presume: { type: 'string', multiple: true } } as const;

/** The help text of the option. @internal */
export const PRESUME_HELP = `  --presume LIST    decide under presumptions for facts a report leaves unsaid, e.g. relation=none,cltn=false
                    (or target.relation=none,actor.cltn=false); a stated fact always wins, and each result lists
                    the presumptions it relied on with the outcome had each been false (law/presumptions.json)`;

/**
 * The `presume` option from the values of `--presume` (undefined when it is not given).
 * @example
 * ```ts
 * presumeOption(['relation=none'], HELP); // { 'target.relation': 'none' }
 * presumeOption(['kin=none'], HELP); // throws a usage fault (exit 2) naming --presume, in Indonesian and English
 * ```
 * @internal
 */
export function presumeOption(texts: readonly string[] | undefined, help: string): Presume | undefined {
  if (texts === undefined) return undefined;
  const parsed = parsePresumeText(texts, '--presume');
  if (!parsed.ok) throw usageFault(`${escapeControl(parsed.message.id)}\n${escapeControl(parsed.message.en)}\n\n${help.trimEnd()}`);
  return parsed.presume;
}
