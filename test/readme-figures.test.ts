// Figures the README quotes are the ones the commands print: the decision-table audit (`netralitas-asn table`), the
// size of the decision space and the answers a report needs (`npm run questions`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTable } from '../src/analyst/decision-audit.js';
import { decisionTable } from '../src/analyst/decision-table.js';
import { enumerateDecisionSpace } from '../src/evaluate/decision-space.js';
import { spawnSync } from 'node:child_process';

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

describe('README figures of the decision space and of the questions', () => {
  it('the number of points of the decision space', () => {
    let points = 0;
    for (const _ of enumerateDecisionSpace()) points++;
    expect(figure(/every one of the ([\d,]+) points of the decision space/)).toBe(points);
  });

  it('what `npm run questions` prints', { timeout: 300_000 }, () => {
    const root = join(import.meta.dirname, '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'questions.ts')], { cwd: root, encoding: 'utf8', timeout: 290_000 });
    expect(run.status, run.stderr).toBe(0);
    const all = /all fully known points\s+(\d+)\s+([\d.]+)\s+(\d+)\s+([\d.]+)/.exec(run.stdout);
    const over = /lower bound: (\d+) of (\d+); average ([\d.]+)% above the bound/.exec(run.stdout);
    const optimum = /needs\): ([\d.]+); nextQuestions is ([\d.]+)% above it/.exec(run.stdout);
    expect(all && over && optimum, run.stdout).toBeTruthy();
    const [, points, answers, most, bound] = all!;
    const says = (text: string) => expect(readme.includes(text), `README should say: ${text}`).toBe(true);
    says(`**${answers} answers on average over ${Number(points).toLocaleString('en-US')} points, at most ${most}, against a lower bound of ${bound}**`);
    says(`${over![3]}% above the bound, ${over![1]} points above it.`);
    says(`**${optimum![1]}, and \`nextQuestions\` is ${optimum![2]}% above it**`);
  });
});
