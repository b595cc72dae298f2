// classify goes through a limit: at most n classifications in flight, the rest wait in line, results unchanged.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { runLimit } from '../src/evaluate/run-limit.js';

describe('runLimit', () => {
  it('never has more than n tasks in flight, starts them in order, and passes results and errors through', async () => {
    const limited = runLimit(3);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      active--;
      if (i === 13) throw new Error('thirteen');
      return i * 2;
    };
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => limited(task(i))));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(Array.from({ length: 40 }, (_, i) => (i === 13 ? 'thirteen' : i * 2)));
  });

  it('leaves classify results as they are when many calls are in flight', async () => {
    const incidents = Array.from({ length: 50 }, (_, i) => ({ reference: `R-${i}`, actor: { employment: 'pns' }, act: { kind: i % 2 ? 'install_campaign_props' : 'online_campaign' }, target: { office: 'bupati' }, stage: i % 3 ? 'calon' : 'bakal_calon' }));
    const results = await Promise.all(incidents.map((x) => classify(x)));
    expect(results).toEqual(incidents.map((x) => classifySync(x)));
  });
});
