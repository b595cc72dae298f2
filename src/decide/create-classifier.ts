/**
 * A classifier for the built-in law plus law packs: the same pipeline as `classify` and `classifySync` (validate,
 * derive, evaluate, build the result), run on the law the packs make. json-rules-engine stays the reference
 * interpreter (`classify`); `classifySync` is the compiled evaluator of the same rules.
 */
import { validateIncident, type InvalidIncident } from '../incident/errors.js';
import type { IncidentField, IncidentFieldValue } from '../incident/facts.js';
import { validatePartialIn, type PartialIncident, type PartialMultiActIncident, type PartialReport } from '../incident/partial.js';
import type { Incident, IncidentSchema } from '../incident/schema.js';
import { applyAnswerIn } from '../present/apply-answer.js';
import { BUILT_IN_PACKS } from '../law/generated/data.js';
import { incidentSchemaOf, lawWith, multiActSchemaOf, type Law } from '../law/law.js';
import type { LawPack } from '../law/packs.js';
import type { LegalBasis } from '../law/legal-bases.js';
import { incidentJsonSchemaOf } from '../present/json-schema.js';
import { once } from '../present/lazy-object.js';
import { lawLabels, type LawLabels } from '../present/labels.js';
import type { Question } from '../present/questions.js';
import { classifyIn } from './classify.js';
import { packHash, packStamp, stampedSync } from './pack-stamp.js';
import { nextQuestionsWith } from './next-questions.js';
import { validateInput, type AnswerTo, type DecideOptions } from './pipeline.js';
import type { ValidatedReport } from './validate-report.js';

/**
 * A pack a classifier loaded, as its results' audit block and `packs` name it.
 * @example
 * ```ts
 * import { createClassifier, type LoadedPack } from 'netralitas-asn';
 * const packs: readonly LoadedPack[] = createClassifier().packs;
 * packs.map((p) => p.id); // ['national', 'dki-jakarta', 'kabupaten-tanah-laut', 'kabupaten-madiun', 'provinsi-banten', ...]
 * ```
 */
export interface LoadedPack {
  readonly id: string;
  readonly kind: 'law' | 'what-if';
  readonly title: { readonly id: string; readonly en: string };
  /** How faithful the pack's text is to the signed instrument, where the pack says. */
  readonly fidelity?: { readonly id: string; readonly en: string };
  /** The pack's caveats (summarised parts of its instrument that are not rules). */
  readonly notes: readonly { readonly id: string; readonly en: string }[];
  /** The regions it declares. */
  readonly regions: readonly string[];
  /** The elections it adds. */
  readonly elections: readonly string[];
  /** Whether it ships with the package and loads by default. */
  readonly builtIn: boolean;
  /** sha256 of the pack in canonical JSON. */
  readonly hash: string;
}

/** A value of a field under a law with packs: a region or an election of the packs is a string known only at run time. */
type PackValue<P extends IncidentField> = IncidentFieldValue<P> | (P extends 'actor.region' | 'election' ? string : never) | undefined;

/**
 * What {@link createClassifier} returns: the library's classifying API for the law it was made with.
 * @example
 * ```ts
 * import { createClassifier, type Classifier } from 'netralitas-asn';
 * const c: Classifier = createClassifier({ packs: [] });
 * c.regions.includes('dki_jakarta'); // true
 * ```
 */
