/**
 * The words a classification result carries, in both languages: the question for each missing fact, and the names a
 * sentence of the explanation, a note or an alternative uses for an id (a fact and its value, a listed item, a rule,
 * a legal basis, a sanction level, a calendar entry). No prose of a result shows a raw id or a field path
 * (test/prose-ids.test.ts checks every point of the decision space).
 */
import type { CalendarEntry } from '../law/calendar.js';
import { defaultLaw, type Law } from '../law/law.js';
import type { FactName, FactValue } from '../incident/facts.js';
import type { LegalBasisId } from '../law/legal-bases.js';
import type { LoadedRule } from '../law/rule-files.js';
import type { ListId, SanctionLevel } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { FIELD_LABELS, VALUE_LABELS, valueLabel } from './labels.js';

// The one place the result reaches up for words (decide/ imports present/ here only, as it imported questions.ts).
export { questionFor, type Question } from './questions.js';

/**
 * Joins bilingual parts with a separator.
 * @example
 * ```ts
 * joined([t('satu', 'one'), t('dua', 'two')], '; '); // { id: 'satu; dua', en: 'one; two' }
 * ```
 * @internal
 */
export function joined(parts: readonly Bilingual[], separator: string): Bilingual {
  // A plain loop: this runs many times for every result, and V8 inlined each array method with its callback into
  // every caller it was itself inlined in (issue 12).
  let id = '';
  let en = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      id += separator;
      en += separator;
    }
    id += parts[i]!.id;
    en += parts[i]!.en;
  }
  return t(id, en);
}

/**
 * The short name of a fact's field.
 * @example
 * ```ts
 * fieldWords('activeSupport').id; // 'Dukungan aktif'
 * ```
 * @internal
 */
export const fieldWords = (fact: FactName): Bilingual => FIELD_LABELS[fact];

/**
 * The label of a value of a fact (its id only where the value has no label, which the schema does not let in).
 * @example
 * ```ts
 * valueWords('stage', 'bakal_calon').en; // 'Bakal calon (before the KPU determined the candidates)'
 * ```
 * @internal
 */
export const valueWords = (fact: FactName, value: FactValue, law?: Law): Bilingual => valueLabel(fact, value, law) ?? t(String(value), String(value));

/**
 * A fact and the values it takes, as "field = value / value".
 * @example
 * ```ts
 * factWords('relation', ['spouse']).id; // 'Hubungan dengan calon = Suami/istri calon'
 * ```
 * @internal
 */
export const factWords = (fact: FactName, values: readonly FactValue[], law?: Law): Bilingual => {
  const field = fieldWords(fact);
  const named = joined(values.map((v) => valueWords(fact, v, law)), ' / ');
  return t(`${field.id} = ${named.id}`, `${field.en} = ${named.en}`);
};

/**
 * A listed item: the list's label and the item number (`angka` in the Indonesian numbering, `item` in English).
 * @example
 * ```ts
 * itemWords('kode_etik', 7).en; // 'SKB 2022: kode etik breaches, item 7'
 * ```
 * @internal
 */
export const itemWords = (list: ListId | (string & {}), item: number | string, sub?: string, law: Law = defaultLaw()): Bilingual => {
  const label = law.listLabels[list] ?? t(list, list);
  const number = `${String(item)}${sub ? ` ${sub}` : ''}`;
  return t(`${label.id}, angka ${number}`, `${label.en}, item ${number}`);
};

/**
 * An item written as `"<list> <item>"` (the form of `Alternative.items`).
 * @example
 * ```ts
 * itemKeyWords('kode_etik 7').id; // 'SKB 2022: pelanggaran kode etik, angka 7'
 * ```
 * @internal
 */
export const itemKeyWords = (key: string, law: Law = defaultLaw()): Bilingual => {
  const space = key.indexOf(' ');
  const list = key.slice(0, space);
  return Object.hasOwn(law.listLabels, list) ? itemWords(list, key.slice(space + 1), undefined, law) : t(key, key);
};

/**
 * A legal basis: its instrument's short name and the article.
 * @example
 * ```ts
 * basisWords('skb-2022/d-1').id; // 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 1'
 * ```
 * @internal
 */
export const basisWords = (id: LegalBasisId | (string & {}), law: Law = defaultLaw()): Bilingual => {
  const basis = law.bases[id];
  if (!basis) return t(id, id);
  const text = `${law.documents[basis.document]?.short ?? basis.document} ${basis.article}`;
  return t(text, text);
};

/**
 * Several legal bases, joined.
 * @example
 * ```ts
 * basesWords(['skb-2022/d-8']).en; // 'SKB 2022 Lampiran, Pelanggaran Disiplin angka 8'
 * ```
 * @internal
 */
export const basesWords = (ids: readonly LegalBasisId[], law?: Law): Bilingual => joined(ids.map((id) => basisWords(id, law)), '; ');

/**
 * A rule: the item it decides, or where it decides none (scope, election crimes, records, guidance) its first basis.
 * @example
 * ```ts
 * ruleWords(loadRules().byName.get('skb-2022/d-1')!).id; // 'SKB 2022: pelanggaran disiplin, angka 1'
 * ```
 * @internal
 */
export const ruleWords = (rule: LoadedRule, law?: Law): Bilingual => {
  const p = rule.event.params as { list?: ListId; item?: number | string; sub?: string; bases?: readonly LegalBasisId[] };
  if (p.list !== undefined && p.item !== undefined) return itemWords(p.list, p.item, p.sub, law);
  const first = p.bases?.[0];
  return first !== undefined ? basisWords(first, law) : t(rule.name, rule.name);
};

/**
 * The label of a sanction level.
 * @example
 * ```ts
 * levelWords('berat').id; // 'Hukuman disiplin berat'
 * ```
 * @internal
 */
export const levelWords = (level: SanctionLevel): Bilingual => VALUE_LABELS.sanctionLevel[level];

/**
 * A calendar entry: the election's title, what happened on the entry's day, and the day.
 * @example
 * ```ts
 * entryWords({ election: 'pilkada_2024', entry: 'campaign', date: '2024-09-25', confidence: 'medium', source: '' }).en;
 * // '2024 Simultaneous Regional Head Elections calendar: start of the campaign period, 2024-09-25'
 * ```
 * @internal
 */
export const entryWords = (entry: CalendarEntry, law: Law = defaultLaw()): Bilingual => {
  const calendar = law.calendars.get(entry.election)!;
  // A region's own cycle names its own determinations.
  const cycle = entry.cycle && law.cycles.get(entry.election)?.get(entry.cycle.region)?.find((c) => c.id === entry.cycle!.id);
  const determination = (cycle ?? calendar).determinations.find((d) => d.id === entry.entry);
  const what =
    determination?.label ??
    (entry.entry === 'campaign'
      ? t('awal masa kampanye', 'start of the campaign period')
      : entry.entry === 'quietPeriod'
        ? t('awal masa tenang', 'start of the quiet period')
        : t('hari pemungutan suara', 'voting day'));
  return t(
    `kalender ${calendar.title.id}: ${determination ? what.id.charAt(0).toLowerCase() + what.id.slice(1) : what.id}, ${entry.date}`,
    `${calendar.title.en} calendar: ${determination ? what.en.charAt(0).toLowerCase() + what.en.slice(1) : what.en}, ${entry.date}`,
  );
};
