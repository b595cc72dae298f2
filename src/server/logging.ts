/**
 * Structured logs of the service: one JSON object per line. A request record carries the audit hashes and the verdict
 * of its decision, never the body (the free-text `reference` of a report may hold personal data). The decision log
 * appends one NDJSON line per decision.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type * as z from 'zod';
import type { decisionSchema } from './schemas.js';

/**
 * One decision, as the decision log and the request log record it: time, incident hash, data hash and verdict.
 * @example
 * ```ts
 * import type { Decision } from 'netralitas-asn/server';
 * const d: Decision = { time: '2024-10-01T08:00:00.000Z', incidentHash: 'ab12…', dataHash: 'cd34…', verdict: 'violation' };
 * ```
 */
export type Decision = z.infer<typeof decisionSchema>;

/**
 * Where structured log records go: a function that takes one record (a plain JSON-serialisable object).
 * @example
 * ```ts
 * import { createApp, type LogSink } from 'netralitas-asn/server';
 * const log: LogSink = (record) => process.stderr.write(`${JSON.stringify(record)}\n`);
 * createApp({ log });
 * ```
 */
export type LogSink = (record: Readonly<Record<string, unknown>>) => void;

/**
 * A log sink writing one JSON line per record to a stream. The lines of one turn of the event loop go out in one write
 * when it ends (stdout on a file or a pipe is written synchronously: one system call per turn rather than per
 * request); `flush` writes what is waiting now.
 * @example
 * ```ts
 * const log = jsonLines(process.stdout);
 * log({ msg: 'listening' }); // written when this turn of the event loop ends
 * log.flush(); // or now
 * ```
 * @internal
 */
export function jsonLines(stream: Writable): LogSink & { flush(): void } {
  let waiting = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (waiting === '') return;
    const text = waiting;
    waiting = '';
    stream.write(text);
  };
  const sink = (record: Readonly<Record<string, unknown>>) => {
    waiting += `${JSON.stringify(record)}\n`;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return Object.assign(sink, { flush });
}

/** An append-only NDJSON file of decisions. @internal */
export interface DecisionLog {
  /** Appends one decision. */
  write(decision: Decision): void;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/**
 * Opens (creating or appending) the decision log; resolves once the file is open, rejects if it cannot be. A later
 * write error (a full disk) goes to `onError` once, and the log stops.
 * @internal
 */
export async function openDecisionLog(path: string, onError: (error: Error) => void = () => {}): Promise<DecisionLog> {
  const stream = createWriteStream(path, { flags: 'a' });
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([error]) => Promise.reject(error as Error))]);
  let failed: Error | undefined;
  stream.on('error', (error) => {
    failed = error;
    onError(error);
  });
  return {
    write(decision) {
      if (!failed) stream.write(`${JSON.stringify(decision)}\n`);
    },
    async close() {
      if (failed || stream.closed) return;
      stream.end();
      await once(stream, 'close');
    },
  };
}
