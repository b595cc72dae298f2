/**
 * The words for a malformed case: each issue zod finds in a case, in Bahasa Indonesia and English, with the nearest
 * valid name where a field or a value is mistyped ("did you mean").
 */
import type * as z from 'zod/mini';
import { t, type Bilingual } from '../vocabulary/text.js';
import { IN_INDONESIAN } from '../vocabulary/zod-indonesian.js';
import { indonesianOf } from '../vocabulary/schema-messages.js';
import { didYouMean } from './case-hints.js';

/** A message in error text: the first line of the zod message. */
const firstLine = (text: string) => text.split('\n')[0]!;

/** The definition zod keeps of a schema, as far as this walk reads it. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly innerType?: { _zod: { def: Def } };
  readonly element?: { _zod: { def: Def } };
  readonly in?: { _zod: { def: Def } };
  readonly out?: { _zod: { def: Def } };
}

/** The keys an object of the schema may have at a path of its input, or none where it is not an object. */
function keysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = () => {
    for (;;) {
      if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) def = def.innerType._zod.def;
      else if (def.type === 'pipe' && def.out) def = (def.out._zod.def.type === 'transform' ? def.in! : def.out)._zod.def;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) def = def.shape[key]._zod.def;
    else if (def.type === 'array' && def.element && typeof key === 'number') def = def.element._zod.def;
    else return [];
  }
  unwrap();
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The value at a path of an input, where there is one. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);

/** "did you mean" for an issue, where a key or a value is near a valid one. */
function guessFor(schema: z.ZodMiniType, raw: unknown, issue: z.core.$ZodIssue): Bilingual | undefined {
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(schema, issue.path);
    const guesses = issue.keys.flatMap((key) => {
      const guess = didYouMean(key, known);
      return guess === undefined ? [] : [[key, guess] as const];
    });
    if (guesses.length === 0) return undefined;
    if (issue.keys.length === 1) return t(`maksud Anda "${guesses[0]![1]}"?`, `did you mean "${guesses[0]![1]}"?`);
    const pairs = guesses.map(([key, guess]) => `"${key}" → "${guess}"`).join(', ');
    return t(`maksud Anda ${pairs}?`, `did you mean ${pairs}?`);
  }
  if (issue.code === 'invalid_value') {
    const given = valueAt(raw, issue.path);
    const guess = typeof given === 'string' ? didYouMean(given, issue.values.map(String)) : undefined;
    return guess === undefined ? undefined : t(`maksud Anda "${guess}"?`, `did you mean "${guess}"?`);
  }
  return undefined;
}

/**
 * What is wrong with one case, per issue of its parse, in both languages: zod's English and the library's Indonesian,
 * the schema's own messages in both, and the nearest valid key or value of a mistyped one.
 * @example
 * ```ts
 * const issues = caseSchema.safeParse(raw, IN_ENGLISH).error!.issues;
 * caseIssueTexts(caseSchema, raw, issues)[0]?.en; // 'Unrecognized key: "verdikt"; did you mean "verdict"?'
 * ```
 * @internal
 */
export function caseIssueTexts(schema: z.ZodMiniType, raw: unknown, issues: readonly z.core.$ZodIssue[]): Bilingual[] {
  // The same parse in Indonesian gives the same issues in the same order (test/case-file-messages.test.ts).
  const inIndonesian = schema.safeParse(raw, IN_INDONESIAN);
  const idIssues = inIndonesian.success ? [] : inIndonesian.error.issues;
  return issues.map((issue, i) => {
    const en = firstLine(issue.message);
    const id = firstLine(indonesianOf(issue, idIssues[i]));
    const guess = guessFor(schema, raw, issue);
    return guess === undefined ? t(id, en) : t(`${id}; ${guess.id}`, `${en}; ${guess.en}`);
  });
}
