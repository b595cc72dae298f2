/**
 * Where a command writes its results: stdout, or `--out FILE`. A file is written to a temporary file beside it and
 * renamed over it only when the run is complete, so that a failed or interrupted run leaves the old file (or none) and
 * never a half-written one. Every write failure becomes one fault naming the output and the OS error; a pipe closed
 * by its reader becomes {@link PipeClosed}, which ends the run quietly.
 */
import { closeSync, fstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, accessSync, constants, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXIT } from './exit-codes.js';
import { CliFault, escapeControl, outputFault, usageFault } from './faults.js';

/** The reader of the output pipe has gone: end quietly. @internal */
export class PipeClosed extends CliFault {
  constructor() {
    super(EXIT.sigpipe, '');
  }
}

/** An output of a command. @internal */
export interface Output {
  /** Its name in messages. */
  readonly name: string;
  /** Whether it is a pipe or socket: then every answer is written as soon as it is made. */
  readonly pipe: boolean;
  /** Writes text or UTF-8 bytes; throws a fault when the output cannot take them. */
  write(data: string | Uint8Array): Promise<void>;
  /** Makes the output complete (for a file: renames the temporary file over it). */
  commit(): Promise<void>;
  /** Gives up: for a file, removes the temporary file and leaves `--out` as it was. */
  abort(): void;
}

type Identity = { readonly dev: number; readonly ino: number } | undefined;

const same = (a: Identity, b: Stats | undefined): boolean => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** stdout, with its write errors turned into faults. */
function stdoutOutput(input: Identity): Output {
  const stdout = process.stdout;
  let stats: Stats | undefined;
  try {
    stats = fstatSync(1);
  } catch {
    stats = undefined;
  }
  if (same(input, stats)) throw usageFault('stdout is the input file: refusing to overwrite it');
  let failure: unknown;
  const listeners = new Set<() => void>();
  stdout.on('error', (error) => {
    failure ??= error;
    for (const l of listeners) l();
  });
  const check = () => {
    if (failure === undefined) return;
    if ((failure as { code?: string }).code === 'EPIPE') throw new PipeClosed();
    throw outputFault('stdout', failure);
  };
  /** Resolves once the stream has taken the text, or has failed. */
  const settle = (data: string | Uint8Array, drain: boolean) =>
    new Promise<void>((resolve) => {
      const done = () => {
        listeners.delete(done);
        resolve();
      };
      listeners.add(done);
      const accepted = stdout.write(data, () => (drain ? undefined : done()));
      if (drain && accepted) done();
      else if (drain) stdout.once('drain', done);
    });
  return {
    name: 'stdout',
    pipe: stats !== undefined && (stats.isFIFO() || stats.isSocket()),
    async write(data) {
      check();
      if (data.length === 0) return;
      await settle(data, true);
      check();
    },
    async commit() {
      check();
      await settle('', false);
      check();
    },
    abort() {},
  };
}

/** `--out FILE`: a temporary file beside it, renamed over it on commit; a special file (device, FIFO) is written as it is. */
function fileOutput(path: string, input: Identity): Output {
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw outputFault(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  if (same(input, existing)) throw usageFault(`--out ${escapeControl(path)} is the input file: refusing to overwrite it`);
  const direct = existing !== undefined && !existing.isFile();
  if (existing?.isFile()) {
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw outputFault(path, error);
    }
  }
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let fd: number;
  try {
    fd = openSync(target, direct ? 'w' : 'wx', existing?.mode ?? 0o666);
  } catch (error) {
    throw outputFault(path, error);
  }
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {
      // closing after a failed write may fail again; the write already reported it
    }
  };
  return {
    name: path,
    pipe: existing !== undefined && (existing.isFIFO() || existing.isSocket()),
    async write(data) {
      try {
        // Text is written as it is: a Buffer made of it per write was off-heap memory whose every allocation pushed V8
        // toward a full collection. Only a short write (a device, a full disk) copies what is left.
        // (Two calls for writeSync's two overloads, text and bytes.)
        const written = data.length === 0 ? 0 : typeof data === 'string' ? writeSync(fd, data) : writeSync(fd, data);
        const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
        if (written < bytes) {
          let rest = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).subarray(written);
          while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
        }
      } catch (error) {
        throw outputFault(path, error);
      }
    },
    async commit() {
      try {
        open = false;
        closeSync(fd);
        if (!direct) renameSync(target, path);
      } catch (error) {
        this.abort();
        throw outputFault(path, error);
      }
    },
    abort() {
      close();
      if (!direct) {
        try {
          unlinkSync(target);
        } catch {
          // already gone
        }
      }
    },
  };
}

/**
 * Opens the output: `path` (a file) or stdout when `path` is undefined. `input` is the identity of the input file,
 * so that an output that is the input is refused before anything is written.
 * @example
 * ```ts
 * const out = openOutput('results.ndjson', input.identity);
 * await out.write('{"line":1}\n');
 * await out.commit();
 * ```
 * @internal
 */
export function openOutput(path: string | undefined, input: Identity): Output {
  return path === undefined ? stdoutOutput(input) : fileOutput(path, input);
}

/**
 * Writes a whole text to `path` (stdout when undefined) and completes the output; on a failure gives it up (a file is
 * left as it was) and rethrows.
 * @example
 * ```ts
 * await writeWhole('table.csv', tableCsv(rows));
 * ```
 * @internal
 */
export async function writeWhole(path: string | undefined, text: string): Promise<void> {
  const out = openOutput(path, undefined);
  try {
    await out.write(text);
    await out.commit();
  } catch (error) {
    out.abort();
    throw error;
  }
}
