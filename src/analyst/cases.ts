/**
 * Analyst cases: an incident and the outcome the law requires, compared with the classifier's result and described
 * in the law's terms ("expected disiplin item 6, got kode_etik item 4").
 */
import * as z from 'zod/mini';
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
import { LEGAL_BASES } from '../law/legal-bases.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { ClassificationResult } from '../decide/result.js';
import type { Decided } from '../decide/pipeline.js';
import { parsePresumeText } from '../decide/presume-text.js';
import { PRESUMPTIONS, presumeSchema, type Presume } from '../law/presumptions.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { bilingualMessage } from '../vocabulary/schema-messages.js';
import { UNKNOWN_BASIS } from '../law/id-messages.js';
import { incidentHint, normaliseItem } from './case-hints.js';
import { BUILT_IN_ITEM_KEYS } from '../law/item-keys.js';

/**
 * What a case file may name besides the built-in law: the lists of items, the legal bases and the elections of the law
 * the cases run under. A classifier made with packs (`createClassifier({ packs })`) is one.
 * @example
 * ```ts
 * import { createClassifier } from 'netralitas-asn';
 * import type { CaseLaw } from 'netralitas-asn/testing';
 * const law: CaseLaw = createClassifier();
 * law.lists.includes('kode_etik'); // true
 * ```
 */
