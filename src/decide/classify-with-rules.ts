/**
 * Classification with an injected rule set instead of the built-in law's rules: the same pipeline as
 * {@link classifySync}, for mutation testing of the rule files (scripts/mutate.ts) and other analyses that evaluate
 * altered rules in memory. Not part of the public API.
 */
import { compileRules, evaluateCompiled, type CompiledRules } from '../evaluate/compiled.js';
import type { InvalidIncident } from '../incident/errors.js';
import { defaultLaw, validateBuiltInRuleFiles, withRules, type Law } from '../law/law.js';
import type { LoadedRule } from '../law/rule-files.js';
import { decideSync, type Decided } from './pipeline.js';
import type { PresumedResult } from './presume.js';
import type { ClassificationResult } from './result.js';

/** A validated, compiled rule set, and the built-in law with those rules. @internal */
export interface RuleSet {
  readonly compiled: CompiledRules;
  readonly byName: ReadonlyMap<string, LoadedRule>;
  readonly law: Law;
}

/**
 * Validates rule files (file name to parsed JSON, as the built-in packs hold them) against the built-in law and
 * compiles them; throws, naming the file and rule, when a file is invalid.
 * @internal
 */
export function ruleSetOf(files: Readonly<Record<string, unknown>>): RuleSet {
  const { rules } = validateBuiltInRuleFiles(files);
  const law = withRules(defaultLaw(), rules);
  return { compiled: compileRules(rules, law), byName: law.byName, law };
}

/**
 * Classifies an incident with the given rule set.
 * @internal
 */
export function classifyWithRules(input: unknown, ruleSet: RuleSet): Decided {
  return decideSync(input, ruleSet.law, (facts) => evaluateCompiled(facts, ruleSet.compiled));
}
