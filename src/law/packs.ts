/**
 * Law packs: all law as data, loaded at run time through one path. A pack is JSON or YAML data (never code): rule
 * files in the json-rules-engine format, the legal documents and bases they cite, and optionally the regions it binds,
 * the lists its items belong to, election calendars and regions' own election cycles. The national law and each
 * regional circular shipped with the package are packs (`packs/`), loaded by default through the same path as a
 * user's own.
 *
 * A `law` pack adds to the law loaded before it and may not touch it; a `what-if` pack (an analyst's reform, as
 * OpenFisca's reforms) may also replace or remove loaded rules, and says so in its kind. A pack is validated whole
 * before any of it is used; one bad entry rejects the pack, with an error naming the pack, the file, the rule and the
 * field, in Bahasa Indonesia and English.
 */
import * as z from 'zod/mini';
import { CONFIDENCES } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { bilingualMessage, indonesianOf } from '../vocabulary/schema-messages.js';
import { VALUE_ID_FORM } from './id-messages.js';
import { IN_INDONESIAN } from '../vocabulary/zod-indonesian.js';
import { once } from '../present/lazy-object.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

/**
 * Largest pack accepted, in characters of its JSON text.
 * @example
 * ```ts
 * import { PACK_SIZE_LIMIT } from 'netralitas-asn';
 * PACK_SIZE_LIMIT; // 1000000
 * ```
 */
export const PACK_SIZE_LIMIT = 1_000_000;

/**
 * zod's parse options for law data, which is parsed once per law: the fast path zod compiles for an object schema on
 * its first parse costs more than it saves on a schema used a few times (about a sixth of building the built-in law,
 * which is most of a fresh process's first classification; issue 12). The same result either way. Messages in English
 * (see {@link IN_ENGLISH}).
 * @internal
 */
export const PARSE_ONCE = { jitless: true, ...IN_ENGLISH } as const;

/**
 * The first issue of a parse with {@link PARSE_ONCE} that failed, with its message in both languages (the parse is
 * made again in Indonesian, on this path only).
 * @example
 * ```ts
 * const parsed = schema.safeParse(raw, PARSE_ONCE);
 * if (!parsed.success) firstIssue(schema, raw, parsed.error.issues).text.id;
 * ```
 * @internal
 */
