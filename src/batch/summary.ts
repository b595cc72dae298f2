/**
 * The summary of a batch run: counts by verdict, category, item and sanction level, as a table for a report or as
 * JSON.
 */
import { CATEGORIES, LISTS, SANCTION_LEVELS, VERDICTS } from '../vocabulary/enums.js';
import type { Decided } from '../decide/pipeline.js';
import { itemKeyName, itemName } from './format.js';

/** Counts of a batch run. @internal */
export interface BatchSummary {
  /** Records read (valid and invalid). */
  records: number;
  /** Records that got a result. */
  valid: number;
  /** Records that were invalid or unreadable. */
  invalid: number;
  /** Results by verdict. */
  verdicts: Record<string, number>;
  /** Results with a violation, by most serious category. */
  categories: Record<string, number>;
  /** Findings by item (`list item`, e.g. `disiplin 1`); one result can count under several items, a report with several acts once under each. */
  items: Record<string, number>;
  /**
   * The same findings by the item's descriptive key where its list has keys (`disiplin memasang-alat-peraga-calon`),
   * by number otherwise: the ids to tally by across sources, whose item numbers differ (update 2026-12,
   * consequence 1: "Do not use the item numbers (1-12) as stable identifiers ... use descriptive ids").
   */
  itemKeys: Record<string, number>;
  /** Results with a violation, by the level of the heaviest sanction. */
  sanctionLevels: Record<string, number>;
  /** Results that rest on at least one presumption (`--presume`): their outcome would differ without it. */
  presumed: number;
  /** Results resting on each presumption, by `path=value` (e.g. `target.relation=none`). */
  presumptions: Record<string, number>;
}

/**
 * An empty summary, with every verdict, category and level present (zero) in their legal order.
 * @example
 * ```ts
 * const summary = emptySummary();
 * count(summary, classifySync(incident));
 * process.stderr.write(summaryTable(summary));
 * ```
 */
export function emptySummary(): BatchSummary {
  const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  return {
    records: 0,
    valid: 0,
    invalid: 0,
    verdicts: zeros(VERDICTS),
    categories: zeros(CATEGORIES),
    items: {},
    itemKeys: {},
    sanctionLevels: zeros(SANCTION_LEVELS),
    presumed: 0,
    presumptions: {},
  };
}

/**
 * Adds one answer to the summary (an invalid one, or `undefined` for an unreadable record, counts as invalid).
 * @example
 * ```ts
 * count(summary, classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } }));
 * summary.items['disiplin 5']; // 1
 * ```
 */
export function count(summary: BatchSummary, answer: Decided | undefined): void {
  summary.records++;
  if (answer === undefined || !answer.ok) {
    summary.invalid++;
    return;
  }
  summary.valid++;
  summary.verdicts[answer.verdict] = (summary.verdicts[answer.verdict] ?? 0) + 1;
  if (answer.category !== null) summary.categories[answer.category] = (summary.categories[answer.category] ?? 0) + 1;
  if (answer.sanction !== null) summary.sanctionLevels[answer.sanction.level] = (summary.sanctionLevels[answer.sanction.level] ?? 0) + 1;
  // A report with several acts counts under an item, and a presumption, once, though two of its acts meet it.
  const violations = answer.violations;
  if (violations.length === 1) {
    // One finding (most results): no set needed to count it once.
    const item = itemName(violations[0]!);
    const key = itemKeyName(violations[0]!);
    summary.items[item] = (summary.items[item] ?? 0) + 1;
    summary.itemKeys[key] = (summary.itemKeys[key] ?? 0) + 1;
  } else if (violations.length > 1) {
    for (const item of new Set(violations.map(itemName))) summary.items[item] = (summary.items[item] ?? 0) + 1;
    for (const key of new Set(violations.map(itemKeyName))) summary.itemKeys[key] = (summary.itemKeys[key] ?? 0) + 1;
  }
  if (!('presumptions' in answer) || answer.presumptions.length === 0) return;
  summary.presumed++;
  for (const key of new Set(answer.presumptions.map((p) => `${p.path}=${String(p.value)}`))) {
    summary.presumptions[key] = (summary.presumptions[key] ?? 0) + 1;
  }
}

