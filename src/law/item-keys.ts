/**
 * Descriptive, stable keys of list items (the packs' `itemKeys`): words of an item's own text, never its number,
 * because reproductions of the SKB 2022 matrix number its items differently.
 */
import { BUILT_IN_PACKS } from './generated/data.js';

/** Item keys by list and item (`"3"`, or `"3.a"` for a sub-item). */
export type ItemKeys = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The item keys of the given packs, later packs over earlier ones (as the law loads them; the law's builder checks
 * them).
 * @example
 * ```ts
 * joinItemKeys([{ itemKeys: { disiplin: { '1': 'memasang-alat-peraga-calon' } } }]).disiplin?.['1']; // 'memasang-alat-peraga-calon'
 * ```
 * @internal
 */
export function joinItemKeys(packs: readonly unknown[]): ItemKeys {
  const joined: Record<string, Record<string, string>> = {};
  for (const pack of packs) {
    const keys = (pack as { itemKeys?: Record<string, Record<string, string>> }).itemKeys ?? {};
    for (const [list, items] of Object.entries(keys)) Object.assign((joined[list] ??= {}), items);
  }
  return joined;
}

/**
 * The item keys of the built-in law.
 * @example
 * ```ts
 * BUILT_IN_ITEM_KEYS.disiplin?.['1']; // 'memasang-alat-peraga-calon'
 * ```
 * @internal
 */
export const BUILT_IN_ITEM_KEYS: ItemKeys = joinItemKeys(BUILT_IN_PACKS);
