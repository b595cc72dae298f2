// No raw ids in prose (issue 15): every text a result or a validation error gives in Bahasa Indonesia or English uses
// the labels of values, fields, items and instruments, never an enumeration id (`kode_etik`, `pilkada_2024`,
// `bakal_calon`), a field path or fact name (`act.activeSupport`, `photoShows`), a rule name or a legal-basis id
// (`skb-2022/d-1`). Checked on every point of the decision space, on dated variants of them (the calendar's derived
// facts and conflicts), under presumptions, and on invalid input (where the listed valid values may be quoted ids).
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { validateIncident } from '../src/incident/errors.js';
import { FACTS, FACT_NAMES } from '../src/incident/facts.js';
import { LEGAL_BASES } from '../src/law/legal-bases.js';
import { loadRules } from '../src/law/law.js';
import { FIELD_LABELS, QUESTION_LABELS, VALUE_LABELS } from '../src/present/labels.js';
import * as enums from '../src/vocabulary/enums.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Every id that must not appear in prose, each with a pattern that finds it as a whole token. */
const FORBIDDEN: { id: string; re: RegExp }[] = (() => {
  const ids = new Set<string>();
  const tuples = (Object.values(enums) as unknown[]).filter((v): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'));
  for (const tuple of tuples) {
    for (const v of tuple) {
      if (v.includes('_')) ids.add(v); // kode_etik, pilkada_2024, bakal_calon, install_campaign_props
    }
  }
  // Acronyms whose label writes them in capitals: pns, pppk, dpr, bkn...
  for (const labels of Object.values(VALUE_LABELS) as Record<string, { id: string; en: string }>[]) {
    for (const [v, label] of Object.entries(labels)) {
      if (v.length > 1 && v !== v.toUpperCase() && new RegExp(`\\b${escape(v.toUpperCase())}\\b`).test(`${label.id} ${label.en}`)) ids.add(v);
    }
  }
  for (const f of FACT_NAMES) {
    if (/[.A-Z]/.test(FACTS[f].path)) ids.add(FACTS[f].path); // act.activeSupport (a bare `stage` is an English word)
    if (/[A-Z]/.test(f)) ids.add(f); // activeSupport, photoShows
  }
  ids.add('campaignPhase');
  ids.add('act.kind');
  for (const r of loadRules().rules) ids.add(r.name);
  for (const b of Object.keys(LEGAL_BASES)) ids.add(b);
  return [...ids].map((id) => ({ id, re: new RegExp(`(?<![\\w./-])${escape(id)}(?![\\w/]|[.-]\\w)`) }));
})();

/**
 * In Indonesian prose, also the ids that are English words (`stage`, `campaign`, `spouse`, `election`): any enumeration
 * value or field path that no Indonesian label uses as a word.
 */
const FORBIDDEN_IN_ID: { id: string; re: RegExp }[] = (() => {
  const indonesian = [FIELD_LABELS, QUESTION_LABELS, ...Object.values(VALUE_LABELS)]
    .flatMap((labels) => Object.values(labels as Record<string, { id: string }>).map((l) => l.id))
    .join(' ')
    .toLowerCase();
  const words = new Set<string>();
  for (const tuple of (Object.values(enums) as unknown[]).filter((v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
    for (const v of tuple) words.add(v);
  }
  for (const f of FACT_NAMES) words.add(FACTS[f].path);
  return [...words]
    .filter((w) => !new RegExp(`\\b${escape(w.toLowerCase())}\\b`).test(indonesian))
    .map((id) => ({ id, re: new RegExp(`(?<![\\w./-])${escape(id)}(?![\\w/]|[.-]\\w)`) }));
})();

/** One pattern per language that finds any of its ids (a quick first pass: most texts have none). */
const ANY = {
  en: new RegExp(FORBIDDEN.map(({ re }) => re.source).join('|')),
  id: new RegExp([...FORBIDDEN, ...FORBIDDEN_IN_ID].map(({ re }) => re.source).join('|')),
};

/** The raw ids in a text of the given language. */
export const rawIds = (text: string, lang: 'id' | 'en' = 'en'): string[] =>
  !ANY[lang].test(text) ? [] : [...new Set([...FORBIDDEN, ...(lang === 'id' ? FORBIDDEN_IN_ID : [])].filter(({ re }) => re.test(text)).map(({ id }) => id))];

/** Every bilingual text in a value, with where it is. */
function* texts(value: unknown, at = ''): Generator<{ at: string; lang: 'id' | 'en'; text: string }> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* texts(v, `${at}[${i}]`);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id === 'string' && typeof o.en === 'string') {
    yield { at, lang: 'id', text: o.id };
    yield { at, lang: 'en', text: o.en };
    return;
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'citations') yield* texts(v, at ? `${at}.${k}` : k);
}

/** Validation messages may quote the values a field takes and the paths of the fields. */
const quoted = (s: string) => s.replace(/'[^']*'|"[^"]*"/g, "''");

/** Texts already checked, by language: results repeat the same sentences many times. */
const checked = new Map<string, string[]>();
const cachedRawIds = (text: string, lang: 'id' | 'en'): string[] => {
  const key = `${lang}\u0000${text}`;
  let found = checked.get(key);
  if (!found) checked.set(key, (found = rawIds(text, lang)));
  return found;
};

/** The first prose with a raw id in a result (outside quotes in a validation error), or undefined. */
function firstRaw(result: { ok: boolean }): string | undefined {
  const strip = result.ok ? (s: string) => s : quoted;
  for (const { at, lang, text } of texts(result)) {
    const found = cachedRawIds(strip(text), lang);
    if (found.length > 0) return `${at} (${lang}) contains ${found.join(', ')}: ${JSON.stringify(text)}`;
  }
  return undefined;
}

const points = [...enumerateDecisionSpace()].map((p) => incidentFromFacts(p.facts));

describe('the id detector', () => {
  it('finds the ids of the issue and passes their labelled forms', () => {
    expect(rawIds('Fase kampanye diturunkan dari tanggal 2024-10-01: campaign (kalender pilkada_2024, campaign 2024-09-25)')).toContain('pilkada_2024');
    expect(rawIds('bergantung pada fakta yang belum dilaporkan: act.activeSupport, stage', 'id')).toEqual(['act.activeSupport', 'stage']);
    expect(rawIds('The stage was derived from the date', 'en')).toEqual([]);
    expect(rawIds('Jabatan dpr tidak dipilih dalam pilkada_2024.')).toEqual(expect.arrayContaining(['dpr', 'pilkada_2024']));
    expect(rawIds('skb-2022/d-8: sumber berbeda')).toContain('skb-2022/d-8');
    expect(rawIds('Bila target.relation = spouse: juga kode_etik 7.')).toEqual(expect.arrayContaining(['target.relation', 'kode_etik']));
    expect(rawIds('Jabatan DPR tidak dipilih dalam Pemilihan Kepala Daerah Serentak 2024; calon bupati, PNS, kode etik 7.', 'id')).toEqual([]);
  });
});

describe('no raw ids in the prose of a result', () => {
  it('on every point of the decision space, in both languages', { timeout: 600_000 }, () => {
    const bad: string[] = [];
    for (const incident of points) {
      const r = classifySync(incident);
      const found = firstRaw(r);
      if (found) bad.push(`${JSON.stringify(incident)}\n  ${found}`);
    }
    expect(bad.slice(0, 5).join('\n'), `${bad.length} results with raw ids`).toBe('');
  });

  it('on dated variants: derived election, stage and phase, and reported values the calendar contradicts', { timeout: 600_000 }, () => {
    const bad: string[] = [];
    const dates = ['2023-11-01', '2023-12-01', '2024-02-12', '2024-02-20', '2024-09-01', '2024-10-01', '2024-11-25', '2024-12-01'];
    for (const [i, incident] of points.entries()) {
      if (i % 7 !== 0) continue;
      const date = dates[(i / 7) % dates.length]!;
      for (const variant of [
        { ...incident, date },
        { ...incident, date, stage: 'bakal_calon', campaignPhase: 'before_campaign' },
        { ...incident, date, stage: 'calon', campaignPhase: 'after_voting' },
      ]) {
        const r = classifySync(variant);
        const found = firstRaw(r);
        if (found) bad.push(`${JSON.stringify(variant)}\n  ${found}`);
      }
    }
    expect(bad.slice(0, 5).join('\n'), `${bad.length} results with raw ids`).toBe('');
  });

  it('under presumptions', { timeout: 600_000 }, () => {
    const bad: string[] = [];
    for (const [i, incident] of points.entries()) {
      if (i % 11 !== 0) continue;
      const r = classifySync(incident, { presume: { 'target.relation': 'none', 'actor.cltn': false } });
      const found = firstRaw(r);
      if (found) bad.push(`${JSON.stringify(incident)}\n  ${found}`);
    }
    expect(bad.slice(0, 5).join('\n'), `${bad.length} results with raw ids`).toBe('');
  });
});

describe('no raw ids in validation messages, except the quoted values a field accepts', () => {
  const invalid: unknown[] = [
    { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'dpr' }, election: 'pilkada_2024' },
    { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, election: 'pemilu_2024' },
    { actor: { employment: 'pppk', cltn: true }, act: { kind: 'take_part_in_campaign' } },
    { actor: { employment: 'pilot' }, act: { kind: 'party_membership' } },
    { actor: { employment: 'pns' }, act: { kind: 'dance' } },
    { actor: { employment: 'pns' }, act: { kind: 'post_photo', photoShows: 'cat', publiclyAccessible: 'yes' } },
    { actor: {}, act: {} },
    {},
    { actor: { employment: 'pns', cltm: true }, act: { kind: 'party_membership' }, stage: 'calonn', date: '2024-13-01' },
    { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign', activeSupport: 'ya' }, target: { office: 'bupati', relation: 'wife' } },
  ];
  for (const input of invalid) {
    it(JSON.stringify(input), () => {
      const r = validateIncident(input);
      expect(r.ok).toBe(false);
      expect(firstRaw(r)).toBeUndefined();
    });
  }
});
