/**
 * zod's English messages, named where a schema's issues reach a user as text (a pack, a case file, the server's
 * options): the library's schemas are built with zod/mini, which, unlike zod's classic API, sets no locale when it is
 * imported, so without this the messages would read "Invalid input" or, in a program that also imports zod's classic
 * API, whatever locale that program configured.
 */
import { en } from 'zod/locales';

/**
 * Parse options that give zod's English messages: `schema.safeParse(value, IN_ENGLISH)`.
 * @example
 * ```ts
 * z.string().safeParse(1, IN_ENGLISH).error?.issues[0]?.message; // 'Invalid input: expected string, received number'
 * ```
 * @internal
 */
export const IN_ENGLISH = { error: en().localeError } as const;