export interface CaseLaw {
  /** The lists whose items a case may expect (`kode_etik`, `disiplin`, a pack's own list). */
  readonly lists: readonly string[];
  /** The elections a case may expect to be derived. */
  readonly elections: readonly string[];
  /** The legal bases a case may expect to be cited, by id. */
  readonly legalBases: Readonly<Record<string, unknown>>;
  /** The descriptive keys of the lists' items, by list and item: a case may name an item by its key. */
  readonly itemKeys?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The built-in law's lists, elections, bases and item keys. */
const BUILT_IN_CASE_LAW: CaseLaw = { lists: LISTS, elections: ELECTIONS, legalBases: LEGAL_BASES, itemKeys: BUILT_IN_ITEM_KEYS };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectationSchemaFor(law: CaseLaw) {
  const itemPattern = new RegExp(`^(${law.lists.map(escapeRegExp).join('|')}) [0-9A-Za-z.]+$`);
  /** `"<list> <key>"` to `"<list> <item>"` (a sub-item's key names its item: cases compare items). */
  const byKey = new Map<string, string>(Object.entries(law.itemKeys ?? {}).flatMap(([list, keys]) => Object.entries(keys).map(([item, key]) => [`${list} ${key}`, `${list} ${item.split('.')[0]}`] as const)));
  /** An item as analysts write it (`KE-4`, `D-6`, `kode etik 4`, `disiplin memasang-alat-peraga-calon`), read as `"<list> <item>"`. */
  const item = (example: string) =>
    z.pipe(
      z.transform((v: unknown) => {
        if (typeof v !== 'string') return v;
        const named = normaliseItem(v);
        return byKey.get(named) ?? named;
      }),
      z.string().check(
        z.regex(
          itemPattern,
          bilingualMessage(t(`diharapkan "<daftar> <butir>" (atau KE-n, D-n, atau "<daftar> <kunci butir>"), mis. "${example}"`, `expected "<list> <item>" (or KE-n, D-n, or "<list> <item key>"), e.g. "${example}"`)),
        ),
      ),
    );
  const basis = () => z.string().check(z.refine((id) => Object.hasOwn(law.legalBases, id), bilingualMessage(UNKNOWN_BASIS)));
  /** The expected outcome of one result (of an incident, or of one act of a report). */
  const outcome = z.strictObject({
    verdict: z.optional(z.enum(VERDICTS)),
    items: z.optional(z.array(item('disiplin 6'))),
    category: z.optional(z.nullable(z.enum(CATEGORIES))),
    sanction: z.optional(z.nullable(z.enum(SANCTION_LEVELS))),
    bases: z.optional(z.array(basis())),
    notBases: z.optional(z.array(basis())),
    options: z.optional(z.array(z.string())),
    optionsNotInForce: z.optional(z.array(z.string())),
    consequences: z.optional(z.array(z.string())),
    notes: z.optional(z.array(z.string().check(z.minLength(1)))),
    tracks: z.optional(z.array(z.enum(TRACKS))),
    bodies: z.optional(z.array(z.enum(BODIES))),
    deadlines: z.optional(z.array(z.string().check(z.regex(/^[a-z_]+ [0-9]+ (days|working_days)$/, bilingualMessage(t('diharapkan "<badan> <n> <days|working_days>"', 'expected "<body> <n> <days|working_days>"')))))),
    missingFacts: z.optional(z.array(z.enum(FACT_NAMES as [FactName, ...FactName[]]))),
    records: z.optional(z.array(z.string())),
    exemptions: z.optional(z.array(item('kode_etik 3'))),
    /** Items a decided result cites only under some answers to the facts the report lacks (`alternatives`). */
    alternatives: z.optional(z.array(item('kode_etik 7'))),
    /** Election-crime rules, by rule id (e.g. `uu-7-2017/p280-3`). */
    electionCrimes: z.optional(z.array(z.string())),
    derived: z.optional(
      z.strictObject({
        stage: z.optional(z.enum(STAGES)),
        campaignPhase: z.optional(z.enum(CAMPAIGN_PHASES)),
        election: z.optional(z.enum(law.elections as [string, ...string[]])),
      }),
    ),
    conflicts: z.optional(z.array(z.enum(['stage', 'campaignPhase']))),
    invalidFields: z.optional(z.array(z.string())),
    /** The presumptions the result rests on, by path (`target.relation`), compared as a set; only with `presume`. */
    presumptions: z.optional(z.array(z.enum(Object.keys(PRESUMPTIONS) as [string, ...string[]]))),
  });
  return z.extend(outcome, {
    /**
     * For a report with several acts: what each act's own result must be, in the order of `acts` (the fields above,
     * checked as for a single incident); the other fields check the report's overall result.
     */
    acts: z.optional(z.array(outcome)),
  });
}

/**
 * The expected outcome of a case; every field is optional and only the fields given are checked.
 * `items` lists the violations as `"<list> <item>"` (e.g. `"disiplin 6"`, `"pp_94_2021 5.n.6"`) and is compared as
 * a set, and so is `exemptions` (the items found not to apply); `bases` must all be cited; `tracks`, `missingFacts`,
 * `records` and `bodies` are compared as sets. `options` are the ids of the sanction's options that can be imposed on
 * the date and `optionsNotInForce` those that cannot; `consequences` the ids of its statutory consequences (all three
 * sets); each `notes` entry must occur in a note of the result or of its sanction (either language); `deadlines` lists
 * steps with a deadline as `"<body> <n> <days|working_days>"` (a set). Items, bases and elections are those of the
 * built-in law; {@link caseSchemaOf} reads them under a law with packs.
 * @example
 * ```ts
 * import { expectationSchema } from 'netralitas-asn/testing';
 * expectationSchema.safeParse({ items: ['disiplin 1'], sanction: 'berat' }).success; // true
 * expectationSchema.safeParse({ sanction: 'heavy' }).success; // false (levels are the law's words)
 * ```
 */
export const expectationSchema = expectationSchemaFor(BUILT_IN_CASE_LAW);


/**
 * A case's `presume`: the text form (`relation=none,cltn=false`) or an object of paths to values.
 * @example
 * ```ts
 * import { casePresumeSchema } from 'netralitas-asn/testing';
 * casePresumeSchema.parse('relation=none'); // { 'target.relation': 'none' }
 * casePresumeSchema.parse({ 'actor.cltn': false }); // { 'actor.cltn': false }
 * ```
 */
export const casePresumeSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx): Presume => {
    if (typeof value === 'string') {
      const parsed = parsePresumeText([value], 'presume');
      if (parsed.ok) return parsed.presume;
      ctx.issues.push({ code: 'custom', message: parsed.message.en, params: { id: parsed.message.id }, input: value });
      return z.NEVER;
    }
    const parsed = presumeSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: value } as (typeof ctx.issues)[number]);
    return z.NEVER;
  }),
);

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

