/**
 * The decision table: one row per point of the decision space (every combination of the value classes of the facts
 * the rules read), with the outcome the classifier gives for it. Rendered as CSV or Markdown by
 * `netralitas-asn table`; the reviewed table is committed as docs/decision-table.csv and test/decision-table.test.ts
 * fails on any change.
 */
import { compiledRulesOf, syncClassifierOf } from '../decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts, type DecisionPoint, type ValueClass } from '../evaluate/decision-space.js';
import { defaultLaw, type Law } from '../law/law.js';
import { ACT_KINDS, type ActKind } from '../vocabulary/enums.js';
import { evaluateCompiled } from '../evaluate/compiled.js';
import { FACT_NAMES, type FactName, type FactValue, type Facts } from '../incident/facts.js';

/** The fact columns of the table, in {@link FACT_NAMES} order, `act` first. @internal */
export const FACT_COLUMNS: readonly FactName[] = ['act', ...FACT_NAMES.filter((f) => f !== 'act')];
/** The outcome columns. @internal */
export const OUTCOME_COLUMNS = ['verdict', 'items', 'category', 'sanction'] as const;

/** One row: a cell per fact column and the outcome. @internal */
export interface TableRow {
  /** Cell per fact: the class's values joined with `|`, `-` when missing, empty when the act's rules do not read it. */
  readonly facts: Readonly<Record<FactName, string>>;
  /** `invalid` when no incident with these facts passes the schema (an office the election does not fill). */
  readonly verdict: string;
  /** The violation items as `<list> <item>`, joined with `; `. */
  readonly items: string;
  readonly category: string;
  readonly sanction: string;
  /** The facts of the incident classified for this row (one value per class). */
  readonly probe: Facts;
  /** The rules that certainly apply (before the verdict hides any), and those that fired in the result. */
  readonly definite: readonly string[];
  readonly fired: readonly string[];
}

const cell = (c: ValueClass): string => (c.values.length === 0 ? '-' : c.values.map(String).join('|'));

interface Outcome {
  readonly verdict: string;
  readonly items: string;
  readonly category: string;
  readonly sanction: string;
}

interface Classified {
  readonly outcome: Outcome;
  readonly probe: Facts;
  readonly definite: readonly string[];
  readonly fired: readonly string[];
}

/** Classifies the incident of the facts (no date, so no fact is derived and the evaluation reads the facts as given). */
function classified(probe: Facts, law: Law): Classified {
  const r = syncClassifierOf(law)(incidentFromFacts(probe));
  if (!r.ok) return { outcome: { verdict: 'invalid', items: '', category: '', sanction: '' }, probe, definite: [], fired: [] };
  return {
    outcome: {
      verdict: r.verdict,
      items: r.violations.map((v) => `${v.list} ${v.item}`).join('; '),
      category: r.category ?? '',
      sanction: r.sanction?.level ?? '',
    },
    probe,
    definite: evaluateCompiled(probe, compiledRulesOf(law)).definite,
    fired: r.firedRules,
  };
}

/** Splits a class into groups of values, by a key per value, keeping the order of first appearance. */
function splitBy<T>(values: readonly T[], key: (value: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const k = key(v);
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  return [...groups.values()];
}

/**
 * The rows of one point. The rules cannot tell the values of one class apart, but two other things can: the schema
 * rejects an office the election does not fill (so an office class is split by validity in the point's election),
 * and the sanction reads the employment (PPPK and non-ASN staff have their own), so an employment class is split into
 * one row per outcome, each with the employments that give it.
 * @internal
 */
export function rowsOfPoint(point: DecisionPoint, law: Law = defaultLaw()): TableRow[] {
  const employment = point.classes.find((c) => c.fact === 'employment')!;
  const office = point.classes.find((c) => c.fact === 'office');
  const elections = point.classes.find((c) => c.fact === 'election')?.values ?? [];
  const officeGroups: (readonly FactValue[])[] =
    office && office.values.length > 0 && elections.length > 0
      ? splitBy(office.values, (o) => elections.map((e) => (law.officesOf(String(e)) as readonly FactValue[]).includes(o)).join())
      : [office?.values ?? []];
  const rows: TableRow[] = [];
  for (const offices of officeGroups) {
    const base = offices.length > 0 ? { ...point.facts, office: offices[0]! } : point.facts;
    const outcomes = new Map<FactValue, Classified>(employment.values.map((e) => [e, classified({ ...base, employment: e }, law)]));
    for (const employments of splitBy(employment.values, (e) => JSON.stringify(outcomes.get(e)!.outcome))) {
      const facts = Object.fromEntries(FACT_COLUMNS.map((f) => [f, ''])) as Record<FactName, string>;
      facts.act = point.act;
      for (const c of point.classes) facts[c.fact] = cell(c);
      facts.employment = employments.map(String).join('|');
      if (office && offices.length > 0) facts.office = offices.map(String).join('|');
      const { outcome, ...rest } = outcomes.get(employments[0]!)!;
      rows.push({ facts, ...outcome, ...rest });
    }
  }
  return rows;
}

/**
 * Every row of the decision table of a law (by default the built-in law), in the order of the decision space; only
 * the rows of `acts` when given.
 * @internal
 */
export function decisionTable(acts: readonly ActKind[] = ACT_KINDS, law: Law = defaultLaw()): TableRow[] {
  const rows: TableRow[] = [];
  for (const point of enumerateDecisionSpace(law.rules, acts, law.domains)) rows.push(...rowsOfPoint(point, law));
  return rows;
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const row = (r: TableRow) => [...FACT_COLUMNS.map((f) => r.facts[f]), r.verdict, r.items, r.category, r.sanction];

/**
 * The table as CSV (RFC 4180, `\n` line ends, a header line).
 * @internal
 */
export function tableCsv(rows: readonly TableRow[]): string {
  return [[...FACT_COLUMNS, ...OUTCOME_COLUMNS], ...rows.map(row)].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * The table as Markdown, one section per act with only the columns that act's rules read.
 * @internal
 */
export function tableMarkdown(rows: readonly TableRow[]): string {
  const out: string[] = [
    '# Decision table',
    '',
    'One row per combination of the value classes of the facts the rules read (`a|b`: values the rules cannot tell',
    'apart; `-`: the fact is missing). Generated by `netralitas-asn table --format md`.',
  ];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  for (const act of [...new Set(rows.map((r) => r.facts.act))]) {
    const mine = rows.filter((r) => r.facts.act === act);
    const columns = FACT_COLUMNS.filter((f) => f !== 'act' && mine.some((r) => r.facts[f] !== ''));
    out.push('', `## ${act}`, '', `| ${[...columns, ...OUTCOME_COLUMNS].join(' | ')} |`, `|${' --- |'.repeat(columns.length + OUTCOME_COLUMNS.length)}`);
    for (const r of mine) out.push(`| ${[...columns.map((f) => r.facts[f]), r.verdict, r.items, r.category, r.sanction].map(esc).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

