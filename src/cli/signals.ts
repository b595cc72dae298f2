/**
 * SIGINT and SIGTERM during a run: instead of dying mid-write, the command is told to stop, finishes the records it
 * has in hand, flushes whole lines, says where it stopped and exits 130 or 143.
 */
import { EXIT } from './exit-codes.js';

/** The stop request of a run. @internal */
export interface StopRequest {
  /** The signal received, if any. */
  readonly signal: 'SIGINT' | 'SIGTERM' | undefined;
  /** Resolves when a signal is received. */
  readonly requested: Promise<void>;
  /** The exit code for the signal received. */
  readonly exitCode: number;
  /** Restores the default handling. */
  dispose(): void;
}

/**
 * Catches SIGINT and SIGTERM until disposed. A second signal of either kind ends the process at once.
 * @example
 * ```ts
 * const stop = watchSignals();
 * await Promise.race([next, stop.requested]);
 * if (stop.signal) process.stderr.write(`stopped by ${stop.signal}\n`);
 * ```
 * @internal
 */
export function watchSignals(): StopRequest {
  let signal: 'SIGINT' | 'SIGTERM' | undefined;
  let resolve!: () => void;
  const requested = new Promise<void>((r) => (resolve = r));
  const on = (name: 'SIGINT' | 'SIGTERM') => () => {
    if (signal !== undefined) process.exit(name === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);
    signal = name;
    resolve();
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get signal() {
      return signal;
    },
    requested,
    get exitCode() {
      return signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