const caseSchemaFor = (law: CaseLaw) =>
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    source: z.optional(z.string()),
    incident: z.unknown(),
    /** Presumptions for facts the case's report leaves unsaid (see `classify(incident, { presume })`). */
    presume: z.optional(casePresumeSchema),
    expect: law === BUILT_IN_CASE_LAW ? expectationSchema : expectationSchemaFor(law),
  });

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
export const caseSchema = caseSchemaFor(BUILT_IN_CASE_LAW);

const caseSchemas = new WeakMap<CaseLaw, typeof caseSchema>();

/**
 * {@link caseSchema} under a law with packs: its lists' items, its bases and its elections are valid in `expect`.
 * @example
 * ```ts
 * import { createClassifier } from 'netralitas-asn';
 * import { caseSchemaOf } from 'netralitas-asn/testing';
 * const schema = caseSchemaOf(createClassifier());
 * schema.safeParse({ name: 'D-1', incident: {}, expect: { items: ['disiplin 1'] } }).success; // true
 * ```
 */
export function caseSchemaOf(law: CaseLaw): typeof caseSchema {
  let schema = caseSchemas.get(law);
  if (!schema) caseSchemas.set(law, (schema = caseSchemaFor(law) as unknown as typeof caseSchema));
  return schema;
}

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
const phrase = (items: readonly string[]): Bilingual =>
  items.length === 0
    ? t('tidak ada butir pelanggaran', 'no violation item')
    : t(items.map((i) => i.replace(' ', ' butir ')).join(', '), items.map((i) => i.replace(' ', ' item ')).join(', '));
/** A category or sanction level as the law writes it ("sanksi moral", "pemberhentian tidak dengan hormat"). */
const words = (value: string | null | undefined): Bilingual => (value == null ? t('tidak ada', 'none') : t(value.replace(/_/g, ' '), value.replace(/_/g, ' ')));
/** Ids joined, or "none". */
const ids = (values: readonly string[]): Bilingual => (values.length === 0 ? t('tidak ada', 'none') : t(values.join(', '), values.join(', ')));

/** The violation items of a result as `"<list> <item>"`. @internal */
export const itemsOf = (r: Pick<ClassificationResult, 'violations'>): string[] => r.violations.map((v) => `${v.list} ${v.item}`);

/**
 * Compares a result with an expectation; returns one line per difference, in the law's terms (empty when they agree),
 * in English or, with `lang: 'id'`, in Bahasa Indonesia. An incident the library finds invalid is described issue by
 * issue, a mistyped field or value with the nearest valid one and the values the field takes.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * import { compareOutcome } from 'netralitas-asn/testing';
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
 * compareOutcome({ verdict: 'violation', items: ['disiplin 5'] }, r); // []
 * compareOutcome({ items: ['disiplin 6'], sanction: 'berat' }, r);
 * // ['expected disiplin item 6, got disiplin item 5', 'expected sanction berat, got pemberhentian tidak dengan hormat']
 * compareOutcome({ items: ['D-6'] }, r, 'id'); // ['diharapkan disiplin butir 6, didapat disiplin butir 5']
 * ```
 */
