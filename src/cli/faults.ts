/**
 * Faults of the command line: a fault carries its exit code and a one-line message naming the file or output and the
 * OS error. Anything echoed from the input goes through {@link escapeControl}, so that input cannot forge lines.
 */
import { escapeControl } from '../incident/control-chars.js';
import { UnreadableInput } from '../batch/lines.js';
import { EXIT } from './exit-codes.js';

export { escapeControl };

/** A fault that ends a command with an exit code and one line on stderr. @internal */
export class CliFault extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

const OS_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENOSPC: 'no space left on device',
  EFBIG: 'file too large',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EPIPE: 'broken pipe',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many levels of symbolic links',
};

/** The OS error of a failed system call, as "reason (CODE)"; other errors by their first line. @internal */
export function osError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && OS_MESSAGES[code]) return `${OS_MESSAGES[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return escapeControl(message.split('\n')[0] ?? '');
}

/** A fault of the input named `name`. @internal */
export const inputFault = (name: string, reason: string): CliFault => new CliFault(EXIT.input, `${escapeControl(name)}: ${reason}`);

/**
 * An error of reading the input as the command line ends with it: input that cannot be read at all (see
 * `UnreadableInput`) is an input fault (exit code 3); anything else as it is.
 * @internal
 */
export const asInputFault = (error: unknown): unknown => (error instanceof UnreadableInput ? new CliFault(EXIT.input, error.message) : error);

/** A fault of the output named `name`. @internal */
export const outputFault = (name: string, error: unknown): CliFault =>
  new CliFault(EXIT.output, `${escapeControl(name)}: cannot write: ${osError(error)}`);

/** A usage error. @internal */
export const usageFault = (message: string): CliFault => new CliFault(EXIT.usage, message);
