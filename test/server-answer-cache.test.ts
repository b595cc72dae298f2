// The service's cache of serialised answers (src/server/answer-cache.ts) gives the bytes of
// JSON.stringify(classifySync(input, options)) for every repeat: the same facts with another reference (or none), with
// and without presumptions, over real HTTP; and it stays within its bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { answerCache } from '../src/server/answer-cache.js';
import { startServer, type RunningServer } from '../src/server.js';
import { loadFixtures } from './fixture-files.js';

const incidents = loadFixtures()
  .map((f) => f.incident as Record<string, unknown>)
  .filter((i) => classifySync(i).ok);
const presume = { 'target.relation': 'none', 'actor.cltn': false } as const;
// Each incident five times: without a reference, then with two different ones, then without again, then with a
// reference outside ASCII again (kept the second time, hits after: a hit writes the reference into the kept bytes).
const UNICODE_REFERENCE = 'LAP-1/2024 "kutipan" \u2028 ✓';
const variants = (i: Record<string, unknown>) => {
  const { reference: _r, ...bare } = i;
  return [bare, { ...bare, reference: UNICODE_REFERENCE }, { ...bare, reference: 'LAP-2' }, { ...bare }, { ...bare, reference: UNICODE_REFERENCE }];
};

describe('answer cache', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await running.close();
  });

  it('answers a repeat with the library\'s bytes, whatever its reference, over HTTP', async () => {
    expect(incidents.length).toBeGreaterThan(100);
    for (const incident of incidents.slice(0, 120)) {
      for (const input of variants(incident)) {
        const res = await fetch(`${running.url}/v1/classify`, { method: 'POST', body: JSON.stringify(input) });
        expect(await res.text()).toBe(JSON.stringify(classifySync(input)));
      }
    }
  });

  it('and under presumptions, whose audit hashes the incident decided on', async () => {
    for (const incident of incidents.slice(0, 60)) {
      for (const input of variants(incident)) {
        const res = await fetch(`${running.url}/v1/classify?presume=relation%3Dnone%2Ccltn%3Dfalse`, { method: 'POST', body: JSON.stringify(input) });
        const expected = classifySync(input, { presume });
        expect(res.status, JSON.stringify(input)).toBe(expected.ok ? 200 : 422);
        if (expected.ok) expect(await res.text()).toBe(JSON.stringify(expected));
        else await res.text();
      }
    }
  });

  it('keeps at most its capacity, and counts hits for repeats only', () => {
    const cache = answerCache(3);
    for (const incident of incidents.slice(0, 10)) for (const input of variants(incident)) cache.classify(input);
    const { hits, misses, size } = cache.stats();
    expect(size).toBe(3);
    // An answer is kept the second time its facts come: the first two are misses, the others hits.
    expect(misses).toBe(2 * new Set(incidents.slice(0, 10).map((i) => JSON.stringify({ ...i, reference: undefined }))).size);
    expect(hits + misses).toBe(50);
  });

  it('says in the request log whether the answer came from the cache', async () => {
    const logs: Record<string, unknown>[] = [];
    const logged = await startServer({ port: 0, log: (r) => logs.push({ ...r }) });
    try {
      const body = JSON.stringify({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' }, date: '2024-01-05' });
      for (const id of ['c-1', 'c-2', 'c-3']) {
        const res = await fetch(`${logged.url}/v1/classify`, { method: 'POST', body, headers: { 'x-request-id': id } });
        await res.text();
      }
      expect(['c-1', 'c-2', 'c-3'].map((id) => logs.find((r) => r.requestId === id)?.cached)).toEqual([false, false, true]);
      expect(logs.find((r) => r.path === '/healthz')).toBeUndefined();
      await (await fetch(`${logged.url}/healthz`)).text();
      expect(logs.find((r) => r.path === '/healthz')).not.toHaveProperty('cached');
    } finally {
      await logged.close();
    }
  });

  it('keeps no answer for facts that come only once', () => {
    const cache = answerCache(3);
    for (const incident of incidents.slice(0, 10)) cache.classify(variants(incident)[0]);
    expect(cache.stats()).toEqual({ hits: 0, misses: 10, size: 0 });
    cache.classify(variants(incidents[0]!)[1]);
    cache.classify(variants(incidents[0]!)[2]);
    expect(cache.stats()).toEqual({ hits: 1, misses: 11, size: 1 });
  });

  it('answers invalid input with the library\'s error', () => {
    expect(answerCache(3).classify({ actor: { employment: 'pilot' } })).toEqual(classifySync({ actor: { employment: 'pilot' } }));
  });
});
