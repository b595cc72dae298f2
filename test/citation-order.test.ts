// Citations of a result come primary first (issue 10): the listed item, then the sanction articles, then the
// procedure, in the order the finding cites them, not alphabetically.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/index.js';

describe('citation order', () => {
  it('D-1 for a calon bupati: SKB item, prohibition and level, sanction, level source, then procedure', () => {
    const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const keys = Object.keys(r.citations);
    expect(keys[0]).toBe('skb-2022/d-1');
    expect(keys.slice(0, r.violations[0]!.bases.length)).toEqual(r.violations[0]!.bases);
    const at = (id: string) => keys.indexOf(id);
    expect(at('pp-94-2021/p14-i')).toBeLessThan(at('pp-94-2021/p8-4'));
    expect(at('pp-94-2021/p8-4')).toBeLessThan(at('news/kompas-2023-11-06'));
    for (const step of r.tracks.flatMap((t) => t.steps)) for (const id of step.bases) expect(at(id)).toBeGreaterThanOrEqual(0);
    expect(at('news/kompas-2023-11-06')).toBeLessThan(at('pp-94-2021/p26'));
  });
});
