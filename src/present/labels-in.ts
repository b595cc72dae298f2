/**
 * Every label of the library in one language, as plain JSON: what a server-side form (PHP, Python, a template) needs
 * without running JavaScript. The package ships it for each language as `netralitas-asn/labels/id.json` and
 * `netralitas-asn/labels/en.json`, written at build time from this function.
 */
import { FORM_ORDER, questionFor } from './questions.js';
import { FIELD_LABELS, QUESTION_LABELS, SECTION_LABELS, VALUE_LABELS, type LabelledEnum, type QuestionKey, type SectionKey } from './labels.js';
import { RESULT_LABELS, type ResultFieldKey } from './result-labels.js';
import type { FactName, FactValue } from '../incident/facts.js';
import type { Bilingual, Language } from '../vocabulary/text.js';

/**
 * The labels in one language: the sections of the incident, each field's label and question, the questions of a form
 * in form order with their options, every enumeration value, and every result field.
 * @example
 * ```ts
 * import { labelsIn, type LabelsInOneLanguage } from 'netralitas-asn';
 * const en: LabelsInOneLanguage = labelsIn('en');
 * en.values.verdict.needs_information; // 'More information needed'
 * ```
 */
export interface LabelsInOneLanguage {
  /** The language of every text. */
  readonly language: Language;
  /** The incident and its parts (`actor`, `act`, `target`). */
  readonly sections: { readonly [K in SectionKey]: { readonly title: string; readonly description: string } };
  /** Each field a form asks (the facts, `date` and `reference`): its short label and its question. */
  readonly fields: { readonly [K in QuestionKey]: { readonly label: string; readonly question: string } };
  /** The questions about the facts, in form order (who, what, whom, when), each with its incident field and options. */
  readonly questions: readonly {
    readonly fact: FactName;
    readonly field: string;
    readonly question: string;
    readonly options: readonly { readonly value: FactValue; readonly label: string }[];
    readonly derivableFrom?: readonly string[];
  }[];
  /** Every value of every enumeration, by enumeration (`'true'`/`'false'` for `boolean`). */
  readonly values: { readonly [E in LabelledEnum]: { readonly [V in keyof (typeof VALUE_LABELS)[E]]: string } };
  /** Every field of a result and of its parts. */
  readonly result: { readonly [K in ResultFieldKey]: string };
}

const pick = <K extends string>(table: { readonly [P in K]: Bilingual }, lang: Language): { [P in K]: string } =>
  Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[lang]])) as { [P in K]: string };

/**
 * Every label in one language (see {@link LabelsInOneLanguage}); the files `labels/id.json` and `labels/en.json` of
 * the package hold `labelsIn('id')` and `labelsIn('en')`.
 * @example
 * ```ts
 * import { labelsIn } from 'netralitas-asn';
 * const id = labelsIn('id');
 * id.fields.cltn.label;                 // the short label of `actor.cltn`
 * id.questions[0]?.field;               // 'actor.employment'
 * id.values.sanctionLevel.sanksi_moral; // 'Sanksi moral'
 * ```
 */
export function labelsIn(lang: Language): LabelsInOneLanguage {
  const keys = Object.keys(FIELD_LABELS) as QuestionKey[];
  return {
    language: lang,
    sections: Object.fromEntries(
      Object.entries(SECTION_LABELS).map(([k, s]) => [k, { title: s.title[lang], description: s.description[lang] }]),
    ) as LabelsInOneLanguage['sections'],
    fields: Object.fromEntries(keys.map((k) => [k, { label: FIELD_LABELS[k][lang], question: QUESTION_LABELS[k][lang] }])) as LabelsInOneLanguage['fields'],
    questions: FORM_ORDER.map((fact) => {
      const q = questionFor(fact);
      return {
        fact,
        field: q.field,
        question: q.question[lang],
        options: q.options.map((o) => ({ value: o.value, label: o.label[lang] })),
        ...(q.derivableFrom ? { derivableFrom: q.derivableFrom } : {}),
      };
    }),
    values: Object.fromEntries(
      Object.entries(VALUE_LABELS).map(([e, table]) => [e, pick(table as Record<string, Bilingual>, lang)]),
    ) as unknown as LabelsInOneLanguage['values'],
    result: pick(RESULT_LABELS, lang),
  };
}
