/**
 * The zod schemas of what the HTTP service sends and accepts besides the incident itself: the error envelope, the
 * classification result (its stable top-level fields; it may gain members), the lists of questions, legal bases,
 * rule files and elections, and the health answers. The OpenAPI document is generated from these and from
 * {@link incidentSchema}; the types of the service come from them by `z.infer`.
 */
import * as z from 'zod';
import { CATEGORIES, CONFIDENCES, ELECTIONS, SANCTION_LEVELS, TRACKS, VERDICTS } from '../vocabulary/enums.js';
import { LANGUAGES } from '../vocabulary/text.js';

/** A text in both languages, as everywhere in the library. */
export const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** The language a client asked for with `Accept-Language` (Bahasa Indonesia by default). */
export const languageSchema = z.enum(LANGUAGES);

/** One problem with an incident, as the library reports it, with `text` in the language asked for. */
export const issueSchema = z
  .looseObject({ path: z.string(), code: z.string(), message: bilingualSchema, text: z.string() });

/** Machine-readable codes of the service's own errors (`invalid_incident` is the library's; `invalid_presume` names the bad `presume` parameter). */
export const ERROR_CODES = [
  'invalid_incident',
  'invalid_presume',
  'malformed_json',
  'incomplete_body',
  'payload_too_large',
  'request_timeout',
  'not_found',
  'unknown_legal_basis',
  'method_not_allowed',
  'not_ready',
  'internal_error',
] as const;

/**
 * Every error answer: `ok: false`, a code, the message in both languages and in the language asked for, and for an
 * invalid incident the library's issues naming each field.
 */
export const errorSchema = z
  .object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: bilingualSchema,
      text: z.string(),
      issues: z.array(issueSchema).optional(),
    }),
  });

/** The classification result: its stable top-level fields; the library may add members, so more are allowed. */
export const resultSchema = z
  .looseObject({
    ok: z.literal(true),
    reference: z.string().optional(),
    verdict: z.enum(VERDICTS),
    category: z.enum(CATEGORIES).nullable(),
    sanction: z.looseObject({ level: z.enum(SANCTION_LEVELS) }).nullable(),
    violations: z.array(z.looseObject({})),
    missingFacts: z.array(z.looseObject({ fact: z.string(), field: z.string() })),
    tracks: z.array(z.looseObject({ track: z.enum(TRACKS) })),
    explanation: bilingualSchema,
    audit: z.looseObject({ library: z.string(), version: z.string(), dataHash: z.string(), incidentHash: z.string() }),
    /** Only for a report with several acts: one finding per act, each the act's own result. */
    findings: z.array(z.looseObject({ act: z.number().int(), kind: z.string(), result: z.looseObject({ verdict: z.enum(VERDICTS) }) })).optional(),
    /** Only with the `presume` parameter: the presumptions the result rests on, each with the outcome otherwise. */
    presumptions: z
      .array(
        z.looseObject({
          path: z.string(),
          value: z.union([z.string(), z.boolean()]),
          reason: bilingualSchema,
          source: z.string(),
          otherwise: z.looseObject({ verdict: z.enum(VERDICTS), category: z.enum(CATEGORIES).nullable(), level: z.string().nullable(), items: z.array(z.string()) }),
        }),
      )
      .optional(),
  });

/** One line of a batch answer: the input line number, then the result or the error of that record. */
export const batchLineSchema = z
  .union([
    z.looseObject({ line: z.int().positive(), ok: z.literal(true), verdict: z.enum(VERDICTS) }),
    z.looseObject({ line: z.int().positive(), ok: z.literal(false), error: z.looseObject({ code: z.string(), message: bilingualSchema }) }),
  ]);

/** The questions a form should ask next. */
export const questionsSchema = z
  .object({
    ok: z.literal(true),
    questions: z.array(z.looseObject({ fact: z.string(), field: z.string(), question: bilingualSchema, options: z.array(z.looseObject({ label: bilingualSchema })) })),
  });

/** A legal document of the registry. */
export const legalDocumentSchema = z
  .looseObject({
    id: z.string(),
    short: z.string(),
    title: z.string(),
    level: z.enum(['national', 'regional', 'secondary']),
    source: z.string(),
  });

/** A legal basis of the registry, with its document. */
export const legalBasisSchema = z
  .looseObject({
    id: z.string(),
    document: z.string(),
    article: z.string(),
    quote: z.string(),
    source: z.string(),
    confidence: z.enum(CONFIDENCES),
  });

/** The whole registry. */
export const legalBasesSchema = z
  .object({ documents: z.array(legalDocumentSchema), legalBases: z.array(legalBasisSchema) });

/** One legal basis and its document. */
export const legalBasisAnswerSchema = z
  .object({ legalBasis: legalBasisSchema, document: legalDocumentSchema });

/** The rule files the classifier runs, as shipped. */
export const rulesSchema = z
  .object({
    version: z.string(),
    dataHash: z.string(),
    files: z.array(z.looseObject({ file: z.string(), document: z.string(), description: z.string(), rules: z.array(z.looseObject({ name: z.string() })) })),
  });

/** The elections and their calendars, under a law with the given elections (the built-in law's by default). */
export const electionsSchemaOf = (elections: readonly [string, ...string[]]) =>
  z.object({ elections: z.array(z.looseObject({ election: z.enum(elections), title: bilingualSchema, offices: z.array(z.string()) })) });

/** The elections and their calendars. */
export const electionsSchema = electionsSchemaOf(ELECTIONS);

/** `GET /healthz`: the process is up. */
export const healthSchema = z.object({ status: z.literal('ok') });

/** `GET /readyz`: the law is loaded. */
export const readySchema = z
  .object({ status: z.literal('ready'), version: z.string(), dataHash: z.string(), rules: z.int().nonnegative(), elections: z.int().nonnegative() });

/** An error answer. @internal */
export type ErrorBody = z.infer<typeof errorSchema>;
/** A language code. @internal */
export type ServiceLanguage = z.infer<typeof languageSchema>;
/** An error code. @internal */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One line of the decision log: when, what was decided on (the audit hashes), and the verdict. */
export const decisionSchema = z.object({
  time: z.iso.datetime(),
  incidentHash: z.string(),
  dataHash: z.string(),
  verdict: z.enum(VERDICTS),
});
