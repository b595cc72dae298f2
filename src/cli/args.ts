/** Parsing a command's options with `util.parseArgs`: a bad option is a usage error (exit 2) with the usage on stderr. */
import { parseArgs } from 'node:util';
import { escapeControl, usageFault } from './faults.js';

/** The options a command declares. @internal */
export type Options = Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly default?: string; readonly multiple?: boolean }>;

/** The values parsed for them. @internal */
export type Values<O extends Options> = {
  -readonly [K in keyof O]?: O[K]['type'] extends 'string' ? (O[K]['multiple'] extends true ? string[] : string) : boolean;
} & { help?: boolean };

/**
 * Parses `argv` strictly; throws a usage fault carrying the command's usage.
 * @example
 * ```ts
 * const { values, positionals } = parseCommand(argv, { out: { type: 'string' } }, HELP);
 * ```
 * @internal
 */
export function parseCommand<const O extends Options>(argv: readonly string[], options: O, help: string): { values: Values<O>; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' }, ...options } }) as {
      values: Values<O>;
      positionals: string[];
    };
  } catch (error) {
    throw usageFault(`${escapeControl((error as Error).message)}\n\n${help.trimEnd()}`);
  }
}

/** A usage error about a bad value, with the usage. @internal */
export const badUsage = (message: string, help: string) => usageFault(`${escapeControl(message)}\n\n${help.trimEnd()}`);
