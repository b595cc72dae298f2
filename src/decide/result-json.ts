/**
 * The JSON of a result, with the parts it shares with other results written once: as text (the service's answers) or
 * as UTF-8 bytes (the batch's full output). The parts of a result that depend only on the law (citations, track steps,
 * each finding's sanction; see src/law/memo.ts) are the same deep-frozen objects in every result that has them, and
 * about two thirds of its JSON: their text, or their bytes, is kept (a `WeakMap`, so it goes with them) and spliced
 * in, and only the rest is written afresh. The bytes are those of `JSON.stringify(value)`; test/result-json.test.ts
 * checks both over the whole decision space.
 */

/** Frozen objects with something mutable inside: written afresh every time, never kept. */
const shallowFrozen = new WeakSet<object>();

/** Whether a value is frozen all the way down (so that its JSON can never change); `known` holds parts already found so. */
function deepFrozen(value: object, known: WeakMap<object, unknown>): boolean {
  if (!Object.isFrozen(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null && !known.has(member) && !deepFrozen(member, known)) return false;
  }
  return true;
}

/** `JSON.stringify` leaves these out of an object and writes `null` for them in an array. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Where the JSON goes: text appended as it comes, and the kept form of deep-frozen parts. */
interface Sink<Kept> {
  /** Appends JSON text. */
  text(json: string): void;
  /** Appends a kept part. */
  kept(part: Kept): void;
  /** The kept form of a part's JSON text. */
  keep(json: string): Kept;
  /** The kept parts, by object. */
  readonly parts: WeakMap<object, Kept>;
}

/** Writes `JSON.stringify(value)` of a JSON value into a sink, deep-frozen parts from (and into) its kept parts. */
function write<Kept>(value: unknown, sink: Sink<Kept>): void {
  if (typeof value !== 'object' || value === null) {
    sink.text(JSON.stringify(value));
    return;
  }
  const kept = sink.parts.get(value);
  if (kept !== undefined) {
    sink.kept(kept);
    return;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    sink.text(JSON.stringify(value));
    return;
  }
  if (Object.isFrozen(value) && !shallowFrozen.has(value)) {
    if (deepFrozen(value, sink.parts)) {
      const part = sink.keep(JSON.stringify(value));
      sink.parts.set(value, part);
      sink.kept(part);
      return;
    }
    shallowFrozen.add(value);
  }
  if (Array.isArray(value)) {
    sink.text('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink.text(',');
      const element: unknown = value[i];
      if (omitted(element)) sink.text('null');
      else write(element, sink);
    }
    sink.text(']');
    return;
  }
  let first = true;
  sink.text('{');
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (omitted(member)) continue;
    sink.text(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    write(member, sink);
  }
  sink.text('}');
}

/** The text sink: a string grown by appending (V8 keeps it as a tree of the pieces until it is read whole). */
class TextSink implements Sink<string> {
  static readonly parts = new WeakMap<object, string>();
  readonly parts = TextSink.parts;
  out = '';
  text(json: string): void {
    this.out += json;
  }
  kept(part: string): void {
    this.out += part;
  }
  keep(json: string): string {
    return json;
  }
}

/**
 * `JSON.stringify(value)` for a JSON value (a result, parsed JSON): the same text, with the text of deep-frozen parts
 * written once and reused.
 * @example
 * ```ts
 * const part = Object.freeze({ level: 'sedang' });
 * jsonText({ ok: true, sanction: part }); // '{"ok":true,"sanction":{"level":"sedang"}}', as JSON.stringify writes it
 * ```
 * @internal
 */
export function jsonText(value: unknown): string {
  const sink = new TextSink();
  write(value, sink);
  return sink.out;
}

/**
 * UTF-8 bytes written into one growing buffer, for many JSON texts in a row. On this project's machines V8 copied
 * characters into a large string at about 300 MB/s (joining a batch's full answers, or flattening them to write them,
 * took half of a `--output full` run), while UTF-8 goes into a buffer at about 700 MB/s and a kept part's bytes are
 * copied at memory speed (issue 12).
 * @example
 * ```ts
 * const bytes = new JsonBytes();
 * bytes.text('{"line":1,');
 * bytes.members({ ok: true, verdict: 'violation' });
 * bytes.text('\n');
 * bytes.take().toString(); // '{"line":1,"ok":true,"verdict":"violation"}\n'
 * ```
 * @internal
 */
export class JsonBytes implements Sink<Buffer> {
  static readonly parts = new WeakMap<object, Buffer>();
  readonly parts = JsonBytes.parts;
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** Appends text (JSON or not) as UTF-8. */
  text(json: string): void {
    this.room(3 * json.length);
    this.length += this.buffer.write(json, this.length, 'utf8');
  }

  /** Appends a kept part's bytes. @internal */
  kept(part: Buffer): void {
    this.room(part.length);
    this.buffer.set(part, this.length);
    this.length += part.length;
  }

  /** The bytes kept for a deep-frozen part. @internal */
  keep(json: string): Buffer {
    return Buffer.from(json, 'utf8');
  }

  /** Appends `JSON.stringify(value)`. */
  json(value: unknown): void {
    write(value, this);
  }

  /** Appends `JSON.stringify(value)` without its first character: an object's members and its closing brace. */
  members(value: object): void {
    const start = this.length;
    write(value, this);
    // The first byte written is the object's `{` (or, for a deep-frozen object, its kept text's).
    this.buffer.copyWithin(start, start + 1, this.length);
    this.length--;
  }

  /** The bytes written so far, in a buffer of their own; the writer starts again empty. */
  take(): Buffer {
    const out = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}
