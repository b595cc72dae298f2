/**
 * zod's messages in Bahasa Indonesia, as the library words them: zod's Indonesian locale, made as informative as the
 * English one where it says less. Named where a schema's issues reach a user as text in both languages (an incident,
 * a case file).
 */
import { id as idLocale } from 'zod/locales';

const zodId = idLocale().localeError;

/** The raw issue an error map receives: the issue, with the input at its path. */
type RawIssue = Parameters<typeof zodId>[0];

/**
 * Values as the English locale lists the options of a discriminator: `'a' | 'b'`.
 * @example
 * ```ts
 * quotedOptions(['pns', 'cpns']); // "'pns' | 'cpns'"
 * ```
 * @internal
 */
export const quotedOptions = (values: readonly unknown[]): string => values.map((o) => `'${String(o)}'`).join(' | ');

/**
 * The Indonesian messages: zod's Indonesian locale, made as informative as the English one where it says less. A
 * field that is absent says it must be filled in ("wajib diisi"); a bad discriminator (`act.kind`) lists the valid
 * values as the English message does; test/validation-messages.test.ts checks that every issue lists the same values in both.
 */
const indonesian = (issue: RawIssue): ReturnType<typeof zodId> => {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `Wajib diisi: diharapkan ${issue.expected}`;
      break;
    case 'invalid_value':
      if (input === undefined) {
        const values = issue.values.map((v) => JSON.stringify(v)).join('|');
        return issue.values.length === 1 ? `Wajib diisi: diharapkan ${values}` : `Wajib diisi: diharapkan salah satu dari ${values}`;
      }
      break;
    case 'invalid_union': {
      const raw = issue as { options?: unknown[]; discriminator?: PropertyKey; inclusive?: boolean };
      if (Array.isArray(raw.options) && raw.options.length > 0) {
        const value = raw.discriminator !== undefined && input !== null && typeof input === 'object' ? (input as Record<PropertyKey, unknown>)[raw.discriminator] : input;
        return `${value === undefined ? 'Wajib diisi' : 'Pilihan tidak valid'}: diharapkan salah satu dari ${quotedOptions(raw.options)}`;
      }
      if (raw.inclusive === false) return 'Input tidak valid: lebih dari satu pilihan cocok';
      break;
    }
    case 'unrecognized_keys':
      return `Kunci tidak dikenal: ${issue.keys.map((k) => `"${k}"`).join(', ')}`; // quoted as the English locale does
  }
  return zodId(issue);
};

/**
 * Parse options that give the library's Indonesian messages: `schema.safeParse(value, IN_INDONESIAN)`.
 * @example
 * ```ts
 * z.string().safeParse(undefined, IN_INDONESIAN).error?.issues[0]?.message; // 'Wajib diisi: diharapkan string'
 * ```
 * @internal
 */
export const IN_INDONESIAN = { error: indonesian } as const;
