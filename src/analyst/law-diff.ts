/**
 * What-if for analysts (as OpenFisca's reforms): the decision-table rows whose outcome changes when packs are loaded
 * beside, or in place of part of, the built-in law. The decision space is that of the union of both laws' rules, so
 * it is fine enough for either; each representative incident is classified under both and compared on verdict,
 * items, category, sanction level and tracks.
 */
import { classifySync } from '../decide/classify-sync.js';
import { createClassifier, type Classifier } from '../decide/create-classifier.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../evaluate/decision-space.js';
import { FACT_NAMES, type FactName, type Facts } from '../incident/facts.js';
import { defaultLaw, lawWith } from '../law/law.js';

/**
 * The outcome columns a what-if compares.
 * @example
 * ```ts
 * import { diffLaw, diffMarkdown } from 'netralitas-asn/testing';
 * const rows = diffLaw([whatIfPack]);
 * console.log(diffMarkdown(rows));
 * ```
 */
export interface DiffOutcome {
  readonly verdict: string;
  readonly items: string;
  readonly category: string;
  readonly sanction: string;
  readonly tracks: string;
}

/**
 * One changed row: the facts of the representative incident, the outcome before and after.
 * @example
 * ```ts
 * import { diffLaw, diffMarkdown } from 'netralitas-asn/testing';
 * const rows = diffLaw([whatIfPack]);
 * console.log(diffMarkdown(rows));
 * ```
 */
export interface DiffRow {
  readonly facts: Facts;
  readonly before: DiffOutcome;
  readonly after: DiffOutcome;
}

const outcomeOf = (decide: Classifier['classifySync'], facts: Facts): DiffOutcome => {
  const r = decide(incidentFromFacts(facts));
  if (!r.ok) return { verdict: 'invalid', items: '', category: '', sanction: '', tracks: '' };
  return {
    verdict: r.verdict,
    items: r.violations.map((v) => `${v.list} ${v.item}${v.sub ? ` ${v.sub}` : ''}`).join('; '),
    category: r.category ?? '',
    sanction: r.sanction?.level ?? '',
    tracks: r.tracks.map((t) => t.track).join('; '),
  };
};

/**
 * Every row of the decision table whose outcome differs between the built-in law and the law with the packs.
 * Throws `PackError` for a pack that does not load.
 * @example
 * ```ts
 * import { diffLaw, diffMarkdown } from 'netralitas-asn/testing';
 * const rows = diffLaw([whatIfPack]);
 * console.log(diffMarkdown(rows));
 * ```
 */
export function diffLaw(packs: readonly unknown[]): DiffRow[] {
  const changed = createClassifier({ packs });
  const law = lawWith(packs);
  const union = [...defaultLaw().rules, ...law.rules];
  const rows: DiffRow[] = [];
  const seen = new Set<string>();
  for (const point of enumerateDecisionSpace(union, undefined, law.domains)) {
    const employment = point.classes.find((c) => c.fact === 'employment')?.values ?? [point.facts.employment];
    const offices = point.classes.find((c) => c.fact === 'office')?.values ?? [];
    for (const e of employment) {
      for (const o of offices.length > 0 ? offices : [undefined]) {
        const facts: Facts = { ...point.facts, ...(e !== undefined ? { employment: e } : {}), ...(o !== undefined ? { office: o } : {}) };
        const key = JSON.stringify(facts);
        if (seen.has(key)) continue;
        seen.add(key);
        const before = outcomeOf(classifySync, facts);
        const after = outcomeOf(changed.classifySync, facts);
        if (JSON.stringify(before) !== JSON.stringify(after)) rows.push({ facts, before, after });
      }
    }
  }
  return rows;
}

const COLUMNS: readonly (keyof DiffOutcome)[] = ['verdict', 'items', 'category', 'sanction', 'tracks'];
const factColumns = (rows: readonly DiffRow[]): FactName[] => FACT_NAMES.filter((f) => rows.some((r) => r.facts[f] !== undefined));
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The changed rows as CSV: fact columns, then each outcome column before and after.
 * @example
 * ```ts
 * import { diffLaw, diffMarkdown } from 'netralitas-asn/testing';
 * const rows = diffLaw([whatIfPack]);
 * console.log(diffMarkdown(rows));
 * ```
 */
export function diffCsv(rows: readonly DiffRow[]): string {
  const facts = factColumns(rows);
  const header = [...facts, ...COLUMNS.flatMap((c) => [`${c}_before`, `${c}_after`])];
  const lines = rows.map((r) => [...facts.map((f) => String(r.facts[f] ?? '-')), ...COLUMNS.flatMap((c) => [r.before[c], r.after[c]])]);
  return [header, ...lines].map((l) => l.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * The changed rows as a Markdown table, each changed outcome shown as `before → after`.
 * @example
 * ```ts
 * import { diffLaw, diffMarkdown } from 'netralitas-asn/testing';
 * const rows = diffLaw([whatIfPack]);
 * console.log(diffMarkdown(rows));
 * ```
 */
export function diffMarkdown(rows: readonly DiffRow[]): string {
  if (rows.length === 0) return 'No row of the decision table changes.\n';
  const facts = factColumns(rows);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const head = `| ${[...facts, ...COLUMNS].join(' | ')} |\n| ${[...facts, ...COLUMNS].map(() => '---').join(' | ')} |`;
  const body = rows.map(
    (r) =>
      `| ${[
        ...facts.map((f) => esc(String(r.facts[f] ?? '-'))),
        ...COLUMNS.map((c) => (r.before[c] === r.after[c] ? esc(r.before[c]) : `${esc(r.before[c]) || '∅'} → ${esc(r.after[c]) || '∅'}`)),
      ].join(' | ')} |`,
  );
  return `${head}\n${body.join('\n')}\n`;
}
