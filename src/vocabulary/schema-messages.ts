/**
 * Messages that the library's schemas word themselves, in both languages. zod keeps one message per check, so a
 * schema carries the English and the Indonesian is looked up by it when an error is told in both (a case file, a
 * pack); a check that words its issue as it goes puts the Indonesian in the issue's `params.id`.
 */
import type * as z from 'zod/mini';
import type { Bilingual } from './text.js';

const INDONESIAN = new Map<string, string>();

/**
 * A schema's own message: its English, for the check, with its Indonesian kept for the error.
 * @example
 * ```ts
 * z.string().check(z.refine(isBasis, bilingualMessage(t('id dasar hukum tidak dikenal', 'unknown legal basis id'))));
 * ```
 * @internal
 */
export function bilingualMessage(message: Bilingual): string {
  INDONESIAN.set(message.en, message.id);
  return message.en;
}

/**
 * The Indonesian of an issue: its own (`params.id`), the schema's own message in Indonesian, or the message zod gave
 * the same issue in a parse in Indonesian (`IN_INDONESIAN`).
 * @example
 * ```ts
 * indonesianOf(issue, inIndonesian); // 'id dasar hukum tidak dikenal'
 * ```
 * @internal
 */
export function indonesianOf(issue: z.core.$ZodIssue, inIndonesian: z.core.$ZodIssue | undefined): string {
  const own = (issue as { params?: { id?: unknown } }).params?.id;
  if (typeof own === 'string') return own;
  return INDONESIAN.get(issue.message) ?? inIndonesian?.message ?? issue.message;
}
