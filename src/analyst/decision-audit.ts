/**
 * The audit of the decision table: rules that never fire on any point, points where incompatible outcomes fire, and
 * points whose `out_of_scope` verdict comes from no rule (the default of the SKB D-13 catch-all). Each occurrence must
 * be explained by an entry of the registry of known gaps (src/law/known-gaps.ts); test/decision-table.test.ts enforces it.
 */
import type { TableRow } from './decision-table.js';
import type { FactName } from '../incident/facts.js';
import { KNOWN_GAPS, type KnownGap } from '../law/known-gaps.js';
import { loadRules } from '../law/law.js';
import type { LoadedRule } from '../law/rule-files.js';
import type { ActKind } from '../vocabulary/enums.js';

/** Kinds of occurrence. @internal */
export const OCCURRENCE_KINDS = ['never_fires', 'incompatible', 'default_out_of_scope'] as const;
/** @internal */
export type OccurrenceKind = (typeof OCCURRENCE_KINDS)[number];

/** One occurrence: a rule (for `never_fires`) or a table row, with what is wrong. @internal */
export interface Occurrence {
  readonly kind: OccurrenceKind;
  /**
   * `never_fires`: the rule; `incompatible`: `kode_etik+disiplin`, `out_of_scope+violation`, `out_of_scope+no_violation`
   * or `violation+no_violation <list> <item>`; `default_out_of_scope`: `no rule decides`.
   */
  readonly detail: string;
  /** The row, except for `never_fires`. */
  readonly row?: TableRow;
  /** The rules involved. */
  readonly rules: readonly string[];
}

/** An occurrence with the registry entry that explains it, if any. @internal */
export interface AuditedOccurrence extends Occurrence {
  readonly explainedBy?: string;
}

/** The result of the audit. @internal */
export interface Audit {
  readonly occurrences: readonly AuditedOccurrence[];
  /** Registry entries that explain no occurrence. */
  readonly stale: readonly string[];
}

const key = (r: LoadedRule) => ('list' in r.event.params ? `${r.event.params.list} ${String(r.event.params.item)}` : '');

/** The occurrences in the rows. @internal */
export function findOccurrences(rows: readonly TableRow[], rules: readonly LoadedRule[] = loadRules().rules): Occurrence[] {
  const byName = new Map(rules.map((r) => [r.name, r]));
  const out: Occurrence[] = [];
  const fired = new Set(rows.flatMap((r) => r.fired));
  for (const rule of rules) if (!fired.has(rule.name)) out.push({ kind: 'never_fires', detail: rule.name, rules: [rule.name] });
  for (const row of rows) {
    if (row.verdict === 'invalid') continue;
    const definite = row.definite.map((n) => byName.get(n)!);
    const violations = definite.filter((r) => r.event.type === 'violation');
    const lists = new Set(violations.map((r) => (r.event.params as { list: string }).list));
    if (lists.has('kode_etik') && lists.has('disiplin')) {
      const involved = violations.filter((r) => ['kode_etik', 'disiplin'].includes((r.event.params as { list: string }).list));
      out.push({ kind: 'incompatible', detail: 'kode_etik+disiplin', row, rules: involved.map((r) => r.name) });
    }
    const outOfScope = definite.filter((r) => r.event.type === 'out_of_scope');
    if (outOfScope.length > 0 && violations.length > 0) {
      out.push({ kind: 'incompatible', detail: 'out_of_scope+violation', row, rules: [...outOfScope, ...violations].map((r) => r.name) });
    }
    const exemptions = definite.filter((r) => r.event.type === 'no_violation');
    if (outOfScope.length > 0 && exemptions.length > 0) {
      out.push({ kind: 'incompatible', detail: 'out_of_scope+no_violation', row, rules: [...outOfScope, ...exemptions].map((r) => r.name) });
    }
    for (const v of violations) {
      const exempt = definite.filter((r) => r.event.type === 'no_violation' && key(r) === key(v));
      if (exempt.length > 0) out.push({ kind: 'incompatible', detail: `violation+no_violation ${key(v)}`, row, rules: [v, ...exempt].map((r) => r.name) });
    }
    if (row.verdict === 'out_of_scope' && outOfScope.length === 0) {
      out.push({ kind: 'default_out_of_scope', detail: 'no rule decides', row, rules: [] });
    }
  }
  return out;
}

/** Whether a registry entry explains an occurrence. @internal */
export function explains(gap: KnownGap, o: Occurrence): boolean {
  if (gap.kind !== o.kind) return false;
  if (gap.detail !== undefined && gap.detail !== o.detail) return false;
  if (!o.row) return gap.acts === undefined && gap.where === undefined;
  if (gap.acts !== undefined && !gap.acts.includes(o.row.facts.act as never)) return false;
  for (const [fact, allowed] of Object.entries(gap.where ?? {}) as [FactName, readonly string[]][]) {
    const cell = o.row.facts[fact];
    if (cell === '' || !cell.split('|').some((v) => allowed.includes(v))) return false;
  }
  return true;
}

/** Whether a rule can fire for one of the acts (it has no condition on `act`, or one that admits one of them). */
const forActs = (rule: LoadedRule, acts: readonly ActKind[]): boolean => {
  const c = rule.conditions.all.find((x) => x.fact === 'act');
  if (!c) return true;
  const values: readonly unknown[] = Array.isArray(c.value) ? c.value : [c.value];
  return acts.some((a) => values.includes(a));
};

/**
 * Audits the rows against the registry: every occurrence with the entry that explains it, and the stale entries.
 * With `acts` (the rows are only the table of those acts), a rule that cannot fire for them is not reported as never
 * firing, and no entry is reported stale: the rest of the table may be what it explains.
 * @internal
 */
export function auditTable(rows: readonly TableRow[], gaps: readonly KnownGap[] = KNOWN_GAPS, acts?: readonly ActKind[], lawRules: readonly LoadedRule[] = loadRules().rules): Audit {
  const used = new Set<string>();
  const rules = acts ? lawRules.filter((r) => forActs(r, acts)) : lawRules;
  const occurrences = findOccurrences(rows, rules).map((o) => {
    const gap = gaps.find((g) => explains(g, o));
    if (gap) used.add(gap.id);
    return gap ? { ...o, explainedBy: gap.id } : o;
  });
  return { occurrences, stale: acts ? [] : gaps.filter((g) => !used.has(g.id)).map((g) => g.id) };
}

/**
 * The audit as text: per kind of occurrence, the count and the registry entries that explain them, then every
 * unexplained occurrence and every stale entry.
 * @internal
 */
export function formatAudit(audit: Audit, rowCount: number): string {
  const lines = [`${rowCount} rows`];
  for (const kind of OCCURRENCE_KINDS) {
    const mine = audit.occurrences.filter((o) => o.kind === kind);
    const by = new Map<string, number>();
    for (const o of mine) by.set(o.explainedBy ?? 'UNEXPLAINED', (by.get(o.explainedBy ?? 'UNEXPLAINED') ?? 0) + 1);
    lines.push(`${kind}: ${mine.length}${mine.length ? ` (${[...by].map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}`);
  }
  for (const o of audit.occurrences.filter((x) => !x.explainedBy)) {
    const facts = o.row ? Object.entries(o.row.facts).filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`).join(' ') : '';
    lines.push(`  UNEXPLAINED ${o.kind} ${o.detail}${facts ? `: ${facts}` : ''}${o.rules.length ? ` [${o.rules.join(', ')}]` : ''}`);
  }
  for (const id of audit.stale) lines.push(`  STALE registry entry ${id}: explains no occurrence`);
  return lines.join('\n');
}
