/**
 * Analyst cases: an incident and the outcome the law requires, compared with the classifier's result and described
 * in the law's terms ("expected disiplin item 6, got kode_etik item 4").
 */
import * as z from 'zod';
import {
  BODIES,
  CAMPAIGN_PHASES,
  CATEGORIES,
  ELECTIONS,
  LISTS,
  SANCTION_LEVELS,
  STAGES,
  TRACKS,
  VERDICTS,
} from '../vocabulary/enums.js';
import { FACT_NAMES, type FactName } from '../incident/facts.js';
import { isLegalBasisId } from '../law/legal-bases.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { ClassificationResult } from '../decide/result.js';
import type { PresumedResult } from '../decide/presume.js';
import { parsePresumeText } from '../decide/presume-text.js';
import { PRESUMPTIONS, presumeSchema, type Presume } from '../law/presumptions.js';

const itemPattern = new RegExp(`^(${LISTS.join('|')}) [0-9A-Za-z.]+$`);

/**
 * The expected outcome of a case; every field is optional and only the fields given are checked.
 * `items` lists the violations as `"<list> <item>"` (e.g. `"disiplin 6"`, `"pp_94_2021 5.n.6"`) and is compared as
 * a set, and so is `exemptions` (the items found not to apply); `bases` must all be cited; `tracks`, `missingFacts`,
 * `records` and `bodies` are compared as sets. `options` are the ids of the sanction's options that can be imposed on
 * the date and `optionsNotInForce` those that cannot; `consequences` the ids of its statutory consequences (all three
 * sets); each `notes` entry must occur in a note of the result or of its sanction (either language); `deadlines` lists
 * steps with a deadline as `"<body> <n> <days|working_days>"` (a set).
 * @example
 * ```ts
 * import { expectationSchema } from 'netralitas-asn/testing';
 * expectationSchema.safeParse({ items: ['disiplin 1'], sanction: 'berat' }).success; // true
 * expectationSchema.safeParse({ sanction: 'heavy' }).success; // false (levels are the law's words)
 * ```
 */
export const expectationSchema = z.strictObject({
  verdict: z.enum(VERDICTS).optional(),
  items: z.array(z.string().regex(itemPattern, 'expected "<list> <item>", e.g. "disiplin 6"')).optional(),
  category: z.enum(CATEGORIES).nullable().optional(),
  sanction: z.enum(SANCTION_LEVELS).nullable().optional(),
  bases: z.array(z.string().refine(isLegalBasisId, 'unknown legal basis id')).optional(),
  notBases: z.array(z.string().refine(isLegalBasisId, 'unknown legal basis id')).optional(),
  options: z.array(z.string()).optional(),
  optionsNotInForce: z.array(z.string()).optional(),
  consequences: z.array(z.string()).optional(),
  notes: z.array(z.string().min(1)).optional(),
  tracks: z.array(z.enum(TRACKS)).optional(),
  bodies: z.array(z.enum(BODIES)).optional(),
  deadlines: z.array(z.string().regex(/^[a-z_]+ [0-9]+ (days|working_days)$/, 'expected "<body> <n> <days|working_days>"')).optional(),
  missingFacts: z.array(z.enum(FACT_NAMES as [FactName, ...FactName[]])).optional(),
  records: z.array(z.string()).optional(),
  exemptions: z.array(z.string().regex(itemPattern, 'expected "<list> <item>", e.g. "kode_etik 3"')).optional(),
  /** Items a decided result cites only under some answers to the facts the report lacks (`alternatives`). */
  alternatives: z.array(z.string().regex(itemPattern, 'expected "<list> <item>", e.g. "kode_etik 7"')).optional(),
  /** Election-crime rules, by rule id (e.g. `uu-7-2017/p280-3`). */
  electionCrimes: z.array(z.string()).optional(),
  derived: z
    .strictObject({ stage: z.enum(STAGES).optional(), campaignPhase: z.enum(CAMPAIGN_PHASES).optional(), election: z.enum(ELECTIONS).optional() })
    .optional(),
  conflicts: z.array(z.enum(['stage', 'campaignPhase'])).optional(),
  invalidFields: z.array(z.string()).optional(),
  /** The presumptions the result rests on, by path (`target.relation`), compared as a set; only with `presume`. */
  presumptions: z.array(z.enum(Object.keys(PRESUMPTIONS) as [string, ...string[]])).optional(),
});

