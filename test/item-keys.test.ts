// Descriptive item keys (update-2026-12 §1.2 and its consequence 1: "Do not use the item numbers (1-12) as stable
// identifiers. A BKN letter cites the CLTN item as 'huruf B angka 5', which conflicts with the Jakarta ordering; use
// descriptive ids."). Every SKB 2022 item a rule cites has a key made of the item's own words, and every finding of
// such an item carries it, over the whole decision space; a case may name an item by its key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { createClassifier } from '../src/decide/create-classifier.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../src/evaluate/decision-space.js';
import { defaultLaw } from '../src/law/law.js';
import { PackError } from '../src/law/packs.js';
import { caseSchema } from '../src/analyst/cases.js';

const law = defaultLaw();
const SKB_LISTS = ['kode_etik', 'disiplin'];
const root = join(import.meta.dirname, '..');
const whatIf = () => JSON.parse(readFileSync(join(root, 'packs/what-if/skb-disiplin-8-9-levels.json'), 'utf8')) as Record<string, unknown>;
const itemOf = (item: number | string, sub?: string) => (sub ? `${item}.${sub}` : String(item));
const keyFor = (list: string, item: number | string, sub?: string) => law.itemKeys[list]?.[itemOf(item, sub)] ?? (sub ? law.itemKeys[list]?.[String(item)] : undefined);

/** The words of a text, lowercased (letters only). */
const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z]+/).filter(Boolean));

describe('item keys of the SKB 2022 lists', () => {
  const cited = law.rules.flatMap((r) => {
    const p = r.event.params as { list?: string; item?: number | string; sub?: string; bases?: string[] };
    return p.list && SKB_LISTS.includes(p.list) && p.item !== undefined ? [{ rule: r.name, list: p.list, item: p.item, sub: p.sub, bases: p.bases ?? [] }] : [];
  });

  it('exist for every item a rule cites, and are made only of words of that item as the registry quotes it', () => {
    expect(cited.length).toBeGreaterThan(30);
    for (const c of cited) {
      const key = keyFor(c.list, c.item, c.sub);
      expect(key, `${c.rule}: ${c.list} ${itemOf(c.item, c.sub)} has no key`).toBeDefined();
      const own = c.bases.filter((b) => b.startsWith('skb-2022/'));
      expect(own, `${c.rule} cites no SKB 2022 basis`).not.toEqual([]);
      const quoted = words(own.map((b) => law.bases[b]!.quote).join(' '));
      for (const w of key!.split('-')) expect(quoted.has(w), `${c.rule}: "${w}" of ${key} is not a word of ${own.join(', ')}`).toBe(true);
    }
  });

  it('are words, never numbers, and one key names one item of a list', () => {
    for (const list of SKB_LISTS) {
      const keys = Object.values(law.itemKeys[list] ?? {});
      expect(keys.length).toBeGreaterThan(6);
      for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('are carried by every finding of a keyed list, and only there, on every point of the decision space', () => {
    let keyed = 0;
    let points = 0;
    for (const point of enumerateDecisionSpace()) {
      points++;
      const r = classifySync(incidentFromFacts(point.facts));
      if (!r.ok) continue;
      for (const f of [...r.violations.map((v) => ({ ...v, sub: v.sub })), ...r.exemptions.map((e) => ({ ...e, sub: undefined }))]) {
        const want = keyFor(f.list, f.item, f.sub);
        expect(f.key, `${JSON.stringify(point.facts)}: ${f.list} ${f.item}`).toBe(want);
        if (want) keyed++;
      }
    }
    expect(points).toBeGreaterThan(40_000);
    expect(keyed).toBeGreaterThan(10_000);
  });
});

describe('item keys in packs', () => {
  const pack = (itemKeys: unknown, kind: 'law' | 'what-if' = 'law') => ({ id: 'keys-test', kind, title: { id: 'uji', en: 'test' }, itemKeys, rules: {} });
  const rejects = (p: unknown, re: RegExp) => {
    let error: unknown;
    try {
      createClassifier({ packs: [p] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).message).toMatch(re);
    expect((error as PackError).text.id).toMatch(/^paket keys-test/);
  };

  it('refuse a key for an unknown list, a number as a key, a second key for a keyed item and one key for two items', () => {
    rejects(pack({ no_such_list: { '1': 'satu-butir' } }), /unknown list no_such_list/);
    rejects(pack({ disiplin: { '13': 'butir-13' } }), /itemKeys/);
    rejects(pack({ disiplin: { '1': 'alat-peraga' } }), /disiplin 1 already has the key memasang-alat-peraga-calon; only a what-if/);
    rejects(pack({ disiplin: { '13': 'kegiatan-keberpihakan' } }), /disiplin 8 and 13 share the key kegiatan-keberpihakan/);
  });

  it('may be replaced by a what-if, and the findings then carry the new key', () => {
    const c = createClassifier({ packs: [pack({ disiplin: { '1': 'alat-peraga-calon' } }, 'what-if')] });
    const incident = { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' };
    const r = c.classifySync(incident);
    const plain = classifySync(incident);
    if (!r.ok || !plain.ok) throw new Error('invalid');
    expect(plain.violations.find((v) => v.list === 'disiplin')?.key).toBe('memasang-alat-peraga-calon');
    expect(r.violations.find((v) => v.list === 'disiplin')?.key).toBe('alat-peraga-calon');
    expect(c.itemKeys.disiplin?.['1']).toBe('alat-peraga-calon');
    expect(createClassifier({ packs: [whatIf()] }).itemKeys).toEqual(law.itemKeys);
  });
});

describe('a case names an item by its key', () => {
  it('reads "<list> <key>" as the numbered item, and a sub-item\'s key as its item', () => {
    const parsed = caseSchema.parse({ name: 'k', incident: {}, expect: { items: ['disiplin memasang-alat-peraga-calon', 'disiplin pendekatan-partai-politik', 'kode_etik kampanye-suami-istri-calon'] } });
    expect(parsed.expect.items).toEqual(['disiplin 1', 'disiplin 3', 'kode_etik 7']);
    expect(caseSchema.safeParse({ name: 'k', incident: {}, expect: { items: ['disiplin alat-peraga-tidak-ada'] } }).success).toBe(false);
  });
});
