/**
 * Validation of untrusted input, with typed, bilingual errors that name the field. Nothing here throws.
 */
import type { z } from 'zod/mini';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';
import { IN_INDONESIAN, quotedOptions as options } from '../vocabulary/zod-indonesian.js';
import { incidentSchema, type Incident, type IncidentSchema } from './schema.js';
import { t, type Bilingual } from '../vocabulary/text.js';

/**
 * One problem with the input: the dotted path of the field, a machine-readable code and a bilingual message.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
 * if (!r.ok) r.error.issues.map((i) => `${i.path}: ${i.code}`); // ['actor.employment: invalid_value']
 * ```
 */
export interface ValidationIssue {
  /**
   * Dotted path of the field (`actor.employment`), empty for the whole input. A key that is empty or contains a dot
   * is written as a JSON string (`actor."a.b"`).
   */
  readonly path: string;
  /** Machine-readable code (zod's issue code, or `office_not_in_election`, `input_too_large`). */
  readonly code: string;
  /** What is wrong, in both languages. */
  readonly message: Bilingual;
}

/**
 * The answer for invalid input: `ok: false` and the issues, each naming its field.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
 * if (!r.ok) r.error.issues[0]?.path; // 'actor.employment'
 * ```
 */
export interface InvalidIncident {
  /** Always `false`. */
  readonly ok: false;
  /** The error. */
  readonly error: {
    /** Always `invalid_incident`. */
    readonly code: 'invalid_incident';
    /** Summary in both languages. */
    readonly message: Bilingual;
    /** Every problem found. */
    readonly issues: readonly ValidationIssue[];
  };
}

/**
 * Largest accepted input, as JSON text length; larger input is rejected with the code `input_too_large`.
 * @example
 * ```ts
 * import { MAX_INPUT_CHARS, validateIncident } from 'netralitas-asn';
 * MAX_INPUT_CHARS; // 16384
 * const v = validateIncident({ reference: 'x'.repeat(MAX_INPUT_CHARS), actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * if (!v.ok) v.error.issues[0]?.code; // 'input_too_large'
 * ```
 */
export const MAX_INPUT_CHARS = 16_384;

const en = IN_ENGLISH.error;
const id = IN_INDONESIAN.error;

/** A path segment as written in a dotted path: quoted (JSON) when empty or when it contains a dot. */
const segment = (key: PropertyKey): string => {
  const text = String(key);
  return text === '' || text.includes('.') ? JSON.stringify(text) : text;
};

const pathOf = (path: readonly PropertyKey[]): string => path.map(segment).join('.');

function customMessage(issue: z.core.$ZodIssue): Bilingual | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = (issue as { params?: { reason?: string; office?: string; election?: string; title?: Bilingual; offices?: readonly string[] } }).params;
  if (params?.reason === 'office_not_in_election') {
    // The election by its title; the office and the offices it fills as the values the field takes, quoted.
    const title = params.title ?? t(String(params.election), String(params.election));
    const offered = options(params.offices ?? []);
    return t(
      `Jabatan '${params.office}' tidak dipilih dalam ${title.id}: diharapkan salah satu dari ${offered}`,
      `The office '${params.office}' is not contested in the ${title.en}: expected one of ${offered}`,
    );
  }
  if (params?.reason === 'pppk_no_cltn') {
    return t(
      'PPPK tidak dapat menjalani cuti di luar tanggungan negara (CLTN) (PP 49/2018 Pasal 77): isi "tidak" atau kosongkan.',
      'PPPK cannot take unpaid leave (CLTN) (PP 49/2018 Pasal 77): answer "no" or leave it empty.',
    );
  }
  return undefined;
}

/** The locale messages for one unrecognised key of an issue that may list several. */
function keyMessage(issue: z.core.$ZodIssueUnrecognizedKeys, key: string): Bilingual | undefined {
  const one = { ...issue, keys: [key] } as unknown as Parameters<typeof en>[0];
  const text = (r: ReturnType<typeof en>) => (typeof r === 'string' ? r : r?.message);
  const inId = text(id(one));
  const inEn = text(en(one));
  return inId && inEn ? t(inId, inEn) : undefined;
}

