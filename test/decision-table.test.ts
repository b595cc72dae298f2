// The committed decision table (docs/decision-table.csv) is what the rules give today, and every rule that never
// fires, every point with incompatible outcomes and every default out_of_scope is explained by the registry of known
// gaps (src/law/known-gaps.ts), with no stale entry. An intended change is accepted with `npm run table:update`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTable, explains, findOccurrences, formatAudit } from '../src/analyst/decision-audit.js';
import { decisionTable, rowsOfPoint, tableCsv, tableMarkdown } from '../src/analyst/decision-table.js';
import { enumerateDecisionSpace } from '../src/evaluate/decision-space.js';
import { KNOWN_GAPS } from '../src/law/known-gaps.js';

const rows = decisionTable();
const committed = join(import.meta.dirname, '..', 'docs', 'decision-table.csv');

/** Lines of `a` missing from `b`, up to `limit`. */
const missingFrom = (a: readonly string[], b: readonly string[], limit = 20) => {
  const set = new Set(b);
  return a.filter((l) => !set.has(l)).slice(0, limit);
};

describe('decision table', () => {
  it('equals the committed, reviewed table (run `npm run table:update` to accept an intended change)', { timeout: 30_000 }, () => {
    const want = readFileSync(committed, 'utf8').split('\n');
    const got = tableCsv(rows).split('\n');
    const removed = missingFrom(want, got);
    const added = missingFrom(got, want);
    const message = `rows only in docs/decision-table.csv:\n${removed.join('\n')}\nrows only in the table the rules give now:\n${added.join('\n')}`;
    expect({ removed, added }, message).toEqual({ removed: [], added: [] });
    expect(got).toEqual(want); // same rows, same order
  });

  it('has one row per point, more only where the employment or the office validity splits a class', { timeout: 60_000 }, () => {
    const points = [...enumerateDecisionSpace()];
    expect(rows.length).toBeGreaterThanOrEqual(points.length);
    const split = points.filter((p) => rowsOfPoint(p).length > 1);
    for (const p of split) {
      const mine = rowsOfPoint(p);
      const facts = mine.map((r) => Object.entries(r.facts).filter(([k]) => k !== 'employment' && k !== 'office'));
      expect(new Set(facts.map((f) => JSON.stringify(f))).size, p.act).toBe(1);
    }
  });

  it('gives the sanction the law gives each employment (non-ASN staff: under the work agreement, SE MenPANRB 01/2023)', () => {
    // ref §2.7: PPNPN sanctions are graded up to termination under the work agreement, never an ASN category; PPPK
    // paruh waktu are PPPK (KepmenPANRB 16/2025, update-2026-12 §2.4) and the SKB level is their indication.
    // The rows are split by region and office (SE Sulsel and SE Kuningan read this act); a circular's item beside
    // disiplin 1 changes neither the category nor the level, so each employment class has one outcome.
    const d1 = rows.filter((r) => r.facts.act === 'install_campaign_props' && r.facts.stage === 'calon' && r.verdict === 'violation');
    expect(d1.length).toBeGreaterThan(2);
    for (const r of d1) expect(r.items.split('; ')[0]).toBe('disiplin 1');
    const outcomes = [...new Set(d1.map((r) => JSON.stringify([r.facts.employment, 'disiplin 1', r.category, r.sanction])))].map((x) => JSON.parse(x));
    expect(outcomes).toEqual([
      ['pns|cpns|pppk|pppk_paruh_waktu', 'disiplin 1', 'disiplin', 'berat'],
      ['non_asn', 'disiplin 1', 'pelanggaran_netralitas_non_asn', 'sesuai_perjanjian_kerja'],
    ]);
  });

  it('renders Markdown with one section per act', () => {
    const md = tableMarkdown(rows.slice(0, 8));
    expect(md).toContain('## install_campaign_props\n\n| employment | region | office | stage | verdict | items | category | sanction |');
    expect(md).toMatch(/\n\| pns\\\|cpns\\\|pppk\\\|pppk_paruh_waktu \| [^\n]*\| calon \| violation \| disiplin 1 \| disiplin \| berat \|\n/);
  });
});

describe('audit against the registry of known gaps', () => {
  const audit = auditTable(rows);

  it('explains every occurrence and has no stale entry', () => {
    const unexplained = audit.occurrences.filter((o) => !o.explainedBy);
    expect({ unexplained: unexplained.length, stale: audit.stale }, formatAudit(audit, rows.length)).toEqual({ unexplained: 0, stale: [] });
  });

  it('finds no rule that never fires and no item both violated and exempted; kode_etik+disiplin only where KE-7 or a party photo adds to disiplin', () => {
    const kinds = new Set(audit.occurrences.map((o) => (o.kind === 'incompatible' ? o.detail : o.kind)));
    expect([...kinds].sort()).toEqual(['default_out_of_scope', 'kode_etik+disiplin', 'out_of_scope+no_violation', 'out_of_scope+violation']);
  });

  it('would report everything without the registry, and an entry that explains nothing as stale', () => {
    const bare = auditTable(rows, []);
    expect(bare.occurrences.filter((o) => !o.explainedBy).length).toBe(audit.occurrences.length);
    const extra = { id: 'nothing', kind: 'never_fires' as const, detail: 'no/such-rule', explanation: 'test' };
    expect(auditTable(rows, [...KNOWN_GAPS, extra]).stale).toEqual(['nothing']);
  });

  it('detects a rule that never fires and a violation exempted at the same point', () => {
    const d4 = rows.find((r) => r.facts.act === 'attend_declaration_or_campaign' && r.definite.includes('skb-2022/d-4'))!;
    const forged = { ...d4, definite: [...d4.definite, 'skb-2022/d-4/passive'], fired: [] as string[] };
    const found = findOccurrences([forged]);
    expect(found.map((o) => o.detail)).toContain('violation+no_violation disiplin 4');
    expect(found.filter((o) => o.kind === 'never_fires').length).toBeGreaterThan(40);
  });

  it('matches registry entries by act and fact class', () => {
    const gap = KNOWN_GAPS.find((g) => g.id === 'pp94-calon-acts-before-determination')!;
    const row = rows.find((r) => r.facts.act === 'partisan_activity' && r.facts.stage === 'bakal_calon' && r.verdict === 'out_of_scope')!;
    const occurrence = { kind: 'default_out_of_scope' as const, detail: 'no rule decides', row, rules: [] };
    expect(explains(gap, occurrence)).toBe(true);
    expect(explains(gap, { ...occurrence, row: { ...row, facts: { ...row.facts, stage: 'calon' } } })).toBe(false);
  });
});
