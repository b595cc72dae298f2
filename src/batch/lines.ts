/**
 * Lines of a byte stream, checked while they are read: the line cap is enforced before a line is held (a longer line
 * is dropped as it streams past and reported), each line must be valid UTF-8 (else it is reported with its byte
 * offset, never replaced by U+FFFD), a UTF-8 byte-order mark at the start is skipped, and UTF-16 input is refused.
 * Lines come in batches of at most 256, and a batch never waits for more input, so that a caller can answer and flush
 * everything it has before it waits for more.
 */
import { isUtf8 } from 'node:buffer';
import { t, type Bilingual } from '../vocabulary/text.js';
import { escapeControl } from '../incident/control-chars.js';

/** One line: its number (from 1), the byte offset where it starts, and its text or why it cannot be read. @internal */
export type Line =
  | { readonly line: number; readonly offset: number; readonly text: string }
  | { readonly line: number; readonly offset: number; readonly unreadable: Bilingual };

/**
 * Input that cannot be read at all: UTF-16 instead of UTF-8, or a CSV header that names a column twice. The message
 * names the input (escaped) and why; the CLI ends with exit code 3, the service's batch with an unreadable body.
 * @example
 * ```ts
 * throw unreadableInput('reports.csv', 'line 1: duplicate column "act.kind" in the header');
 * ```
 * @internal
 */
export class UnreadableInput extends Error {
  override readonly name = 'UnreadableInput';
}

/** The {@link UnreadableInput} of the input named `name`. @internal */
export const unreadableInput = (name: string, reason: string): UnreadableInput => new UnreadableInput(`${escapeControl(name)}: ${reason}`);

/** Longest line read (characters); a longer line is reported, not parsed. @internal */
export const MAX_LINE_CHARS = 1_048_576;

/** Why a line over {@link MAX_LINE_CHARS} is not read. */
const tooLongLine = (): Bilingual => t(`baris lebih panjang dari ${MAX_LINE_CHARS} karakter`, `line longer than ${MAX_LINE_CHARS} characters`);

/** A UTF-8 character has at most 4 bytes: a line over this many bytes is too long whatever it holds. */
const MAX_LINE_BYTES = 4 * MAX_LINE_CHARS;

const NEWLINE = 0x0a;

/**
 * Most lines in one batch. A chunk's lines are decoded a batch at a time while its bytes wait outside the JS heap:
 * decoding all the lines of a 1 MiB chunk at once kept them alive across several young-generation collections, which
 * copied and promoted them (the batch spent about three times the garbage collection of classifySync alone, issue 12).
 */
const LINES_PER_BATCH = 256;

/** The offset where the first invalid UTF-8 sequence starts (found by a fatal streaming decoder, byte by byte). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let clean = 0; // just after the last complete character
  for (let i = 0; i < bytes.length; i++) {
    try {
      if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }).length > 0) clean = i + 1;
    } catch {
      return clean;
    }
  }
  return clean; // a sequence cut by the end of the line
}

/** Why the first bytes of a stream show that it is UTF-16, or `undefined`. */
function utf16(head: Uint8Array): string | undefined {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'UTF-16 byte-order mark';
  if (head.length >= 2 && (head[0] === 0) !== (head[1] === 0)) return 'NUL bytes between characters';
  return undefined;
}

/** A reader of lines that counts the bytes it has read. @internal */
export interface LineReader {
  /** Batches of lines: at most 256 each, none held back while more input is awaited. */
  readonly batches: AsyncGenerator<Line[]>;
  /** Bytes read so far. */
  readonly bytes: number;
}

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), checked as described above. `name` names the input in a fault.
 * @example
 * ```ts
 * for await (const batch of readLines(createReadStream('reports.ndjson'), 'reports.ndjson').batches) for (const l of batch) console.log(l.line);
 * ```
 * @internal
 */
export function readLines(input: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string): LineReader {
  let bytes = 0;
  async function* batches(): AsyncGenerator<Line[]> {
    let parts: Uint8Array[] = [];
    let held = 0;
    let tooLong = false;
    let line = 1;
    let start = 0;
    let first = true;
    const finish = (end: number): Line => {
      const number = line;
      const offset = start;
      line++;
      start = end;
      if (tooLong) {
        tooLong = false;
        return { line: number, offset, unreadable: tooLongLine() };
      }
      let data = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
      parts = [];
      held = 0;
      if (data.length > 0 && data[data.length - 1] === 0x0d) data = data.subarray(0, data.length - 1);
      if (!isUtf8(data)) {
        const at = offset + firstInvalidByte(data);
        return { line: number, offset, unreadable: t(`bukan UTF-8 yang valid pada bita ke-${at} (simpan berkas sebagai UTF-8)`, `not valid UTF-8 at byte ${at} (save the file as UTF-8)`) };
      }
      const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
      if (text.length > MAX_LINE_CHARS) return { line: number, offset, unreadable: tooLongLine() };
      return { line: number, offset, text };
    };
    for await (const raw of input) {
      let chunk = raw;
      const chunkStart = bytes;
      bytes += chunk.length;
      if (first && chunk.length > 0) {
        first = false;
        const why = utf16(chunk);
        if (why) throw unreadableInput(name, `is UTF-16 (${why}), not UTF-8: save it as UTF-8`);
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
          chunk = chunk.subarray(3);
          start = 3;
        }
      }
      const base = chunkStart + (raw.length - chunk.length);
      const out: Line[] = [];
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(NEWLINE, from);
        const end = nl === -1 ? chunk.length : nl;
        if (!tooLong && end > from) {
          held += end - from;
          if (held > MAX_LINE_BYTES) {
            tooLong = true;
            parts = [];
            held = 0;
          } else parts.push(chunk.subarray(from, end));
        }
        if (nl === -1) break;
        out.push(finish(base + nl + 1));
        from = nl + 1;
        if (out.length === LINES_PER_BATCH) yield out.splice(0);
      }
      // Parts still refer to this chunk; a stream may reuse its buffer, so keep a copy.
      parts = parts.map((p) => (p.buffer === chunk.buffer ? Buffer.from(p) : p));
      if (out.length > 0) yield out;
    }
    if (held > 0 || tooLong) yield [finish(bytes)];
  }
  return {
    batches: batches(),
    get bytes() {
      return bytes;
    },
  };
}
