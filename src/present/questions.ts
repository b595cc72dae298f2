/**
 * The question a form asks for a fact the rules read: the fact, its incident field, the question and the labelled
 * options, in both languages. Shared by {@link nextQuestions} and by the `missingFacts` of a result.
 */
import { FACTS, FACT_NAMES, type FactField, type FactName, type FactValue, type ValueOfFact } from '../incident/facts.js';
import { defaultLaw, type Law } from '../law/law.js';
import { QUESTION_LABELS, valueLabel } from './labels.js';
import type { Bilingual } from '../vocabulary/text.js';

/**
 * One answer a question offers.
 * @example
 * ```ts
 * import { questionFor, type QuestionOption } from 'netralitas-asn';
 * const yes: QuestionOption = questionFor('cltn').options[0]; // { value: true, label: { id: 'Ya', en: 'Yes' } }
 * ```
 */
export interface QuestionOption<V extends FactValue = FactValue> {
  /** The value to put in the incident field. */
  readonly value: V;
  /** Its label in both languages. */
  readonly label: Bilingual;
}

/**
 * The question about one fact `F`: its field and option values typed from the schema.
 * @example
 * ```ts
 * import { questionFor, type QuestionAbout } from 'netralitas-asn';
 * const q: QuestionAbout<'stage'> = questionFor('stage');
 * q.options.map((o) => o.value); // ['bakal_calon', 'calon'], typed as the stages
 * ```
 */
export interface QuestionAbout<F extends FactName> {
  /** The fact the rules read. */
  readonly fact: F;
  /** The incident field that holds it (dotted path, e.g. `actor.cltn`). */
  readonly field: FactField<F>;
  /** The question in both languages. */
  readonly question: Bilingual;
  /** Every value the field takes, with its label, in the order of the enumeration (`true` before `false`). */
  readonly options: readonly QuestionOption<ValueOfFact<F>>[];
  /**
   * Incident fields (dotted paths) from which the election calendar derives this fact when all of them are given:
   * the stage from `election`, `date` and `target.office`, the campaign phase from `election` and `date`.
   */
  readonly derivableFrom?: readonly string[];
}

/**
 * A question about one fact of an incident, discriminated by `field` (and `fact`): after `q.field === 'actor.cltn'`
 * the option values are `boolean`, after `q.field === 'stage'` they are the stages, as the zod schema types them.
 * @example
 * ```ts
 * import { nextQuestions, type Question } from 'netralitas-asn';
 * const next = nextQuestions({});
 * const first: Question | undefined = Array.isArray(next) ? next[0] : undefined;
 * first?.field; // 'actor.employment'
 * if (first?.field === 'actor.employment') first.options.map((o) => o.value); // typed as the employment statuses
 * ```
 */
export type Question<F extends FactName = FactName> = { readonly [K in F]: QuestionAbout<K> }[F];

const SECTION = ['actor', 'act', 'target'];
const section = (fact: FactName): number => {
  const i = SECTION.indexOf(FACTS[fact].path.split('.')[0]!);
  return i === -1 ? SECTION.length : i;
};

/**
 * The facts in the order a form asks them: who (`actor.*`), what (`act.*`), whom (`target.*`), when (stage, campaign
 * phase, election); within a section in the order of the facts table. {@link nextQuestions} and `missingFacts` use it.
 * @example
 * ```ts
 * import { FORM_ORDER } from 'netralitas-asn';
 * FORM_ORDER[0]; // 'employment'
 * FORM_ORDER.indexOf('cltn') < FORM_ORDER.indexOf('act'); // true
 * ```
 */
export const FORM_ORDER: readonly FactName[] = [...FACT_NAMES].sort(
  (a, b) => section(a) - section(b) || FACT_NAMES.indexOf(a) - FACT_NAMES.indexOf(b),
);

const DERIVABLE: Partial<Record<FactName, readonly string[]>> = {
  stage: ['election', 'date', 'target.office'],
  phase: ['election', 'date'],
};

/**
 * The question for one fact.
 * @example
 * ```ts
 * import { questionFor } from 'netralitas-asn';
 * const q = questionFor('cltn');
 * q.field;                 // 'actor.cltn'
 * q.options.map((o) => o.value); // [true, false]
 * ```
 */
export function questionFor<F extends FactName>(fact: F, law: Law = defaultLaw()): Question<F> {
  // A law with packs may add regions and elections beyond the built-in ones the static type names.
  const options = (law.domains[fact] as readonly FactValue[] as readonly ValueOfFact<F>[]).map((value) => ({ value, label: valueLabel(fact, value, law)! }));
  const derivableFrom = DERIVABLE[fact];
  const question: QuestionAbout<F> = {
    fact,
    field: FACTS[fact].path,
    question: QUESTION_LABELS[fact],
    options,
    ...(derivableFrom ? { derivableFrom } : {}),
  };
  return question as Question<F>;
}
