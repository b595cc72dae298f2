/** A progress bar on a terminal (stderr), redrawn at most a few times a second; silent when not a terminal. */
import type { WriteStream } from 'node:tty';

/** A progress bar: update it as records are read, clear or finish it. @internal */
export interface Progress {
  /** Reports the bytes read so far and the records done. */
  update(bytes: number, records: number): void;
  /** Clears the bar so that other text can be written, after which the next update draws it again. */
  clear(): void;
  /** Clears the bar for good. */
  done(): void;
}

const NONE: Progress = { update() {}, clear() {}, done() {} };

/**
 * A progress bar on `stream` when it is a terminal, else one that does nothing. `total` is the input size in bytes.
 * @example
 * ```ts
 * const progress = progressBar(process.stderr, size);
 * progress.update(bytesRead, records);
 * progress.done();
 * ```
 */
export function progressBar(stream: NodeJS.WriteStream, total: number | undefined): Progress {
  if (!stream.isTTY) return NONE;
  const tty = stream as WriteStream;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(bytes, records) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const rate = Math.round(records / Math.max((now - started) / 1000, 0.001));
      const width = Math.max(10, Math.min(40, (tty.columns ?? 80) - 50));
      const share = total ? Math.min(1, bytes / total) : undefined;
      const bar = share === undefined ? '' : `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0).padStart(3)}% `;
      tty.write(`\r${bar}${records} records, ${rate}/s\u001b[K`);
      shown = true;
    },
    clear() {
      if (shown) tty.write('\r\u001b[K');
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}
