/**
 * Law packs: law as data loaded at run time. A pack is JSON (or YAML parsed by the caller) holding rule files in the
 * json-rules-engine format of `rules/`, citing legal bases of the registry by id. A `law` pack adds rules beside the
 * built-in law and may not touch it; a `what-if` pack (an analyst's reform, as OpenFisca's reforms) may also replace
 * or remove built-in rules, and says so in its kind. A pack is validated whole before any of it is used: one bad
 * rule rejects the pack, with an error naming the pack, the file, the rule and the field, in Bahasa Indonesia and
 * English. Packs are never executed: rules use only the operators of the built-in rules (`equal`, `in`).
 *
 * This first step takes rule files only; a pack's own regions, elections, bases, sanctions and tracks are the next
 * (see the README, "Law packs").
 */
import * as z from 'zod';
import type { Bilingual } from '../vocabulary/text.js';
import { loadRules, validateRuleFiles, type LoadedRule } from './rule-files.js';

/**
 * Largest pack accepted, in characters of its JSON text.
 * @example
 * ```ts
 * import { PACK_SIZE_LIMIT } from 'netralitas-asn';
 * PACK_SIZE_LIMIT; // 1000000
 * ```
 */
export const PACK_SIZE_LIMIT = 1_000_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const packSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
  kind: z.enum(['law', 'what-if']),
  title: z.strictObject({ id: z.string().min(1), en: z.string().min(1) }),
  /** Rule files by name (lowercase, hyphens), each as a file of `rules/`. */
  rules: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'), z.unknown()),
  /** Names of built-in rules a what-if removes. */
  remove: z.array(z.string().min(1)).optional(),
});

/**
 * A law pack as written: `{ id, kind: 'law' | 'what-if', title: { id, en }, rules: { [file]: RuleFile }, remove? }`.
 * @example
 * ```ts
 * import type { LawPack } from 'netralitas-asn';
 * const pack: LawPack = { id: 'my-region', kind: 'law', title: { id: 'SE contoh', en: 'Example circular' }, rules: {} };
 * ```
 */
export type LawPack = z.input<typeof packSchema>;

/**
 * A pack that could not be loaded: the pack, and where available the file, the rule and the field, with a bilingual
 * message. Nothing of a rejected pack is loaded.
 * @example
 * ```ts
 * import { createClassifier, PackError } from 'netralitas-asn';
 * try { createClassifier({ packs: [{ id: 'x', kind: 'law', title: { id: 'x', en: 'x' }, rules: { a: {} } }] }); }
 * catch (e) { if (e instanceof PackError) e.pack; } // 'x'
 * ```
 */
export class PackError extends Error {
  /** The bilingual message. */
  readonly text: Bilingual;
  constructor(
    readonly pack: string,
    readonly detail: string,
    id: string,
  ) {
    super(`pack ${pack}: ${detail}`);
    this.name = 'PackError';
    this.text = { id: `paket ${pack}: ${id}`, en: `pack ${pack}: ${detail}` };
  }
}

function forbiddenKey(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}${key}`;
    const inner = forbiddenKey((value as Record<string, unknown>)[key], `${path}${key}.`);
    if (inner) return inner;
  }
  return undefined;
}

/** The rules of the law with the given packs: the built-in rules, changed by what-ifs, then each pack's own. @internal */
export interface LoadedLaw {
  readonly rules: readonly LoadedRule[];
  readonly byName: ReadonlyMap<string, LoadedRule>;
  readonly packs: readonly string[];
}

/**
 * Validates the packs, all or nothing, and joins them with the built-in law. Throws {@link PackError}.
 * @internal
 */
export function loadLaw(packs: readonly unknown[]): LoadedLaw {
  const builtIn = loadRules();
  let rules: LoadedRule[] = [...builtIn.rules];
  const ids = new Set<string>();
  for (const raw of packs) {
    const label = typeof (raw as { id?: unknown })?.id === 'string' ? String((raw as { id: string }).id) : '(no id)';
    let text: string | undefined;
    try {
      text = JSON.stringify(raw);
    } catch {
      text = undefined;
    }
    if (text === undefined) throw new PackError(label, 'not JSON data', 'bukan data JSON');
    if (text.length > PACK_SIZE_LIMIT)
      throw new PackError(label, `over the size limit of ${PACK_SIZE_LIMIT} characters`, `melebihi batas ukuran ${PACK_SIZE_LIMIT} karakter`);
    const key = forbiddenKey(raw, '');
    if (key) throw new PackError(label, `forbidden key ${key}`, `kunci terlarang ${key}`);
    const parsed = packSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new PackError(label, `field ${issue.path.join('.') || '(root)'}: ${issue.message}`, `bidang ${issue.path.join('.') || '(akar)'}: ${issue.message}`);
    }
    const pack = parsed.data;
    if (ids.has(pack.id)) throw new PackError(pack.id, 'loaded twice', 'dimuat dua kali');
    ids.add(pack.id);
    let loaded: LoadedRule[];
    try {
      loaded = validateRuleFiles(
        Object.fromEntries(Object.entries(pack.rules).map(([file, v]) => [`${pack.id}/${file}`, v])),
        (file) => `file ${file.slice(pack.id.length + 1)}`,
      ).rules;
    } catch (error) {
      const detail = (error as Error).message;
      throw new PackError(pack.id, detail, detail.replace(/^file /, 'berkas ').replace(/ rule /, ' aturan '));
    }
    const current = new Set(rules.map((r) => r.name));
    const builtInNames = new Set(builtIn.rules.map((r) => r.name));
    if (pack.kind === 'law') {
      if (pack.remove?.length)
        throw new PackError(pack.id, 'only a what-if pack may remove built-in rules', 'hanya paket what-if yang boleh menghapus aturan bawaan');
      const clash = loaded.find((r) => current.has(r.name));
      if (clash)
        throw new PackError(
          pack.id,
          `rule ${clash.name} clashes with a loaded rule; only a what-if pack may replace built-in law`,
          `aturan ${clash.name} bentrok dengan aturan yang sudah dimuat; hanya paket what-if yang boleh mengganti hukum bawaan`,
        );
      rules = [...rules, ...loaded];
    } else {
      const missing = (pack.remove ?? []).find((name) => !builtInNames.has(name));
      if (missing) throw new PackError(pack.id, `removes ${missing}, which is not a built-in rule`, `menghapus ${missing}, yang bukan aturan bawaan`);
      const removed = new Set(pack.remove ?? []);
      const replaced = new Map(loaded.filter((r) => builtInNames.has(r.name)).map((r) => [r.name, r]));
      const clash = loaded.find((r) => !builtInNames.has(r.name) && current.has(r.name));
      if (clash) throw new PackError(pack.id, `rule ${clash.name} clashes with another pack's rule`, `aturan ${clash.name} bentrok dengan aturan paket lain`);
      rules = [
        ...rules.filter((r) => !removed.has(r.name)).map((r) => replaced.get(r.name) ?? r),
        ...loaded.filter((r) => !builtInNames.has(r.name)),
      ];
    }
  }
  return { rules, byName: new Map(rules.map((r) => [r.name, r])), packs: [...ids] };
}
