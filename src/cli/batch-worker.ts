/** A worker thread of `batch --jobs N`: answers the runs of records it is sent, with the same code as the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { answerRecords, type RawRecord } from './batch-records.js';
import type { OutputFormat } from './batch-format.js';
import type { Language } from '../vocabulary/text.js';
import type { Presume } from '../law/presumptions.js';

const { format, lang, presume } = workerData as { format: OutputFormat; lang: Language; presume?: Presume };
parentPort!.on('message', ({ id, records }: { id: number; records: RawRecord[] }) => {
  parentPort!.postMessage({ id, ...answerRecords(records, format, lang, presume) });
});
