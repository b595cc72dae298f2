/**
 * Opening the input of a command: a file or stdin (`-`). A directory, an unreadable file or a special file that cannot
 * be read is a fault naming the input and the OS error; a regular file that ends before the size it had when opened
 * (it shrank while read) is one too, so that a cut input never looks like a complete run.
 */
import { constants, fstatSync, openSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { inputFault, osError } from './faults.js';

/** An open input. @internal */
export interface Input {
  /** The name to use in messages (`stdin` for `-`). */
  readonly name: string;
  /** Its bytes. */
  readonly stream: Readable;
  /** Size in bytes when opened, for a regular file. */
  readonly size: number | undefined;
  /** Device and inode, for a regular file: to refuse an output that is the input. */
  readonly identity: { readonly dev: number; readonly ino: number } | undefined;
  /**
   * Whether it is a pipe, FIFO, socket or terminal: a writer may wait for each answer before it sends the next line,
   * so every answer is written as soon as its line is read.
   */
  readonly interactive: boolean;
  /** Throws when a regular file gave fewer bytes than it had when opened. */
  checkComplete(bytesRead: number): void;
}

function describe(name: string, stats: Stats, stream: Readable): Input {
  if (stats.isDirectory()) throw inputFault(name, 'is a directory (EISDIR)');
  const regular = stats.isFile();
  return {
    name,
    stream,
    size: regular ? stats.size : undefined,
    identity: regular ? { dev: stats.dev, ino: stats.ino } : undefined,
    interactive: stats.isFIFO() || stats.isSocket() || stats.isCharacterDevice(),
    checkComplete(bytesRead) {
      if (regular && bytesRead < stats.size) throw inputFault(name, `shrank while being read: ended after ${bytesRead} of its ${stats.size} bytes`);
    },
  };
}

/**
 * Opens `file` (`-`: stdin) for reading.
 * @example
 * ```ts
 * const input = await openInput('reports.ndjson');
 * ```
 * @internal
 */
export async function openInput(file: string): Promise<Input> {
  if (file === '-') {
    let stats: Stats;
    try {
      stats = fstatSync(0);
    } catch (error) {
      throw inputFault('stdin', osError(error));
    }
    return describe('stdin', stats, stats.isDirectory() ? (undefined as unknown as Readable) : process.stdin);
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw inputFault(file, osError(error));
  }
  let stats: Stats;
  try {
    stats = await handle.stat();
  } catch (error) {
    await handle.close();
    throw inputFault(file, osError(error));
  }
  if (stats.isDirectory()) {
    await handle.close();
    throw inputFault(file, 'is a directory (EISDIR)');
  }
  if (stats.isFIFO()) {
    // Read a FIFO as a pipe, on the event loop: a blocking read in the thread pool would keep the process from
    // exiting on a signal for as long as the writer keeps the FIFO open. The first open waited for the writer, so a
    // non-blocking one now finds it.
    try {
      const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      await handle.close();
      return describe(file, stats, new Socket({ fd, readable: true, writable: false }));
    } catch (error) {
      await handle.close();
      throw inputFault(file, osError(error));
    }
  }
  return describe(file, stats, handle.createReadStream({ highWaterMark: 1_048_576 }));
}
