/**
 * Presumptions a caller may state for facts a report leaves unsaid (issue 20, part 1). They are law data, read from
 * law/presumptions.json (bundled by scripts/generate-data.mjs): each with the value presumed, its other value, why it
 * is safe, its source and the legal bases whose outcome turns on it. Each is reversible: the result lists the
 * presumptions it relied on and the outcome had each one taken its other value.
 */
import * as z from 'zod/mini';
import { LAW_FILES } from './generated/data.js';
import { isLegalBasisId } from './legal-bases.js';
import type { Bilingual } from '../vocabulary/text.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

const valueSchema = z.union([z.string().check(z.minLength(1)), z.boolean()]);

/** The shape of law/presumptions.json (checked when the package is built; not bundled where only read). */
const presumptionsFileSchema = /* @__PURE__ */ z.object({
  $comment: z.optional(z.string()),
  presumptions: z
    .array(
      z.strictObject({
        path: z.string().check(z.regex(/^[a-z]+\.[a-zA-Z]+$/)),
        name: z.string().check(z.regex(/^[a-z][a-zA-Z]*$/)),
        presumed: valueSchema,
        other: valueSchema,
        reason: z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
        source: z.string().check(z.minLength(1)),
        bases: z.array(z.string().check(z.refine(isLegalBasisId, 'unknown legal basis id'))).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

/** law/presumptions.json, as its schema reads it. */
type PresumptionsFile = z.infer<typeof presumptionsFileSchema>;

/**
 * One presumption offered for batch work.
 * @example
 * ```ts
 * import { PRESUMPTIONS, type Presumption } from 'netralitas-asn';
 * const cltn: Presumption = PRESUMPTIONS['actor.cltn']!;
 * cltn.bases.includes('skb-2022/ke-7'); // true
 * ```
 */
export interface Presumption {
  /** The incident path presumed, e.g. `target.relation`. */
  readonly path: string;
  /** Its short name on the command line and the service (`relation=none`). */
  readonly name: string;
  /** The value presumed. */
  readonly presumed: string | boolean;
  /** The other value, whose outcome the result gives. */
  readonly other: string | boolean;
  /** Why the presumption is safe, in both languages. */
  readonly reason: Bilingual;
  /** Where the reason comes from. */
  readonly source: string;
  /** The legal bases whose outcome turns on the fact (ids of the legal registry). */
  readonly bases: readonly string[];
}

/**
 * The presumptions of a presumptions file, by path, with the checks between presumptions; throws an error naming the
 * file and the presumption. The shipped file is taken as it is: its schema is checked when the package is built
 * (scripts/generate-data.mjs, through {@link checkPresumptions}).
 * @internal
 */
export function presumptionsOf(file: PresumptionsFile): Readonly<Record<string, Presumption>> {
  const out: Record<string, Presumption> = {};
  for (const p of file.presumptions) {
    if (typeof p.presumed !== typeof p.other || p.presumed === p.other) throw new Error(`law/presumptions.json: ${p.path}: presumed and other must be two values of one type`);
    if (Object.hasOwn(out, p.path) || Object.values(out).some((q) => q.name === p.name)) throw new Error(`law/presumptions.json: ${p.path} twice`);
    out[p.path] = p;
  }
  return Object.freeze(out);
}

/**
 * A presumptions file checked with its schema, then as {@link presumptionsOf} reads it (the build and the tests check
 * the shipped file this way).
 * @internal
 */
export function checkPresumptions(raw: unknown): Readonly<Record<string, Presumption>> {
  const parsed = presumptionsFileSchema.safeParse(raw, IN_ENGLISH);
  if (!parsed.success) throw new Error(`law/presumptions.json: ${z.prettifyError(parsed.error)}`);
  return presumptionsOf(parsed.data);
}

/**
 * The presumptions offered for batch work, by incident path, as law/presumptions.json gives them.
 * @example
 * ```ts
 * import { PRESUMPTIONS } from 'netralitas-asn';
 * PRESUMPTIONS['actor.cltn']?.presumed; // false
 * ```
 */
export const PRESUMPTIONS: Readonly<Record<string, Presumption>> = presumptionsOf(LAW_FILES['presumptions'] as PresumptionsFile);

/**
 * The zod schema of the `presume` option: only the paths of {@link PRESUMPTIONS}, each with its presumed or its other
 * value.
 * @example
 * ```ts
 * import { presumeSchema } from 'netralitas-asn';
 * presumeSchema.safeParse({ 'target.relation': 'none' }).success; // true
 * presumeSchema.safeParse({ 'target.kin': 'none' }).success; // false
 * ```
 */
export const presumeSchema = z.strictObject(
  Object.fromEntries(Object.values(PRESUMPTIONS).map((p) => [p.path, z.optional(z.literal([p.presumed, p.other] as [string | boolean, string | boolean]))])),
) as unknown as z.ZodMiniType<Presume>;

/**
 * The `presume` option of `classify` and `classifySync`: incident paths to the value presumed.
 * @example
 * ```ts
 * import type { Presume } from 'netralitas-asn';
 * const presume: Presume = { 'target.relation': 'none', 'actor.cltn': false };
 * ```
 */
export type Presume = { readonly [path: string]: string | boolean | undefined };

/**
 * A presumption path: a key of {@link PRESUMPTIONS}, such as `target.relation` or `actor.cltn`.
 * @example
 * ```ts
 * import type { PresumptionPath } from 'netralitas-asn';
 * const path: PresumptionPath = 'actor.cltn';
 * ```
 */
export type PresumptionPath = string;