export function compareOutcome(expect: Expectation, result: Decided, lang: Language = 'en', input?: unknown): string[] {
  const diffs: Bilingual[] = [];
  const differs = (id: string, en: string) => diffs.push(t(id, en));
  /** "expected X, got Y" in both languages, from bilingual parts. */
  const expected = (what: Bilingual, want: Bilingual, got: Bilingual) =>
    differs(`diharapkan ${what.id}${what.id ? ' ' : ''}${want.id}, didapat ${got.id}`, `expected ${what.en}${what.en ? ' ' : ''}${want.en}, got ${got.en}`);
  const none = t('', '');
  if (!result.ok) {
    const fields = result.error.issues.map((i) => i.path);
    if (!expect.invalidFields) {
      const hints = result.error.issues.map((i) => (input === undefined ? undefined : incidentHint(input, i)) ?? t(`${i.path}: ${i.message.id}`, `${i.path}: ${i.message.en}`));
      // One hint per issue, each ended by a full stop (a hint's own, or one added).
      const sentences = (lang: Language) => hints.map((h) => (h[lang].endsWith('.') ? h[lang] : `${h[lang]}.`)).join(' ');
      differs(`diharapkan klasifikasi, didapat data tidak valid: ${sentences('id')}`, `expected a classification, got invalid input: ${sentences('en')}`);
      return diffs.map((x) => x[lang]);
    }
    const missing = expect.invalidFields.filter((f) => !fields.includes(f));
    if (missing.length > 0) expected(t('isian tidak valid', 'invalid fields'), ids(missing), ids(fields));
    return diffs.map((x) => x[lang]);
  }
  if (expect.invalidFields) expected(t('data tidak valid', 'invalid input'), t(`(${expect.invalidFields.join(', ')})`, `(${expect.invalidFields.join(', ')})`), t(`putusan ${result.verdict}`, `verdict ${result.verdict}`));
  if (expect.verdict !== undefined && expect.verdict !== result.verdict) expected(t('putusan', 'verdict'), ids([expect.verdict]), ids([result.verdict]));
  if (expect.items !== undefined) {
    const got = itemsOf(result);
    if (!sameSet(expect.items, got)) expected(none, phrase(expect.items), phrase(got));
  }
  if (expect.category !== undefined && expect.category !== result.category) expected(t('kategori', 'category'), words(expect.category), words(result.category));
  if (expect.sanction !== undefined && expect.sanction !== (result.sanction?.level ?? null)) {
    expected(t('sanksi', 'sanction'), words(expect.sanction), words(result.sanction?.level));
  }
  if (expect.bases) {
    const missing = expect.bases.filter((b) => !Object.hasOwn(result.citations, b));
    if (missing.length > 0) differs(`diharapkan dasar hukum ${missing.join(', ')} dikutip, ternyata tidak`, `expected legal basis ${missing.join(', ')} to be cited, it is not`);
  }
  if (expect.notBases) {
    const present = expect.notBases.filter((b) => Object.hasOwn(result.citations, b));
    if (present.length > 0) differs(`diharapkan dasar hukum ${present.join(', ')} tidak dikutip, ternyata dikutip`, `expected legal basis ${present.join(', ')} not to be cited, it is`);
  }
  if (expect.options) {
    const got = (result.sanction?.options ?? []).filter((o) => o.inForce).map((o) => o.id);
    if (!sameSet(expect.options, got)) expected(t('pilihan hukuman', 'penalty options'), ids(expect.options), ids(got));
  }
  if (expect.optionsNotInForce) {
    const got = (result.sanction?.options ?? []).filter((o) => !o.inForce).map((o) => o.id);
    if (!sameSet(expect.optionsNotInForce, got)) expected(t('pilihan hukuman yang tidak berlaku', 'penalty options not in force'), ids(expect.optionsNotInForce), ids(got));
  }
  if (expect.consequences) {
    const got = (result.sanction?.consequences ?? []).map((o) => o.id);
    if (!sameSet(expect.consequences, got)) expected(t('akibat', 'consequences'), ids(expect.consequences), ids(got));
  }
  if (expect.notes) {
    const texts = [...result.notes, ...(result.sanction?.notes ?? [])].flatMap((n) => [n.id, n.en]);
    for (const want of expect.notes) if (!texts.some((x) => x.includes(want))) differs(`diharapkan catatan yang menyebut "${want}", tidak ada`, `expected a note saying "${want}", there is none`);
  }
  if (expect.deadlines) {
    const got = result.tracks.flatMap((tr) =>
      tr.steps.flatMap((s) => (s.deadline ? s.bodies.map((b) => `${b.body} ${s.deadline!.days} ${s.deadline!.unit}`) : [])),
    );
    if (!sameSet(expect.deadlines, [...new Set(got)])) expected(t('tenggat', 'deadlines'), ids(expect.deadlines), ids(got));
  }
  if (expect.tracks) {
    const got = result.tracks.map((tr) => tr.track);
    if (!sameSet(expect.tracks, got)) expected(t('jalur', 'tracks'), ids(expect.tracks), ids(got));
  }
  if (expect.bodies) {
    const got = [...new Set(result.tracks.flatMap((tr) => tr.steps.flatMap((s) => s.bodies.map((b) => b.body))))];
    if (!sameSet(expect.bodies, got)) expected(t('badan penanganan', 'handling bodies'), ids(expect.bodies), ids(got));
  }
  if (expect.missingFacts) {
    const got = result.missingFacts.map((m) => m.fact);
    if (!sameSet(expect.missingFacts, got)) expected(t('fakta yang kurang', 'missing facts'), ids(expect.missingFacts), ids(got));
  }
  if (expect.exemptions) {
    const got = result.exemptions.map((e) => `${e.list} ${e.item}`);
    if (!sameSet(expect.exemptions, got)) expected(t('pengecualian', 'exemptions'), phrase(expect.exemptions), phrase(got));
  }
  if (expect.alternatives) {
    const got = [...new Set(result.alternatives.flatMap((a) => a.items))];
    if (!sameSet(expect.alternatives, got)) expected(t('alternatif', 'alternatives'), phrase(expect.alternatives), phrase(got));
  }
  if (expect.electionCrimes) {
    const got = result.electionCrimes.map((c) => c.rule);
    if (!sameSet(expect.electionCrimes, got)) expected(t('tindak pidana pemilihan', 'election crimes'), ids(expect.electionCrimes), ids(got));
  }
  if (expect.records) {
    const got = result.records.map((r) => r.kind);
    if (!sameSet(expect.records, got)) expected(t('pencatatan', 'records'), ids(expect.records), ids(got));
  }
  if (expect.derived) {
    for (const fact of ['stage', 'campaignPhase', 'election'] as const) {
      const want = expect.derived[fact];
      if (want === undefined) continue;
      const got = result.derived.find((d) => d.fact === fact)?.value;
      if (got !== want) differs(`diharapkan ${fact} diturunkan sebagai ${want}, didapat ${got ?? 'tidak diturunkan'}`, `expected ${fact} derived as ${want}, got ${got ?? 'not derived'}`);
    }
  }
  if (expect.presumptions) {
    const got = 'presumptions' in result ? result.presumptions.map((p) => p.path) : [];
    if (!sameSet(expect.presumptions, got))
      differs(
        `diharapkan hasil bertumpu pada praduga ${expect.presumptions.join(', ') || 'tidak ada'}, didapat ${got.join(', ') || 'tidak ada'}`,
        `expected the result to rest on presumptions ${expect.presumptions.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`,
      );
  }
  if (expect.acts) {
    if (!('findings' in result)) {
      differs(`diharapkan laporan dengan ${expect.acts.length} perbuatan, didapat satu perbuatan`, `expected a report with ${expect.acts.length} acts, got one act`);
    } else {
      if (expect.acts.length !== result.findings.length) {
        differs(`diharapkan ${expect.acts.length} perbuatan, didapat ${result.findings.length}`, `expected ${expect.acts.length} acts, got ${result.findings.length}`);
      }
      expect.acts.forEach((want, i) => {
        const finding = result.findings[i];
        if (!finding) return;
        const en = compareOutcome(want, finding.result, 'en');
        compareOutcome(want, finding.result, 'id').forEach((d, k) => differs(`perbuatan ${i + 1}: ${d}`, `act ${i + 1}: ${en[k]}`));
      });
    }
  }
  if (expect.conflicts) {
    const got = result.conflicts.map((c) => c.fact);
    if (!sameSet(expect.conflicts, got)) {
      differs(`diharapkan konflik pada ${expect.conflicts.join(', ') || 'tidak ada'}, didapat ${got.join(', ') || 'tidak ada'}`, `expected conflicts on ${expect.conflicts.join(', ') || 'nothing'}, got ${got.join(', ') || 'none'}`);
    }
  }
  return diffs.map((x) => x[lang]);
}
