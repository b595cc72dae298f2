/**
 * Classification with an injected rule set instead of the bundled rule files: the same pipeline as
 * {@link classifySync}, for mutation testing of the rule files (scripts/mutate.ts) and other analyses that evaluate
 * altered rules in memory. Not part of the public API.
 */
import { compileRules, evaluateCompiled, type CompiledRules } from '../evaluate/compiled.js';
import type { InvalidIncident } from '../incident/errors.js';
import { validateRuleFiles, type LoadedRule } from '../law/rule-files.js';
import { decideSync } from './pipeline.js';
import type { ClassificationResult } from './result.js';

/** A validated, compiled rule set. @internal */
export interface RuleSet {
  readonly compiled: CompiledRules;
  readonly byName: ReadonlyMap<string, LoadedRule>;
}

/**
 * Validates rule files (same shape as `RULE_FILES`: file name to parsed JSON) and compiles them; throws, naming the
 * file and rule, when a file is invalid.
 * @internal
 */
export function ruleSetOf(files: Readonly<Record<string, unknown>>): RuleSet {
  const { rules } = validateRuleFiles(files);
  return { compiled: compileRules(rules), byName: new Map(rules.map((r) => [r.name, r])) };
}

/**
 * Classifies an incident with the given rule set.
 * @internal
 */
export function classifyWithRules(input: unknown, ruleSet: RuleSet): ClassificationResult | InvalidIncident {
  return decideSync(input, (facts) => evaluateCompiled(facts, ruleSet.compiled), ruleSet.byName);
}
