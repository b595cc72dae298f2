/**
 * Help for analysts who write case files by hand: the item names they use (`KE-4`, `D-6`, `kode etik 4`) read as the
 * library's items (`kode_etik 4`, `disiplin 6`), and a field or value typed wrong in an incident named with the
 * nearest valid one ("did you mean") and the values the field takes.
 */
import { closest, distance } from 'fastest-levenshtein';
import { FACTS, FACT_NAMES } from '../incident/facts.js';
import type { ValidationIssue } from '../incident/errors.js';
import { t, type Bilingual } from '../vocabulary/text.js';

/** Item names as analysts write them, each with the list it means. */
const ALIASES: readonly { readonly pattern: RegExp; readonly list: string }[] = [
  { pattern: /^KE[-\s]*(\d+)$/i, list: 'kode_etik' },
  { pattern: /^D[-\s]*(\d+)$/i, list: 'disiplin' },
  { pattern: /^kode[\s_-]*etik[\s-]+(\S+)$/i, list: 'kode_etik' },
  { pattern: /^disiplin[\s-]+(\S+)$/i, list: 'disiplin' },
];

/**
 * An item as the library writes it (`"<list> <item>"`), from the names analysts use for the SKB 2022 items: `KE-4`,
 * `KE 4`, `kode etik 4`, `Kode Etik 4` and `kode_etik 4` are all `kode_etik 4`; `D-6`, `Disiplin 6` are `disiplin 6`.
 * Anything else is returned as it is (trimmed).
 * @example
 * ```ts
 * import { normaliseItem } from 'netralitas-asn/testing';
 * normaliseItem('KE-4');        // 'kode_etik 4'
 * normaliseItem('kode etik 4'); // 'kode_etik 4'
 * normaliseItem('D-6');         // 'disiplin 6'
 * normaliseItem('pp_94_2021 5.n.6'); // 'pp_94_2021 5.n.6'
 * ```
 */
export function normaliseItem(name: string): string {
  const text = name.trim().replace(/\s+/g, ' ');
  for (const { pattern, list } of ALIASES) {
    const m = pattern.exec(text);
    if (m) return `${list} ${m[1]}`;
  }
  return text;
}

/**
 * The nearest of the candidates to a mistyped word, when it is near enough to be a typo (at most a third of its
 * letters differ, and at most 3).
 * @example
 * ```ts
 * import { didYouMean } from 'netralitas-asn/testing';
 * didYouMean('employmnt', ['employment', 'cltn']); // 'employment'
 * didYouMean('xyz', ['employment', 'cltn']);       // undefined
 * ```
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  const d = distance(word.toLowerCase(), best.toLowerCase());
  return d <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}

/** Every field of an incident (dotted path) and the values it takes where they are a list. */
const FIELDS: ReadonlyMap<string, readonly (string | boolean)[] | undefined> = new Map<string, readonly (string | boolean)[] | undefined>([
  ...FACT_NAMES.map((f) => [FACTS[f].path, FACTS[f].domain as readonly (string | boolean)[]] as const),
  ['date', undefined],
  ['reference', undefined],
]);

/** The fields beside a path (the keys its parent object may have). */
const siblings = (path: string): string[] => {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
  const keys = new Set<string>();
  for (const field of FIELDS.keys()) {
    if (!field.startsWith(parent)) continue;
    keys.add(field.slice(parent.length).split('.')[0]!);
  }
  return [...keys];
};

/** The value at a dotted path of an input, where there is one. */
const valueAt = (input: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), input);

const list = (values: readonly (string | boolean)[]) => values.map((v) => String(v)).join(', ');

/**
 * The hint for one validation issue of a case's incident: a mistyped field or value named with the nearest valid one,
 * and the values the field takes; `undefined` where there is nothing to add to the issue's own message.
 * @example
 * ```ts
 * import { incidentHint } from 'netralitas-asn/testing';
 * const input = { actor: { employment: 'pn' }, act: { kind: 'party_membership' } };
 * incidentHint(input, { path: 'actor.employment', code: 'invalid_value', message: { id: '', en: '' } })?.en;
 * // "actor.employment: 'pn' is not a valid value; did you mean 'pns'? Valid values: pns, cpns, pppk, ..."
 * ```
 */
export function incidentHint(input: unknown, issue: ValidationIssue): Bilingual | undefined {
  const { path } = issue;
  if (issue.code === 'unrecognized_keys') {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const known = siblings(path);
    const guess = didYouMean(key, known);
    const names = known.join(', ');
    return guess
      ? t(`${path}: isian tidak dikenal; maksud Anda ${guess}? Isian yang dikenal di sini: ${names}.`, `${path}: unknown field; did you mean ${guess}? Known fields here: ${names}.`)
      : t(`${path}: isian tidak dikenal. Isian yang dikenal di sini: ${names}.`, `${path}: unknown field. Known fields here: ${names}.`);
  }
  const values = FIELDS.get(path);
  if (!values) return undefined;
  const given = valueAt(input, path);
  if (given === undefined) return t(`${path}: wajib diisi; nilai yang sah: ${list(values)}.`, `${path}: required; valid values: ${list(values)}.`);
  const guess = typeof given === 'string' ? didYouMean(given, values.map(String)) : undefined;
  const shown = typeof given === 'string' ? `'${given}'` : JSON.stringify(given);
  return guess
    ? t(
        `${path}: ${shown} bukan nilai yang sah; maksud Anda '${guess}'? Nilai yang sah: ${list(values)}.`,
        `${path}: ${shown} is not a valid value; did you mean '${guess}'? Valid values: ${list(values)}.`,
      )
    : t(`${path}: ${shown} bukan nilai yang sah. Nilai yang sah: ${list(values)}.`, `${path}: ${shown} is not a valid value. Valid values: ${list(values)}.`);
}
