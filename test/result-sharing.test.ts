// Results share the parts that depend only on the law (citations, track steps, sanctions, violations): a caller who writes into one result
// must not change the next one.
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/index.js';

const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon', date: '2024-10-01' };

describe('a result written into by its caller', () => {
  it('leaves the citations and track steps of the next result as they were', () => {
    const first = classifySync(incident);
    const before = classifySync(incident);
    if (!first.ok || !before.ok) throw new Error('expected a result');
    const expected = JSON.stringify(before);
    const citation = first.citations['skb-2022/d-1'] as { quote?: string } | undefined;
    expect(citation).toBeDefined();
    const step = first.tracks[0]!.steps[0] as unknown as { action?: unknown; bases?: string[] };
    const phase = first.derived.find((d) => d.fact === 'campaignPhase'); // read from the calendar once per date, shared
    expect(phase).toBeDefined();
    // Writes fail (frozen) or stay in `first`; either way the next result is unchanged.
    for (const write of [
      () => ((citation as { quote?: string }).quote = 'changed'),
      () => (step.action = 'changed'),
      () => step.bases!.push('changed'),
      () => (first.sanction as unknown as { bases: string[] }).bases.push('changed'),
      () => ((first.violations[0]!.sanction as unknown as { level: string }).level = 'changed'),
      () => ((first.violations[0] as unknown as { rule: string }).rule = 'changed'), // a violation is shared too, per span of dates
      () => (first.violations[0]!.bases as string[]).push('changed'),
      () => delete (first.citations as Record<string, unknown>)['skb-2022/d-1'],
      () => ((phase as unknown as { value: string }).value = 'changed'),
      () => ((phase!.from as unknown as { date: string }).date = 'changed'),
    ]) {
      try {
        write();
      } catch {
        // a frozen part refuses the write
      }
    }
    expect(JSON.stringify(classifySync(incident))).toBe(expected);
  });
});
