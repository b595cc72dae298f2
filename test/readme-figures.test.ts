// Figures the README quotes from the decision-table audit are the ones `netralitas-asn table` computes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTable } from '../src/analyst/decision-audit.js';
import { decisionTable } from '../src/analyst/decision-table.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
const figure = (pattern: RegExp): number => {
  const m = pattern.exec(readme);
  expect(m, `README lacks ${pattern}`).not.toBeNull();
  return Number(m![1]!.replace(/,/g, ''));
};

describe('README figures of the decision table', () => {
  it('rows, rules that never fire, incompatible points and default out_of_scope points', { timeout: 120_000 }, () => {
    const rows = decisionTable();
    const { occurrences } = auditTable(rows);
    const count = (kind: string) => occurrences.filter((o) => o.kind === kind).length;
    expect(figure(/\[`docs\/decision-table\.csv`\]\(docs\/decision-table\.csv\) \(([\d,]+) rows\)/)).toBe(rows.length);
    expect(figure(/rules that never fire \(([\d,]+)\)/)).toBe(count('never_fires'));
    expect(figure(/points where incompatible outcomes fire \(([\d,]+),/)).toBe(count('incompatible'));
    expect(figure(/`out_of_scope` only because no rule decides \(([\d,]+),/)).toBe(count('default_out_of_scope'));
  });
});