export function firstIssue(schema: z.ZodMiniType, raw: unknown, issues: readonly z.core.$ZodIssue[]): { issue: z.core.$ZodIssue; text: Bilingual } {
  const issue = issues[0]!;
  const again = schema.safeParse(raw, { jitless: true, ...IN_INDONESIAN });
  return { issue, text: t(indonesianOf(issue, again.success ? undefined : again.error.issues[0]), issue.message) };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A text in both languages, as pack data writes it. @internal */
export const bilingual = z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
/** A day, as pack data writes it. @internal */
export const day = z.iso.date();
/** The schema of a pack as written, built on first use (only a user's packs are parsed at run time). */
const packSchema = /* @__PURE__ */ once(() => {
  const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, bilingualMessage(t('huruf kecil, angka dan tanda hubung', 'lowercase letters, digits and hyphens'))));
  /** Ids that become values of the incident (regions) or of results (lists): lowercase with underscores. */
  const valueId = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, bilingualMessage(VALUE_ID_FORM)));

  const documentSchema = z.strictObject({
    short: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    level: z.enum(['national', 'regional', 'secondary']),
    inForceFrom: z.optional(day),
    inForceUntil: z.optional(day),
    supersededBy: z.optional(z.string().check(z.minLength(1))),
    source: z.string().check(z.minLength(1)),
  });

  const basisSchema = z.strictObject({
    document: z.string().check(z.minLength(1)),
    article: z.string().check(z.minLength(1)),
    quote: z.string().check(z.minLength(1)),
    source: z.string().check(z.minLength(1)),
    confidence: z.enum(CONFIDENCES),
    inForceFrom: z.optional(day),
    inForceUntil: z.optional(day),
    supersededBy: z.optional(z.string().check(z.minLength(1))),
  });

  return z.strictObject({
    id: slug,
    kind: z.enum(['law', 'what-if']),
    title: bilingual,
    /** What the pack holds and leaves out, for its readers (not shown in results). */
    description: z.optional(bilingual),
    /**
     * How faithful the pack's text is to the signed instrument (e.g. "news reproduction, signed text not seen"); it
     * travels into every finding of the pack's rules.
     */
    fidelity: z.optional(bilingual),
    /**
     * Caveats a result must carry for an actor of the pack's regions: parts of the instrument known only as a summary,
     * and therefore not rules.
     */
    notes: z.optional(z.array(bilingual)),
    /** Local procedure the instrument names for a region (complaint channels, reporting duties), with its bases. */
    procedures: z.optional(z.array(z.strictObject({ region: z.string().check(z.minLength(1)), text: bilingual, bases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }))),
    /** Regions the pack declares, with their labels: they become values of `actor.region`. */
    regions: z.optional(z.record(valueId, bilingual)),
    /** Lists the pack's items belong to, with their labels. */
    lists: z.optional(z.record(valueId, bilingual)),
    /**
     * Descriptive, stable keys of a list's items, by item (`"3"`, or `"3.a"` for a sub-item): words of the item's own
     * text, never its number, since reproductions of a list number its items differently (update 2026-12 §1.2,
     * consequence 1). A finding of the item carries its key.
     */
    itemKeys: z.optional(z.record(valueId, z.record(z.string().check(z.regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)?$/)), z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/, bilingualMessage(t('kata berhuruf kecil yang digabung tanda hubung, tanpa angka', 'lowercase words joined by hyphens, without digits'))))))),
    /** Legal documents, by id. */
    documents: z.optional(z.record(slug, documentSchema)),
    /** Legal bases, by id (`<document>/<article>`). */
    bases: z.optional(z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9./-]*$/)), basisSchema)),
    /** Sanction data (`sanctions.json`): sanction ids a rule may name, and in the national pack the employment regimes. */
    sanctions: z.optional(z.unknown()),
    /** Track data (`tracks.json`): the national pack's handling tracks. */
    tracks: z.optional(z.unknown()),
    /** Election calendars (`elections/<election>.json`). */
    elections: z.optional(z.array(z.unknown())),
    /** Regions' own cycles of an election loaded before or in this pack. */
    cycles: z.optional(z.array(z.unknown())),
    /** Rule files by name, each in the json-rules-engine format. */
    rules: z._default(z.record(slug, z.unknown()), {}),
    /** Names of loaded rules a what-if removes. */
    remove: z.optional(z.array(z.string().check(z.minLength(1)))),
  });
});

/**
 * A law pack as written: `{ id, kind: 'law' | 'what-if', title: { id, en }, rules: { [file]: RuleFile }, regions?,
 * lists?, documents?, bases?, sanctions?, tracks?, elections?, cycles?, fidelity?, notes?, remove? }`. See the README, "Law packs".
 * @example
 * ```ts
 * import type { LawPack } from 'netralitas-asn';
 * const pack: LawPack = { id: 'my-region', kind: 'law', title: { id: 'SE contoh', en: 'Example circular' }, rules: {} };
 * ```
 */
export type LawPack = z.input<ReturnType<typeof packSchema>>;

/** A pack after its own schema check. @internal */
export type ParsedPack = z.output<ReturnType<typeof packSchema>>;

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

/** The field path of a zod issue, for messages. @internal */
export const issuePath = (issue: z.core.$ZodIssue, root = '(root)'): string => issue.path.map(String).join('.') || root;

/**
 * The first checks of a pack, before anything of it is used: JSON data, within the size limit, no prototype keys, and
 * the pack schema. Throws {@link PackError}.
 * @internal
 */
export function parsePack(raw: unknown): ParsedPack {
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
  const parsed = packSchema().safeParse(raw, PARSE_ONCE);
  if (!parsed.success) {
    const { issue, text } = firstIssue(packSchema(), raw, parsed.error.issues);
    throw new PackError(label, `field ${issuePath(issue)}: ${text.en}`, `bidang ${issuePath(issue, '(akar)')}: ${text.id}`);
  }
  return parsed.data;
}
