/**
 * The synchronous classifier: the rules compiled from the same rule files, no json-rules-engine at run time. Made
 * once per law; the built-in law's is `classifySync`.
 */
import { compileRules, evaluateCompiled, type CompiledRules } from '../evaluate/compiled.js';
import type { InvalidIncident } from '../incident/errors.js';
import type { Facts } from '../incident/facts.js';
import type { Incident } from '../incident/schema.js';
import { defaultLaw, type Law } from '../law/law.js';
import { decideIncidentSync, decideSync, type AnswerTo, type Decided, type DecideOptions } from './pipeline.js';
import type { PresumedResult } from './presume.js';
import type { ClassificationResult } from './result.js';

/** A law's synchronous classifier. @internal */
export type SyncClassify = (input: unknown, options?: DecideOptions) => Decided;

/** A law's synchronous classifier of incidents already validated against its schema. @internal */
export type ValidatedClassify = (incident: Incident, options?: DecideOptions) => Decided;

const classifiers = new WeakMap<Law, { readonly input: SyncClassify; readonly validated: ValidatedClassify }>();
const compiledRules = new WeakMap<Law, CompiledRules>();

/**
 * A law's rules compiled, once.
 * @internal
 */
export function compiledRulesOf(law: Law): CompiledRules {
  let compiled = compiledRules.get(law);
  if (!compiled) compiledRules.set(law, (compiled = compileRules(law.rules, law)));
  return compiled;
}

/** A law's two synchronous classifiers (of any input, of validated incidents), made once. */
function classifiersOf(law: Law) {
  let both = classifiers.get(law);
  if (!both) {
    const compiled = compiledRulesOf(law);
    const evaluate = (facts: Facts) => evaluateCompiled(facts, compiled);
    both = {
      input: (input, options) => decideSync(input, law, evaluate, options),
      validated: (incident, options) => decideIncidentSync(incident, law, evaluate, options),
    };
    classifiers.set(law, both);
  }
  return both;
}

/**
 * The synchronous classifier of a law: its rules compiled once.
 * @internal
 */
export const syncClassifierOf = (law: Law): SyncClassify => classifiersOf(law).input;

/**
 * The synchronous classifier of a law for incidents already validated against its schema (`validateIn`): the answer
 * {@link syncClassifierOf} gives for the input they were validated from, without validating them again.
 * @example
 * ```ts
 * const v = validateIn(law, input);
 * if (v.ok) validatedClassifierOf(law)(v.incident); // as syncClassifierOf(law)(input)
 * ```
 * @internal
 */
export const validatedClassifierOf = (law: Law): ValidatedClassify => classifiersOf(law).validated;

/**
 * Classifies a reported incident synchronously with the rules compiled from the same rule files, without
 * json-rules-engine at run time: the same result as {@link classify}, for forms that answer on every keystroke and for
 * batch work.
 *
 * @typeParam I - `unknown` by default (any input, e.g. parsed JSON); pass {@link Incident} (`classifySync<Incident>(...)`)
 *   to have an incident written in code checked at compile time.
 * @param input - untrusted input; it is validated against {@link incidentSchema}.
 * @param options.presume - presumptions for facts the report leaves unsaid (see {@link PRESUMPTIONS}).
 * @returns the result (`ok: true`), or `ok: false` with bilingual validation issues naming each field.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const result = classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });
 * if (result.ok) result.sanction?.level; // 'pemberhentian_tidak_dengan_hormat'
 * ```
 */
export function classifySync<I = unknown>(input: I, options?: { readonly presume?: unknown }): AnswerTo<I> {
  return syncClassifierOf(defaultLaw())(input, options) as AnswerTo<I>;
}