/** Items in the order of their lists, then numerically within a list. */
function itemOrder(a: string, b: string): number {
  const [la = '', ia = ''] = a.split(' ');
  const [lb = '', ib = ''] = b.split(' ');
  const byList = LISTS.indexOf(la as (typeof LISTS)[number]) - LISTS.indexOf(lb as (typeof LISTS)[number]);
  return byList || ia.localeCompare(ib, 'en', { numeric: true });
}

/**
 * The summary with its items sorted by list and number, so that equal runs give byte-equal JSON.
 * @example
 * ```ts
 * JSON.stringify(sortedSummary(summary));
 * ```
 */
export function sortedSummary(summary: BatchSummary): BatchSummary {
  return {
    ...summary,
    items: Object.fromEntries(Object.entries(summary.items).sort(([a], [b]) => itemOrder(a, b))),
    itemKeys: Object.fromEntries(Object.entries(summary.itemKeys).sort(([a], [b]) => itemOrder(a, b))),
    presumptions: Object.fromEntries(Object.entries(summary.presumptions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/**
 * The summary as a plain-text table (Markdown-compatible), ready to paste into a report.
 * @example
 * ```ts
 * summaryTable(summary); // 'Records: 141; valid: 132; invalid: 9.\n\n| verdict | count | share |...'
 * ```
 */
export function summaryTable(summary: BatchSummary): string {
  const s = sortedSummary(summary);
  const pct = (n: number, of: number) => (of === 0 ? '' : `${((100 * n) / of).toFixed(1)}%`);
  const section = (title: string, counts: Record<string, number>, of: number): string[] => {
    const rows = Object.entries(counts).filter(([, n]) => n > 0);
    // A table with no row keeps one, "(none)", so that it still reads as a table; every row as wide as the widest.
    const shown: [string, string, string][] = rows.length === 0 ? [['(none)', '0', '']] : rows.map(([k, n]) => [k, String(n), pct(n, of)]);
    const width = Math.max(title.length, ...shown.map(([k]) => k.length));
    const countWidth = Math.max(5, ...shown.map(([, n]) => n.length));
    return [
      `| ${title.padEnd(width)} | ${'count'.padStart(countWidth)} | ${'share'.padStart(6)} |`,
      `| ${'-'.repeat(width)} | ${'-'.repeat(countWidth - 1)}: | ${'-'.repeat(5)}: |`,
      ...shown.map(([k, n, share]) => `| ${k.padEnd(width)} | ${n.padStart(countWidth)} | ${share.padStart(6)} |`),
      '',
    ];
  };
  const violations = s.verdicts['violation'] ?? 0;
  return [
    `Records: ${s.records}; valid: ${s.valid}; invalid: ${s.invalid}.`,
    '',
    ...section('verdict', s.verdicts, s.valid),
    ...section('category', s.categories, violations),
    ...section('sanction level', s.sanctionLevels, violations),
    ...section('item', s.items, violations),
    ...(s.presumed > 0
      ? [`Results resting on a presumption: ${s.presumed} of ${s.valid} (${pct(s.presumed, s.valid)}).`, '', ...section('presumption relied on', s.presumptions, s.valid)]
      : []),
  ].join('\n');
}

/**
 * Adds the counts of `part` to `total` (the summaries of the chunks of a run, in any order, give the run's).
 * @example
 * ```ts
 * mergeSummary(total, answerRecords(records, 'compact', 'en').summary);
 * ```
 */
export function mergeSummary(total: BatchSummary, part: BatchSummary): void {
  total.records += part.records;
  total.valid += part.valid;
  total.invalid += part.invalid;
  total.presumed += part.presumed;
  for (const key of ['verdicts', 'categories', 'items', 'itemKeys', 'sanctionLevels', 'presumptions'] as const) {
    for (const [k, n] of Object.entries(part[key])) total[key][k] = (total[key][k] ?? 0) + n;
  }
}