export interface Classifier {
  /** As {@link classify}, with json-rules-engine on the law with the packs. */
  readonly classify: <I = unknown>(input: I, options?: DecideOptions) => Promise<AnswerTo<I>>;
  /** As {@link classifySync}, with the compiled rules of the law with the packs. */
  readonly classifySync: <I = unknown>(input: I, options?: DecideOptions) => AnswerTo<I>;
  /** As {@link nextQuestions}, asking what the law with the packs turns on. */
  readonly nextQuestions: <P = unknown>(partial: P) => Question[] | InvalidIncident;
  /** As {@link validateIncident}, under this law: the packs' regions and elections are valid values. */
  readonly validateIncident: (input: unknown) => { readonly ok: true; readonly incident: Incident } | InvalidIncident;
  /** As {@link validateReport}, under this law: a report with several acts or an incident, as `classifySync` takes it. */
  readonly validateReport: <I = unknown>(input: I) => ValidatedReport<I>;
  /** As {@link validatePartialIncident}, under this law. */
  readonly validatePartialIncident: (input: unknown) => { readonly ok: true; readonly incident: PartialReport } | InvalidIncident;
  /**
   * As {@link applyAnswer}, under this law: an answer may name a region or an election of the packs (typed as a
   * string, since the packs are known only at run time).
   */
  readonly applyAnswer: {
    <P extends IncidentField>(partial: PartialIncident, question: { readonly field: P }, value: PackValue<P>): { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident;
    <P extends IncidentField>(
      partial: PartialMultiActIncident,
      question: { readonly field: P; readonly reportField?: string },
      value: PackValue<P>,
    ): { readonly ok: true; readonly incident: PartialMultiActIncident } | InvalidIncident;
    <P extends IncidentField>(partial: PartialReport, question: { readonly field: P; readonly reportField?: string }, value: PackValue<P>): { readonly ok: true; readonly incident: PartialReport } | InvalidIncident;
  };
  /** The incident's zod schema under this law: `actor.region` and `election` take the packs' values. */
  readonly incidentSchema: IncidentSchema;
  /** As {@link incidentJsonSchema}, under this law: its regions and elections, with their labels. */
  readonly incidentJsonSchema: Readonly<Record<string, unknown>>;
  /** Labels of this law's regions, elections and lists, in Bahasa Indonesia and English. */
  readonly labels: LawLabels;
  /** Every pack loaded, built-in ones first, in load order. */
  readonly packs: readonly LoadedPack[];
  /** Values of `actor.region` under this law (`other` last). */
  readonly regions: readonly string[];
  /** Values of `election` under this law. */
  readonly elections: readonly string[];
  /** Names of the rules in force in this classifier, built-in ones included. */
  readonly ruleNames: readonly string[];
  /** The lists whose items its findings cite (`kode_etik`, `disiplin`, the regional circulars', the packs'). */
  readonly lists: readonly string[];
  /** The legal bases its results may cite, by id: the built-in registry and the packs'. */
  readonly legalBases: Readonly<Record<string, LegalBasis>>;
  /**
   * Descriptive, stable keys of the lists' items, by list and item (`"3"` or `"3.a"`), which findings carry as `key`
   * (e.g. `itemKeys.disiplin['1']` is `'memasang-alat-peraga-calon'`).
   */
  readonly itemKeys: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Makes a classifier for the built-in law plus the given packs, loaded after the built-in packs through the same
 * path. Every pack is validated whole first; a bad one throws {@link PackError} naming the pack, file, rule and field,
 * and nothing of it is loaded. A `law` pack may only add (rules, regions, elections, bases); replacing or removing
 * loaded rules takes a `what-if` pack.
 * @param options.packs - the packs, as parsed JSON or YAML data.
 * @example
 * ```ts
 * import { createClassifier } from 'netralitas-asn';
 * const law = createClassifier({ packs: [] });
 * law.classifySync({ actor: { employment: 'pns' }, act: { kind: 'social_media_support' }, stage: 'calon' });
 * ```
 */
export function createClassifier(options: { readonly packs?: readonly (LawPack | unknown)[] } = {}): Classifier {
  return classifierOf(lawWith(options.packs ?? []));
}

/**
 * The classifier of a law made by `lawWith` (the built-in packs, then the given ones).
 * @internal
 */
export function classifierOf(law: Law): Classifier {
  const builtIn = BUILT_IN_PACKS.length;
  // Each pack's hash is the sha256 of its data in canonical JSON, some 15 ms for the built-in packs on the bench
  // machine: made when `packs` is first read, not by every CLI call that only classifies (issue 12).
  const packs = once((): LoadedPack[] => law.packs.map((p, i) => ({
    id: p.id,
    kind: p.kind,
    title: p.title,
    ...(p.fidelity ? { fidelity: p.fidelity } : {}),
    notes: p.notes,
    regions: p.regions,
    elections: p.elections,
    builtIn: i < builtIn,
    hash: packHash(p.data),
  })));
  const stamp = packStamp(law);
  /** The law's schemas of a partial report, made when a form first asks for them. */
  const schemas = () => ({ incident: incidentSchemaOf(law), report: multiActSchemaOf(law) });
  const sync = stampedSync(law);
  return {
    classify: async <I>(input: I, opts?: DecideOptions) => stamp(await classifyIn(law, input, opts)) as AnswerTo<I>,
    classifySync: <I>(input: I, opts?: DecideOptions) => sync(input, opts) as AnswerTo<I>,
    nextQuestions: (partial) => nextQuestionsWith(partial, sync, law),
    validateIncident: (input) => validateIncident(input, incidentSchemaOf(law)),
    validateReport: <I = unknown>(input: I) => validateInput(law, input) as ValidatedReport<I>,
    validatePartialIncident: (input) => validatePartialIn(input, schemas()),
    applyAnswer: ((partial: PartialReport, question: { readonly field: string; readonly reportField?: string }, value: unknown) =>
      applyAnswerIn(schemas(), partial, question, value)) as Classifier['applyAnswer'],
    get incidentSchema() {
      return incidentSchemaOf(law);
    },
    get incidentJsonSchema() {
      return incidentJsonSchemaOf(law);
    },
    labels: lawLabels(law),
    get packs() {
      return packs();
    },
    regions: law.regions,
    elections: law.elections,
    ruleNames: law.rules.map((r) => r.name),
    lists: law.lists,
    legalBases: law.bases,
    itemKeys: law.itemKeys,
  };
}
