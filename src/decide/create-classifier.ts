/**
 * A classifier for the built-in law plus law packs: the same pipeline as `classify` and `classifySync` (validate,
 * derive, evaluate, build the result), run on the rules of the packs as well. json-rules-engine stays the reference
 * interpreter (`classify`); `classifySync` is the compiled evaluator of the same rules.
 */
import { compileRules, evaluateCompiled, type CompiledRules } from '../evaluate/compiled.js';
import { evaluateWithJsonRulesEngine } from '../evaluate/engine.js';
import type { InvalidIncident } from '../incident/errors.js';
import { loadLaw, type LawPack } from '../law/packs.js';
import type { Question } from '../present/questions.js';
import { canonicalJson, sha256Hex } from './audit.js';
import { nextQuestionsWith } from './next-questions.js';
import { decideAsync, decideSync } from './pipeline.js';
import type { ClassificationResult } from './result.js';

/**
 * What {@link createClassifier} returns: the library's classifying API for the law it was made with.
 * @example
 * ```ts
 * import { createClassifier, type Classifier } from 'netralitas-asn';
 * const c: Classifier = createClassifier({ packs: [] });
 * c.packs; // []
 * ```
 */
export interface Classifier {
  /** As {@link classify}, with json-rules-engine on the law with the packs. */
  readonly classify: <I = unknown>(input: I) => Promise<ClassificationResult | InvalidIncident>;
  /** As {@link classifySync}, with the compiled rules of the law with the packs. */
  readonly classifySync: <I = unknown>(input: I) => ClassificationResult | InvalidIncident;
  /** As {@link nextQuestions}, asking what the law with the packs turns on. */
  readonly nextQuestions: <P = unknown>(partial: P) => Question[] | InvalidIncident;
  /** Ids of the packs loaded, in load order. */
  readonly packs: readonly string[];
  /** Names of the rules in force in this classifier, built-in ones included. */
  readonly ruleNames: readonly string[];
}

/**
 * Makes a classifier for the built-in law plus the given packs. Every pack is validated whole first; a bad one throws
 * {@link PackError} naming the pack, file, rule and field, and nothing of it is loaded. A `law` pack may only add
 * rules; replacing or removing built-in rules takes a `what-if` pack.
 * @param options.packs - the packs, as parsed JSON or YAML data.
 * @example
 * ```ts
 * import { createClassifier } from 'netralitas-asn';
 * const law = createClassifier({ packs: [] });
 * law.classifySync({ actor: { employment: 'pns' }, act: { kind: 'social_media_support' }, stage: 'calon' });
 * ```
 */
export function createClassifier(options: { readonly packs?: readonly (LawPack | unknown)[] } = {}): Classifier {
  const packs = options.packs ?? [];
  const law = loadLaw(packs);
  // The audit names each pack with the hash of its data, so a result says which law beyond the package decided it.
  const loaded = packs.map((p) => ({ id: String((p as { id: string }).id), hash: sha256Hex(canonicalJson(p)) }));
  const stamp = <R extends ClassificationResult | InvalidIncident>(r: R): R =>
    r.ok && loaded.length > 0 ? ({ ...r, audit: { ...r.audit, packs: loaded } } as R) : r;
  const compiled: CompiledRules = compileRules(law.rules);
  const classifySync = (input: unknown) => stamp(decideSync(input, (facts) => evaluateCompiled(facts, compiled), law.byName));
  const classify = async (input: unknown) => stamp(await decideAsync(input, (facts) => evaluateWithJsonRulesEngine(facts, law.rules), law.byName));
  return {
    classify,
    classifySync,
    nextQuestions: (partial) => nextQuestionsWith(partial, classifySync),
    packs: law.packs,
    ruleNames: law.rules.map((r) => r.name),
  };
}
