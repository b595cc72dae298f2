/**
 * The question a form asks for a fact the rules read: the fact, its incident field, the question and the labelled
 * options, in both languages. Shared by {@link nextQuestions} and by the `missingFacts` of a result.
 */
import { FACTS, FACT_NAMES, type FactName, type FactValue } from '../incident/facts.js';
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
export interface QuestionOption {
  /** The value to put in the incident field. */
  readonly value: FactValue;
  /** Its label in both languages. */
  readonly label: Bilingual;
}

/**
 * A question about one fact of an incident.
 * @example
 * ```ts
 * import { nextQuestions, type Question } from 'netralitas-asn';
 * const next = nextQuestions({});
 * const first: Question | undefined = Array.isArray(next) ? next[0] : undefined;
 * first?.field; // 'actor.employment'
 * ```
 */
export interface Question {
  /** The fact the rules read. */
  readonly fact: FactName;
  /** The incident field that holds it (dotted path, e.g. `actor.cltn`). */
  readonly field: string;
  /** The question in both languages. */
  readonly question: Bilingual;
  /** Every value the field takes, with its label, in the order of the enumeration (`true` before `false`). */
  readonly options: readonly QuestionOption[];
  /**
   * Incident fields (dotted paths) from which the election calendar derives this fact when all of them are given:
   * the stage from `election`, `date` and `target.office`, the campaign phase from `election` and `date`.
   */
  readonly derivableFrom?: readonly string[];
}

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
export function questionFor(fact: FactName, law: Law = defaultLaw()): Question {
  const options = law.domains[fact].map((value) => ({ value, label: valueLabel(fact, value, law)! }));
  const derivableFrom = DERIVABLE[fact];
  return {
    fact,
    field: FACTS[fact].path,
    question: QUESTION_LABELS[fact],
    options,
    ...(derivableFrom ? { derivableFrom } : {}),
  };
}
