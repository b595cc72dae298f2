// The service writes results with jsonText and the batch's full output with JsonBytes (src/decide/result-json.ts),
// which splice in the kept JSON text, or UTF-8 bytes, of the deep-frozen parts results share: both must give the bytes
// of JSON.stringify for every point of the decision space (the results hold both languages; the 422 bodies, one per
// language, are checked too), with and without presumptions, for the fixtures' reports with several acts, and for any
// JSON value frozen in any way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { invalidIncident } from '../src/server/errors.js';
import { JsonBytes, jsonText as textOf } from '../src/decide/result-json.js';
import { LANGUAGES } from '../src/vocabulary/text.js';
import { loadFixtures } from './fixture-files.js';

const points = [...enumerateDecisionSpace()];

/** The JSON of a value as JsonBytes writes it, read back as text. */
const bytesOf = (value: unknown) => {
  const bytes = new JsonBytes();
  bytes.json(value);
  return bytes.take().toString('utf8');
};

for (const [name, jsonText] of [
  ['jsonText', textOf],
  ['JsonBytes', bytesOf],
] as const) {
  describe(name, () => {
    it('writes the bytes of JSON.stringify for the answer at every point of the decision space, in every language', { timeout: 300_000 }, () => {
      let results = 0;
      let invalid = 0;
      for (const p of points) {
        const answer = classifySync(incidentFromFacts(p.facts));
        if (answer.ok) {
          results++;
          const text = jsonText(answer);
          if (text !== JSON.stringify(answer)) expect(text).toBe(JSON.stringify(answer));
        } else {
          invalid++;
          for (const language of LANGUAGES) {
            const body = invalidIncident(answer, language);
            if (jsonText(body) !== JSON.stringify(body)) expect(jsonText(body)).toBe(JSON.stringify(body));
          }
        }
      }
      expect(results + invalid).toBe(points.length);
      expect(results).toBeGreaterThan(points.length / 2);
    });

    it('and under presumptions, and for the fixtures (reports with several acts among them)', { timeout: 120_000 }, () => {
      const presume = { 'target.relation': 'none', 'actor.cltn': false };
      let compared = 0;
      for (const p of points.filter((_, i) => i % 7 === 0)) {
        const answer = classifySync(incidentFromFacts(p.facts), { presume });
        expect(jsonText(answer)).toBe(JSON.stringify(answer));
        compared++;
      }
      const fixtures = loadFixtures();
      expect(fixtures.some((f) => 'acts' in (f.incident as object))).toBe(true);
      for (const f of fixtures) {
        const answer = classifySync(f.incident);
        expect(jsonText(answer)).toBe(JSON.stringify(answer));
        compared++;
      }
      expect(compared).toBeGreaterThan(4000);
    });

    it('writes the bytes of JSON.stringify for any JSON value, its parts frozen deeply, shallowly or not at all', () => {
      const freezeSome = (value: unknown, how: number): unknown => {
        if (typeof value !== 'object' || value === null) return value;
        for (const member of Object.values(value)) freezeSome(member, (how * 7 + 3) % 5);
        return how % 3 === 0 ? Object.freeze(value) : value;
      };
      fc.assert(
        fc.property(fc.jsonValue(), fc.nat(4), (value, how) => {
          const frozen = freezeSome(structuredClone(value), how);
          expect(jsonText(frozen)).toBe(JSON.stringify(frozen));
          expect(jsonText(frozen)).toBe(JSON.stringify(frozen)); // again, from the kept texts
        }),
        { numRuns: 500 },
      );
      const odd = { a: undefined, f: () => 1, s: Symbol('s'), d: new Date(0), list: [undefined, () => 1, Symbol('s'), , 1] };
      expect(jsonText(odd)).toBe(JSON.stringify(odd));
      expect(jsonText(Object.freeze({ ...odd }))).toBe(JSON.stringify(odd));
    });

    it('follows a change inside a part that is frozen only on the surface, or not frozen', () => {
      const inner = { quote: 'before' };
      const surface = Object.freeze({ inner });
      const result = { ok: true, surface, open: { n: 1 } };
      expect(jsonText(result)).toBe(JSON.stringify(result));
      inner.quote = 'after';
      result.open.n = 2;
      expect(jsonText(result)).toContain('"quote":"after"');
      expect(jsonText(result)).toBe(JSON.stringify(result));
    });

    it('writes a deep-frozen part once and reuses its text', () => {
      let reads = 0;
      const part = Object.freeze({
        get level() {
          reads++;
          return 'sedang';
        },
      });
      const first = jsonText({ a: part });
      const afterFirst = reads;
      expect(first).toBe('{"a":{"level":"sedang"}}');
      expect(jsonText({ b: part })).toBe('{"b":{"level":"sedang"}}');
      expect(afterFirst).toBeGreaterThan(0);
      expect(reads).toBe(afterFirst);
    });
  });
}

describe('JsonBytes, many answers in a row', () => {
  it('writes a run of full batch lines as JSON.stringify writes each, the answer\'s members after a prefix', { timeout: 120_000 }, () => {
    const bytes = new JsonBytes();
    let expected = '';
    const answers = points.filter((_, i) => i % 11 === 0).map((p) => classifySync(incidentFromFacts(p.facts)));
    answers.forEach((answer, i) => {
      bytes.text(`{"line":${i + 1},`);
      bytes.members(answer);
      bytes.text('\n');
      expected += `{"line":${i + 1},${JSON.stringify(answer).slice(1)}\n`;
    });
    expect(answers.length).toBeGreaterThan(300);
    const written = bytes.take();
    expect(written.toString('utf8') === expected).toBe(true);
    expect(written.length).toBe(Buffer.byteLength(expected)); // past the first 64 KiB: the buffer grew on the way
    expect(written.length).toBeGreaterThan(64 * 1024);
    expect(bytes.take().length).toBe(0);
  });

  it('writes text outside the Basic Latin range as UTF-8', () => {
    const bytes = new JsonBytes();
    bytes.text('{"line":1,');
    bytes.members(Object.freeze({ note: 'Pasal 280 — “kampanye”', n: 1 }));
    bytes.members({ note: 'é\u2028' });
    expect(bytes.take().toString('utf8')).toBe('{"line":1,"note":"Pasal 280 — “kampanye”","n":1}"note":"é\u2028"}');
  });
});
