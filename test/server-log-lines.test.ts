// The request log of `netralitas-asn serve` (jsonLines, src/server/logging.ts): one JSON line per record, the lines of
// one turn of the event loop in one write to the stream, and nothing held back after `flush`.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../src/server/logging.js';

/** A stream that records each write it gets. */
function recorder() {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, writes };
}

describe('jsonLines', () => {
  it('writes the records of one turn of the event loop in one write, one JSON line each', async () => {
    const { stream, writes } = recorder();
    const log = jsonLines(stream);
    log({ msg: 'a', n: 1 });
    log({ msg: 'b', text: 'line\nbreak' });
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.split('\n')).toEqual(['{"msg":"a","n":1}', '{"msg":"b","text":"line\\nbreak"}', '']);
    log({ msg: 'c' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([writes[0], '{"msg":"c"}\n']);
  });

  it('writes what waits at once on flush, and nothing twice', async () => {
    const { stream, writes } = recorder();
    const log = jsonLines(stream);
    log({ msg: 'stopped' });
    log.flush();
    expect(writes).toEqual(['{"msg":"stopped"}\n']);
    await new Promise((resolve) => setImmediate(resolve));
    log.flush();
    expect(writes).toEqual(['{"msg":"stopped"}\n']);
  });
});
