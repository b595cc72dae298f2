/**
 * `POST /v1/classify/batch`: NDJSON in, NDJSON out, streamed, with the per-line behaviour of the CLI's `batch`: the
 * records are read by the same reader (line numbers, blank lines skipped, line-length cap, JSON errors), and each
 * answer is written as one whole line `{"line":N, ...result or error}`. A body past the size limit ends the stream
 * with one last whole error line; a client that goes away stops the work.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { ndjsonRecords } from '../batch/input.js';
import { answerRecord } from '../batch/records.js';
import type { SyncClassify } from '../decide/classify-sync.js';
import { readLines } from '../batch/lines.js';
import { count, emptySummary, type BatchSummary } from '../batch/summary.js';
import type { Presume } from '../law/presumptions.js';
import { t } from '../vocabulary/text.js';
import type { Decision } from './logging.js';
import { jsonText } from '../decide/result-json.js';

class TooLarge extends Error {}

/** Passes bytes through until more than `max` have gone by, then fails. */
function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > max) callback(new TooLarge(`more than ${max} bytes`));
      else callback(null, chunk);
    },
  });
}

/** What the batch route reports when its stream ends. @internal */
export interface BatchReport {
  readonly summary: BatchSummary;
  readonly ended: 'complete' | 'too_large' | 'aborted' | 'failed';
}

/**
 * Streams the answers of an NDJSON body.
 * @internal
 */
export function batchResponse(
  c: Context,
  options: {
    readonly maxBytes: number;
    readonly presume?: Presume;
    /** The classifier of the service's law. */
    readonly classify: SyncClassify;
    readonly decide: (d: Omit<Decision, 'time'>) => void;
    readonly done: (report: BatchReport) => void;
  },
): Response {
  const body = c.req.raw.body;
  const source = body ? Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>) : Readable.from([]);
  const input = source.pipe(byteLimit(options.maxBytes));
  source.on('error', (error) => input.destroy(error));
  const summary = emptySummary();
  c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
  return stream(c, async (out) => {
    let ended = 'complete' as BatchReport['ended'];
    const abort = () => {
      ended = 'aborted';
      // With an error: readline ends its iteration on an input error, not on a bare destroy.
      const error = new Error('client went away');
      source.destroy(error);
      input.destroy(error);
    };
    // The response stream is cancelled, or the request signal aborts, when the client goes away.
    out.onAbort(abort);
    if (c.req.raw.signal.aborted) abort();
    c.req.raw.signal.addEventListener('abort', abort, { once: true });
    let line = 0;
    try {
      for await (const records of ndjsonRecords(readLines(input, 'request body'))) {
        for (const record of records) {
          if (out.aborted || ended === 'aborted') break;
          line = record.line;
          const answer = answerRecord(record, options.presume, options.classify);
          count(summary, answer);
          if (answer.ok) options.decide({ incidentHash: answer.audit.incidentHash, dataHash: answer.audit.dataHash, verdict: answer.verdict });
          await out.write(`{"line":${record.line},${jsonText(answer).slice(1)}\n`);
        }
        if (out.aborted || ended === 'aborted') break;
      }
    } catch (error) {
      if (ended !== 'aborted') {
        ended = error instanceof TooLarge ? 'too_large' : 'failed';
        const message =
          ended === 'too_large'
            ? t(`Badan permintaan melebihi ${options.maxBytes} bita; baris berikutnya tidak dibaca.`, `The body exceeds ${options.maxBytes} bytes; the lines after this were not read.`)
            : t('Badan permintaan tidak dapat dibaca sampai selesai.', 'The request body could not be read to its end.');
        const code = ended === 'too_large' ? 'payload_too_large' : 'unreadable_body';
        if (!out.aborted) await out.write(`${JSON.stringify({ line: line + 1, ok: false, error: { code, message } })}\n`);
      }
    } finally {
      // The request's signal outlives the request: undici's Request keeps it in a FinalizationRegistry until the
      // Request itself is collected, and this listener reaches the Request (through the context), so left in place
      // it kept every batch request, its response and its streams alive (about 23 KB each, by a heap snapshot).
      c.req.raw.signal.removeEventListener('abort', abort);
      options.done({ summary, ended });
    }
  });
}
