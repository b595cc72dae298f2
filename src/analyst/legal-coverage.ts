/**
 * Legal coverage of a case suite: for every rule, legal basis, sanction level, track and verdict, how many cases
 * exercise it (positive) and how many cases of the same act do not (negative: the other side of the boundary).
 * Printed by `npm run coverage:legal`; test/coverage.test.ts fails below full coverage of the rules.
 */
import type { Case } from './cases.js';
import { classifySync } from '../decide/classify-sync.js';
import { SANCTION_LEVELS, TRACKS, VERDICTS } from '../vocabulary/enums.js';
import { LEGAL_BASES } from '../law/legal-bases.js';
import type { ClassificationResult } from '../decide/result.js';
import { loadRules } from '../law/law.js';

/** What is covered. @internal */
export const COVERAGE_KINDS = ['rule', 'basis', 'sanction', 'track', 'verdict'] as const;

/** Coverage of one rule, basis, sanction level, track or verdict. @internal */
export interface CoverageLine {
  readonly kind: (typeof COVERAGE_KINDS)[number];
  readonly id: string;
  /** Cases where it is in the result. */
  readonly positive: number;
  /** Cases of an act that has a positive case, where it is not in the result. */
  readonly negative: number;
}

interface Run {
  readonly act: string;
  readonly result: ClassificationResult;
}

/**
 * The coverage of the given cases (those that classify; invalid-input cases cover nothing).
 * @internal
 */
export function legalCoverage(cases: readonly Pick<Case, 'incident'>[]): CoverageLine[] {
  const runs: Run[] = [];
  for (const c of cases) {
    const result = classifySync(c.incident);
    if (result.ok && 'findings' in result) continue; // a report with several acts: its acts' cases cover the lists
    if (result.ok) runs.push({ act: (c.incident as { act: { kind: string } }).act.kind, result });
  }
  const line = (kind: CoverageLine['kind'], id: string, has: (r: ClassificationResult) => boolean): CoverageLine => {
    const positive = runs.filter((r) => has(r.result));
    const acts = new Set(positive.map((r) => r.act));
    return { kind, id, positive: positive.length, negative: runs.filter((r) => acts.has(r.act) && !has(r.result)).length };
  };
  return [
    ...loadRules().rules.map((rule) => line('rule', rule.name, (r) => r.firedRules.includes(rule.name))),
    ...Object.keys(LEGAL_BASES).map((id) => line('basis', id, (r) => Object.hasOwn(r.citations, id))),
    ...SANCTION_LEVELS.map((level) => line('sanction', level, (r) => r.sanction?.level === level)),
    ...TRACKS.map((track) => line('track', track, (r) => r.tracks.some((t) => t.track === track))),
    ...VERDICTS.map((verdict) => line('verdict', verdict, (r) => r.verdict === verdict)),
  ];
}

/**
 * The coverage as text: per kind, how many are covered on both sides, then one line per item.
 * @internal
 */
export function formatCoverage(lines: readonly CoverageLine[]): string {
  const out: string[] = [];
  for (const kind of COVERAGE_KINDS) {
    const mine = lines.filter((l) => l.kind === kind);
    const both = mine.filter((l) => l.positive > 0 && l.negative > 0).length;
    out.push(`${kind === 'basis' ? 'legal bases' : `${kind}s`}: ${both}/${mine.length} with a positive and a negative case`);
    const width = Math.max(...mine.map((l) => l.id.length));
    for (const l of mine) {
      const flag = l.positive === 0 ? '  NOT EXERCISED' : l.negative === 0 ? '  NO NEGATIVE CASE' : '';
      out.push(`  ${l.id.padEnd(width)}  +${String(l.positive).padStart(3)}  -${String(l.negative).padStart(3)}${flag}`);
    }
  }
  return out.join('\n');
}