/**
 * The answer for invalid input from its issues; the summary names each field once, by its path in quotes (the form
 * shows each issue beside its labelled field).
 * @example
 * ```ts
 * invalidIncident([{ path: 'act.kind', code: 'invalid_union', message: t('Wajib diisi', 'Required') }]).error.message.id;
 * // 'Data kejadian tidak valid: "act.kind".'
 * ```
 * @internal
 */
export function invalidIncident(issues: ValidationIssue[]): InvalidIncident {
  const fields = [...new Set(issues.map((i) => JSON.stringify(i.path || '(input)')))].join(', ');
  return {
    ok: false,
    error: {
      code: 'invalid_incident',
      message: t(`Data kejadian tidak valid: ${fields}.`, `Invalid incident: ${fields}.`),
      issues,
    },
  };
}

/** Rough size of a value, stopping once past the limit; guards against huge or deeply nested input. */
function tooLarge(input: unknown): boolean {
  let budget = MAX_INPUT_CHARS;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > 8) return true;
    if (typeof value === 'string') budget -= value.length + 2;
    else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      budget -= keys.length * 2;
      for (const key of keys) {
        budget -= key.length;
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
    } else budget -= 8;
    if (budget < 0) return true;
  }
  return false;
}

/**
 * Validates untrusted input as an incident. Never throws.
 * @example
 * ```ts
 * import { validateIncident } from 'netralitas-asn';
 * const v = validateIncident({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * v.ok; // true
 * ```
 */
export function validateIncident(
  input: unknown,
  schema: IncidentSchema = incidentSchema as unknown as IncidentSchema,
): { readonly ok: true; readonly incident: Incident } | InvalidIncident {
  return validateWith<Incident>(input, schema);
}

/**
 * Validates untrusted input against a schema of the library's inputs (an incident, a report with several acts), with
 * the library's bilingual issues. Never throws.
 * @example
 * ```ts
 * validateWith(input, multiActIncidentSchema);
 * ```
 * @internal
 */
export function validateWith<T>(input: unknown, schema: z.ZodMiniType): { readonly ok: true; readonly incident: T } | InvalidIncident {
  try {
    if (tooLarge(input)) {
      return invalidIncident([
        {
          path: '',
          code: 'input_too_large',
          message: t(
            `Data terlalu besar atau terlalu dalam (batas ${MAX_INPUT_CHARS} karakter, kedalaman 8).`,
            `Input too large or too deeply nested (limit ${MAX_INPUT_CHARS} characters, depth 8).`,
          ),
        },
      ]);
    }
    // Without parse options first: zod's fastest path, and the outcome for valid input does not depend on them.
    const fast = schema.safeParse(input);
    if (fast.success) return { ok: true, incident: fast.data as T };
    const parsed = schema.safeParse(input, { error: en, reportInput: false });
    if (parsed.success) return { ok: true, incident: parsed.data as T };
    const inIndonesian = schema.safeParse(input, { error: id, reportInput: false });
    const idIssues = inIndonesian.success ? [] : inIndonesian.error.issues;
    return invalidIncident(
      parsed.error.issues.flatMap((issue, i): ValidationIssue[] => {
        const code = issue.code === 'custom' ? ((issue as { params?: { reason?: string } }).params?.reason ?? 'custom') : issue.code;
        const message = customMessage(issue) ?? t(idIssues[i]?.message ?? issue.message, issue.message);
        // One issue per unrecognised key, each with the key's own path.
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), code, message: keyMessage(issue, key) ?? message }));
        }
        return [{ path: pathOf(issue.path), code, message }];
      }),
    );
  } catch {
    return invalidIncident([
      { path: '', code: 'unreadable_input', message: t('Data tidak dapat dibaca.', 'The input cannot be read.') },
    ]);
  }
}
