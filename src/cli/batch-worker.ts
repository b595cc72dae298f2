/** A worker thread of `batch --jobs N`: answers the runs of records it is sent, with the same code as the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { stampedSync } from '../decide/pack-stamp.js';
import { lawWith } from '../law/law.js';
import { answerRecords, type RawRecord } from '../batch/records.js';
import type { OutputFormat } from '../batch/format.js';
import type { Language } from '../vocabulary/text.js';
import type { Presume } from '../law/presumptions.js';

const { format, lang, presume, packs } = workerData as { format: OutputFormat; lang: Language; presume?: Presume; packs: unknown[] };
// The main thread loaded the same packs first, so they load here too; the same law gives the same bytes.
const classify = stampedSync(lawWith(packs));
parentPort!.on('message', ({ id, records }: { id: number; records: RawRecord[] }) => {
  parentPort!.postMessage({ id, ...answerRecords(records, format, lang, presume, classify) });
});
