/**
 * The worker threads of `batch --jobs N`: runs of records go to the workers in turn and come back as promises, which
 * the caller awaits in input order, so the output is in input order whatever worker finishes first.
 */
import { Worker } from 'node:worker_threads';
import type { Language } from '../vocabulary/text.js';
import type { OutputFormat } from '../batch/format.js';
import type { Answered, RawRecord } from '../batch/records.js';
import type { Presume } from '../law/presumptions.js';

/**
 * The young generation of each worker, in MiB. A classification leaves mostly short-lived garbage; with the default
 * (about 48 MiB in a worker) each worker spent a fifth of its time in young-generation collections, a larger one
 * collects a third less often for the same work (--trace-gc, 50,000 fixture incidents, issue 12).
 */
const YOUNG_GENERATION_MB = 96;

/** A pool of workers answering runs of records. @internal */
export interface WorkerPool {
  /** Sends a run of records to the next worker. */
  answer(records: readonly RawRecord[]): Promise<Answered>;
  /** Ends the workers. */
  close(): Promise<void>;
}

/**
 * Starts `jobs` workers from `script` (the built `batch-worker.js`).
 * @example
 * ```ts
 * const pool = workerPool(new URL('./batch-worker.js', import.meta.url), 2, 'compact', 'en');
 * const answered = await pool.answer(records);
 * await pool.close();
 * ```
 * @internal
 */
export function workerPool(script: URL, jobs: number, format: OutputFormat, lang: Language, presume?: Presume, packs: readonly unknown[] = []): WorkerPool {
  const waiting = new Map<number, { resolve: (a: Answered) => void; reject: (e: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: { format, lang, presume, packs }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', ({ id, ...answered }: Answered & { id: number }) => {
      waiting.get(id)?.resolve(answered);
      waiting.delete(id);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`a batch worker stopped with exit code ${code}`));
    });
    return worker;
  });
  let next = 0;
  let closing = false;
  return {
    answer(records) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<Answered>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % jobs]!.postMessage({ id, records });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
