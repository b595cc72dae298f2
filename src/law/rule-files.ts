/**
 * The schema of rule files (json-rules-engine rules with typed event params, one file per source document, held by
 * packs: `packs/<pack>/rules/<file>.json`), and their validation. Every fact a condition reads, every value it compares
 * with, every legal-basis id, list and sanction id is checked against the enumerations and the registry of the law the
 * file loads into, so a typo in a rule file fails at load and in tests.
 */
import * as z from 'zod/mini';
import { CATEGORIES, CONFIDENCES, RECORD_KINDS, SANCTION_LEVELS, type Election, type ListId } from '../vocabulary/enums.js';
import { FACT_NAMES, type FactDomains, type FactName } from '../incident/facts.js';
import type { LegalBasisId } from './legal-bases.js';
import { bilingualMessage } from '../vocabulary/schema-messages.js';
import { UNKNOWN_BASIS, UNKNOWN_DOCUMENT, UNKNOWN_ELECTION } from './id-messages.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { firstIssue, PARSE_ONCE } from './packs.js';

const bilingual = z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/** What a rule file may refer to: the facts' domains and the law's bases, documents, lists and elections. @internal */
export interface RuleContext {
  readonly domains: FactDomains;
  readonly hasBasis: (id: string) => boolean;
  readonly hasDocument: (id: string) => boolean;
  /** Whether a sanction id is in the law's sanction data (`sanctions.json`). */
  readonly hasSanction: (id: string) => boolean;
  readonly lists: readonly string[];
  readonly elections: readonly string[];
}

/** The zod schema of a rule file in a context. */
function ruleFileSchemaIn(context: RuleContext) {
  const basisId = z.string().check(z.refine(context.hasBasis, { message: bilingualMessage(UNKNOWN_BASIS) })) as unknown as z.ZodMiniType<LegalBasisId>;
  const bases = z.array(basisId);

  const inDomain = (fact: FactName, value: unknown): boolean => (context.domains[fact] as readonly unknown[]).includes(value);

  /** Conditions use only `equal` and `in`: monotone operators, so that an unknown fact can be treated as "any value". */
  const conditionSchema = z
    .strictObject({
      fact: z.enum(FACT_NAMES as [FactName, ...FactName[]]),
      operator: z.enum(['equal', 'in']),
      value: z.union([z.string(), z.boolean(), z.array(z.union([z.string(), z.boolean()])).check(z.minLength(1))]),
    })
    .check(z.superRefine((c, ctx) => {
      const values = c.operator === 'in' ? c.value : [c.value];
      if (c.operator === 'in' && !Array.isArray(c.value)) ctx.addIssue({ code: 'custom', message: '`in` takes an array', params: { id: '`in` menerima larik' } });
      if (c.operator === 'equal' && Array.isArray(c.value)) ctx.addIssue({ code: 'custom', message: '`equal` takes one value', params: { id: '`equal` menerima satu nilai' } });
      for (const v of Array.isArray(values) ? values : [values]) {
        if (!inDomain(c.fact, v)) ctx.addIssue({ code: 'custom', message: `value ${JSON.stringify(v)} is not in the domain of fact ${c.fact}`, params: { id: `nilai ${JSON.stringify(v)} tidak termasuk ranah fakta ${c.fact}` } });
      }
    }));

  const conflicts = z.array(z.strictObject({ bases: bases.check(z.minLength(1)), note: bilingual }));

  const finding = {
    list: z.string().check(z.refine((l) => context.lists.includes(l), { message: bilingualMessage(t('daftar tidak dikenal', 'unknown list')) })) as unknown as z.ZodMiniType<ListId>,
    item: z.union([z.int().check(z.positive()), z.string().check(z.minLength(1))]),
    bases: bases.check(z.minLength(1)),
    explanation: bilingual,
    /**
     * The bases whose being in force puts the rule in force (any of them): the law that makes the conduct an offence,
     * whichever document lists it. Absent: the rule's first basis.
     */
    inForceWith: z.optional(bases.check(z.minLength(1))),
    /** Where sources contradict each other on this finding, or another reading of the law exists. */
    conflicts: z.optional(conflicts),
  };

  const eventSchema = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('violation'),
      params: z.strictObject({
        ...finding,
        sub: z.optional(z.string()),
        category: z.enum(CATEGORIES),
        sanction: z.string().check(z.refine(context.hasSanction, { message: bilingualMessage(t('id sanksi tidak dikenal', 'unknown sanction id')) })),
        /** Where the level comes from when no primary text gives it (the SKB Lampiran was not read). */
        levelBases: z.optional(bases.check(z.minLength(1))),
        /** Confidence of the level where it rests on reproductions of the SKB matrix only (update 2026-12, second check). */
        levelConfidence: z.optional(z.enum(CONFIDENCES)),
        disputed: z.optional(z.array(z.strictObject({ level: z.enum(SANCTION_LEVELS), bases: bases.check(z.minLength(1)) }))),
      }),
    }),
    z.strictObject({ type: z.literal('no_violation'), params: z.strictObject(finding) }),
    z.strictObject({ type: z.literal('out_of_scope'), params: z.strictObject({ bases, explanation: bilingual }) }),
    z.strictObject({
      type: z.literal('record'),
      params: z.strictObject({ recordKind: z.enum(RECORD_KINDS), bases: bases.check(z.minLength(1)), explanation: bilingual }),
    }),
    z.strictObject({ type: z.literal('guidance'), params: z.strictObject({ bases: bases.check(z.minLength(1)), explanation: bilingual }) }),
    z.strictObject({
      type: z.literal('election_crime'),
      params: z.strictObject({
        election: z.string().check(z.refine((e) => context.elections.includes(e), { message: bilingualMessage(UNKNOWN_ELECTION) })) as unknown as z.ZodMiniType<Election>,
        liable: z.enum(['actor', 'candidate']),
        bases: bases.check(z.minLength(1)),
        explanation: bilingual,
        inForceWith: z.optional(bases.check(z.minLength(1))),
      }),
    }),
  ]);

  const ruleSchema = z.strictObject({
    name: z.string().check(z.regex(/^[a-z0-9_./-]+$/)),
    priority: z.int().check(z.positive()),
    conditions: z
      .strictObject({ all: z.array(conditionSchema).check(z.minLength(1)) })
      .check(z.refine((c) => new Set(c.all.map((x) => x.fact)).size === c.all.length, { message: bilingualMessage(t('dua syarat atas satu fakta', 'two conditions on one fact')) })),
    event: eventSchema,
  });

  return z.strictObject({
    document: z.string().check(z.refine(context.hasDocument, { message: bilingualMessage(UNKNOWN_DOCUMENT) })),
    description: z.string().check(z.minLength(1)),
    rules: z.array(ruleSchema).check(z.minLength(1)),
  });
}