/**
 * A case's `presume`: the text form (`relation=none,cltn=false`) or an object of paths to values.
 * @example
 * ```ts
 * import { casePresumeSchema } from 'netralitas-asn/testing';
 * casePresumeSchema.parse('relation=none'); // { 'target.relation': 'none' }
 * casePresumeSchema.parse({ 'actor.cltn': false }); // { 'actor.cltn': false }
 * ```
 */
export const casePresumeSchema = z.unknown().transform((value, ctx): Presume => {
  if (typeof value === 'string') {
    const parsed = parsePresumeText([value], 'presume');
    if (parsed.ok) return parsed.presume;
    ctx.addIssue({ code: 'custom', message: `${parsed.message.en} / ${parsed.message.id}` });
    return z.NEVER;
  }
  const parsed = presumeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

/**
 * The expected outcome of a case.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * import { compareOutcome, type Expectation } from 'netralitas-asn/testing';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const want: Expectation = { verdict: 'violation', items: ['disiplin 1'], category: 'disiplin', sanction: 'berat', tracks: ['disiplin'] };
 * compareOutcome(want, classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' })); // []
 * ```
 */
export type Expectation = z.infer<typeof expectationSchema>;

/**
 * A case: a name, where it comes from, an incident (unvalidated: invalid incidents are cases too) and what the law
 * requires.
 * @example
 * ```ts
 * import { caseSchema } from 'netralitas-asn/testing';
 * caseSchema.safeParse({ name: 'D-1', incident: {}, expect: { items: ['disiplin 1'] } }).success; // true
 * caseSchema.safeParse({ name: '', incident: {}, expect: {} }).success; // false (a case needs a name)
 * ```
 */
export const caseSchema = z.strictObject({
  name: z.string().min(1),
  source: z.string().optional(),
  incident: z.unknown(),
  /** Presumptions for facts the case's report leaves unsaid (see `classify(incident, { presume })`). */
  presume: casePresumeSchema.optional(),
  expect: expectationSchema,
});

/**
 * A case: name, optional source, the incident and the expected outcome.
 * @example
 * ```ts
 * import { parseCases, runCases, type Case } from 'netralitas-asn/testing';
 * const d1: Case = { name: 'D-1', source: 'S-JKT Pelanggaran Disiplin 1', incident: { actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' }, expect: { items: ['disiplin 1'] } };
 * runCases(parseCases('inline', d1).cases)[0]?.differences; // []
 * ```
 */
export type Case = z.infer<typeof caseSchema>;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const phrase = (items: readonly string[]) => (items.length === 0 ? 'no violation item' : items.map((i) => i.replace(' ', ' item ')).join(', '));
/** A category or sanction level as the law writes it ("sanksi moral", "pemberhentian tidak dengan hormat"). */
const words = (value: string | null | undefined) => (value == null ? 'none' : value.replace(/_/g, ' '));

/** The violation items of a result as `"<list> <item>"`. @internal */
export const itemsOf = (r: ClassificationResult): string[] => r.violations.map((v) => `${v.list} ${v.item}`);

/**
 * Compares a result with an expectation; returns one line per difference, in the law's terms (empty when they agree).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * import { compareOutcome } from 'netralitas-asn/testing';
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * compareOutcome({ verdict: 'violation', items: ['disiplin 5'] }, r); // []
 * compareOutcome({ items: ['disiplin 6'], sanction: 'berat' }, r);
 * // ['expected disiplin item 6, got disiplin item 5', 'expected sanction berat, got pemberhentian tidak dengan hormat']
 * ```
 */
export function compareOutcome(expect: Expectation, result: ClassificationResult | PresumedResult | InvalidIncident): string[] {
  const diffs: string[] = [];
  if (!result.ok) {
    const fields = result.error.issues.map((i) => i.path);
    if (!expect.invalidFields) return [`expected a classification, got invalid input (${fields.join(', ')})`];
    const missing = expect.invalidFields.filter((f) => !fields.includes(f));
    if (missing.length > 0) diffs.push(`expected invalid fields ${missing.join(', ')}, got ${fields.join(', ')}`);
    return diffs;
  }
  if (expect.invalidFields) diffs.push(`expected invalid input (${expect.invalidFields.join(', ')}), got verdict ${result.verdict}`);
  if (expect.verdict !== undefined && expect.verdict !== result.verdict) diffs.push(`expected verdict ${expect.verdict}, got ${result.verdict}`);
  if (expect.items !== undefined) {
    const got = itemsOf(result);
    if (!sameSet(expect.items, got)) diffs.push(`expected ${phrase(expect.items)}, got ${phrase(got)}`);
  }
  if (expect.category !== undefined && expect.category !== result.category) {
    diffs.push(`expected category ${words(expect.category)}, got ${words(result.category)}`);
  }
  if (expect.sanction !== undefined && expect.sanction !== (result.sanction?.level ?? null)) {
    diffs.push(`expected sanction ${words(expect.sanction)}, got ${words(result.sanction?.level)}`);
  }
  if (expect.bases) {
    const missing = expect.bases.filter((b) => !Object.hasOwn(result.citations, b));
    if (missing.length > 0) diffs.push(`expected legal basis ${missing.join(', ')} to be cited, it is not`);
  }
  if (expect.notBases) {
    const present = expect.notBases.filter((b) => Object.hasOwn(result.citations, b));
    if (present.length > 0) diffs.push(`expected legal basis ${present.join(', ')} not to be cited, it is`);
  }
  if (expect.options) {
    const got = (result.sanction?.options ?? []).filter((o) => o.inForce).map((o) => o.id);
    if (!sameSet(expect.options, got)) diffs.push(`expected penalty options ${expect.options.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.optionsNotInForce) {
    const got = (result.sanction?.options ?? []).filter((o) => !o.inForce).map((o) => o.id);
    if (!sameSet(expect.optionsNotInForce, got)) {
      diffs.push(`expected penalty options not in force ${expect.optionsNotInForce.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
    }
  }
  if (expect.consequences) {
    const got = (result.sanction?.consequences ?? []).map((o) => o.id);
    if (!sameSet(expect.consequences, got)) diffs.push(`expected consequences ${expect.consequences.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.notes) {
    const texts = [...result.notes, ...(result.sanction?.notes ?? [])].flatMap((n) => [n.id, n.en]);
    for (const want of expect.notes) if (!texts.some((x) => x.includes(want))) diffs.push(`expected a note saying "${want}", there is none`);
  }
  if (expect.deadlines) {
    const got = result.tracks.flatMap((t) =>
      t.steps.flatMap((s) => (s.deadline ? s.bodies.map((b) => `${b.body} ${s.deadline!.days} ${s.deadline!.unit}`) : [])),
    );
    if (!sameSet(expect.deadlines, [...new Set(got)])) diffs.push(`expected deadlines ${expect.deadlines.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.tracks) {
    const got = result.tracks.map((t) => t.track);
    if (!sameSet(expect.tracks, got)) diffs.push(`expected tracks ${expect.tracks.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.bodies) {
    const got = [...new Set(result.tracks.flatMap((t) => t.steps.flatMap((s) => s.bodies.map((b) => b.body))))];
    if (!sameSet(expect.bodies, got)) diffs.push(`expected handling bodies ${expect.bodies.join(', ')}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.missingFacts) {
    const got = result.missingFacts.map((m) => m.fact);
    if (!sameSet(expect.missingFacts, got)) diffs.push(`expected missing facts ${expect.missingFacts.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.exemptions) {
    const got = result.exemptions.map((e) => `${e.list} ${e.item}`);
    if (!sameSet(expect.exemptions, got)) diffs.push(`expected exemptions ${phrase(expect.exemptions)}, got ${phrase(got)}`);
  }
  if (expect.alternatives) {
    const got = [...new Set(result.alternatives.flatMap((a) => a.items))];
    if (!sameSet(expect.alternatives, got)) diffs.push(`expected alternatives ${phrase(expect.alternatives)}, got ${phrase(got)}`);
  }
  if (expect.electionCrimes) {
    const got = result.electionCrimes.map((c) => c.rule);
    if (!sameSet(expect.electionCrimes, got)) diffs.push(`expected election crimes ${expect.electionCrimes.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.records) {
    const got = result.records.map((r) => r.kind);
    if (!sameSet(expect.records, got)) diffs.push(`expected records ${expect.records.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.derived) {
    for (const fact of ['stage', 'campaignPhase', 'election'] as const) {
      const want = expect.derived[fact];
      if (want === undefined) continue;
      const got = result.derived.find((d) => d.fact === fact)?.value;
      if (got !== want) diffs.push(`expected ${fact} derived as ${want}, got ${got ?? 'not derived'}`);
    }
  }
  if (expect.presumptions) {
    const got = 'presumptions' in result ? result.presumptions.map((p) => p.path) : [];
    if (!sameSet(expect.presumptions, got)) diffs.push(`expected the result to rest on presumptions ${expect.presumptions.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`);
  }
  if (expect.conflicts) {
    const got = result.conflicts.map((c) => c.fact);
    if (!sameSet(expect.conflicts, got)) diffs.push(`expected conflicts on ${expect.conflicts.join(', ') || 'nothing'}, got ${got.join(', ') || 'none'}`);
  }
  return diffs;
}
