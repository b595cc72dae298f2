// The Indonesian validation messages say at least as much as the English ones: every issue lists the same valid
// values (or expected type) in both languages, a bad act.kind lists the act kinds in Indonesian too, and a missing
// required field says it must be filled in ("wajib diisi").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACT_KINDS, incidentJsonSchema, validateIncident, type ValidationIssue } from '../src/index.js';
import { anyInput, malformedIncident } from './incident-arbitraries.js';

/** The values a message says are expected: the quoted ones after the keyword, else the word after it (a type). */
function expected(message: string, keyword: string): string[] {
  const at = message.toLowerCase().indexOf(keyword);
  const rest = at < 0 ? message : message.slice(at + keyword.length);
  const quoted = [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]!);
  if (quoted.length > 0 || at < 0) return quoted.sort();
  return [rest.trim().split(/[\s,]/)[0]!];
}

/** Issues whose messages are written by hand in both languages (they quote answers, translated). */
const HAND_WRITTEN = new Set(['office_not_in_election', 'pppk_no_cltn']);

function checkIssue(issue: ValidationIssue): void {
  if (HAND_WRITTEN.has(issue.code)) return;
  const { id, en } = issue.message;
  const where = `${issue.path} ${issue.code}: ${en} / ${id}`;
  if (/expected/i.test(en)) expect(id, where).toContain('diharapkan');
  expect(expected(id, 'diharapkan'), where).toEqual(expected(en, 'expected'));
  expect(id, where).not.toMatch(/^Input tidak valid$/);
}

const issuesOf = (input: unknown): readonly ValidationIssue[] => {
  const r = validateIncident(input);
  return r.ok ? [] : r.error.issues;
};

/** Every field path of the JSON Schema of an incident (through the variants of `act`). */
function paths(node: unknown, prefix: string[] = [], out = new Map<string, string[]>()): Map<string, string[]> {
  if (node === null || typeof node !== 'object') return out;
  const n = node as { properties?: Record<string, unknown>; oneOf?: unknown[]; anyOf?: unknown[]; allOf?: unknown[] };
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    const path = [...prefix, key];
    out.set(path.join('.'), path);
    paths(child, path, out);
  }
  for (const variant of [...(n.oneOf ?? []), ...(n.anyOf ?? []), ...(n.allOf ?? [])]) paths(variant, prefix, out);
  return out;
}

function set(target: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node = copy;
  path.slice(0, -1).forEach((key) => {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  if (value === undefined) delete node[path[path.length - 1]!];
  else node[path[path.length - 1]!] = value;
  return copy;
}

describe('Indonesian validation messages', () => {
  const fields = [...paths(incidentJsonSchema).values()];

  it('list the act kinds for a bad act.kind, as the English message does', () => {
    const [issue] = issuesOf({ actor: { employment: 'pns' }, act: { kind: 'nope' } });
    expect(issue?.path).toBe('act.kind');
    for (const kind of ACT_KINDS) {
      expect(issue!.message.en).toContain(`'${kind}'`);
      expect(issue!.message.id).toContain(`'${kind}'`);
    }
    expect(issue!.message.id).toMatch(/^Pilihan tidak valid: diharapkan salah satu dari /);
  });

  it('say that a missing required field must be filled in', () => {
    for (const [input, path] of [
      [{ act: { kind: 'party_membership' } }, 'actor'],
      [{ actor: { employment: 'pns' } }, 'act'],
      [{ actor: {}, act: { kind: 'party_membership' } }, 'actor.employment'],
      [{ actor: { employment: 'pns' }, act: {} }, 'act.kind'],
    ] as const) {
      const issue = issuesOf(input).find((i) => i.path === path);
      expect(issue, path).toBeDefined();
      expect(issue!.message.id, path).toMatch(/^Wajib diisi: diharapkan /);
    }
  });

  it('list the same valid values as the English ones for a bad or missing value of every field, for every act', () => {
    expect(fields.length).toBeGreaterThan(15);
    let checked = 0;
    for (const kind of ACT_KINDS) {
      const base = { actor: { employment: 'pns' }, act: { kind }, target: { office: 'bupati' }, election: 'pilkada_2024' };
      for (const path of fields) {
        for (const value of ['zz_bad', 42, true, undefined, { a: 1 }]) {
          for (const issue of issuesOf(set(base, path, value))) {
            checkIssue(issue);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('list the same valid values as the English ones for malformed and hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(malformedIncident, anyInput), (input) => {
        for (const issue of issuesOf(input)) checkIssue(issue);
      }),
      { numRuns: 400 },
    );
  });
});