type RuleFileSchema = ReturnType<typeof ruleFileSchemaIn>;

/** A validated rule (json-rules-engine format). @internal */
export type Rule = z.infer<RuleFileSchema>['rules'][number];
/** A validated rule event. @internal */
export type RuleEvent = Rule['event'];
/** A validated rule file. @internal */
export type RuleFile = z.infer<RuleFileSchema> & { readonly file: string };
/** A rule with the file it comes from. @internal */
export type LoadedRule = Rule & { readonly file: string };

/**
 * An invalid rule file: what is wrong in English (`message`) and in both languages (`text`).
 * @example
 * ```ts
 * new RuleFileError({ id: 'berkas x: nama aturan ganda r', en: 'file x: duplicate rule name r' }).text.id;
 * ```
 * @internal
 */
export class RuleFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'RuleFileError';
  }
}

/** How a rule file is named in messages, by default. */
const inRulesFolder = (file: string) => `rules/${file}.json`;

/**
 * Validates rule files in a context; throws a {@link RuleFileError} naming the file, the rule and the field on the
 * first invalid one, or a rule name used twice.
 * @internal
 */
export function validateRuleFiles(
  files: Readonly<Record<string, unknown>>,
  context: RuleContext,
  where: (file: string) => string = inRulesFolder,
): { files: RuleFile[]; rules: LoadedRule[] } {
  const ruleFileSchema = ruleFileSchemaIn(context);
  const valid: Record<string, z.infer<RuleFileSchema>> = {};
  for (const [file, raw] of Object.entries(files)) {
    const parsed = ruleFileSchema.safeParse(raw, PARSE_ONCE);
    if (!parsed.success) {
      const { issue, text } = firstIssue(ruleFileSchema, raw, parsed.error.issues);
      const index = issue.path[0] === 'rules' ? issue.path[1] : undefined;
      const name = typeof index === 'number' ? (raw as { rules?: { name?: string }[] }).rules?.[index]?.name : undefined;
      const field = issue.path.join('.');
      throw new RuleFileError(t(`${where(file)}${name ? ` aturan ${name}` : ''}: ${field}: ${text.id}`, `${where(file)}${name ? ` rule ${name}` : ''}: ${field}: ${text.en}`));
    }
    valid[file] = parsed.data;
  }
  return loadRuleFiles(valid, where);
}

/**
 * The rules of rule files that are valid (validated by {@link validateRuleFiles}, or checked when the package was built,
 * as the built-in packs' are), each with its file; a rule name used twice throws a {@link RuleFileError}. It needs no
 * schema, so that the code that reaches only the built-in law, such as the form entry's, carries none (issue 12).
 * @internal
 */
export function loadRuleFiles(files: Readonly<Record<string, unknown>>, where: (file: string) => string = inRulesFolder): { files: RuleFile[]; rules: LoadedRule[] } {
  const out: RuleFile[] = [];
  const rules: LoadedRule[] = [];
  const names = new Set<string>();
  for (const [file, raw] of Object.entries(files)) {
    const data = raw as z.infer<RuleFileSchema>;
    for (const rule of data.rules) {
      if (names.has(rule.name)) throw new RuleFileError(t(`${where(file)}: nama aturan ganda ${rule.name}`, `${where(file)}: duplicate rule name ${rule.name}`));
      names.add(rule.name);
      // One object literal for every rule, so that every rule has one hidden class: a spread copies the class of the
      // object it spreads, and the rules of the generated law data have dozens, which made every read of a rule's
      // field polymorphic and cost recompilations of the classifier in each fresh process (issue 12).
      rules.push({ name: rule.name, priority: rule.priority, conditions: rule.conditions, event: rule.event, file });
    }
    out.push({ ...data, file });
  }
  return { files: out, rules };
}
