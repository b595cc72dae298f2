/**
 * Mutation testing of the rule files: small changes to the law as written in rules/*.json (a condition dropped,
 * negated or given another value of its domain, the event type flipped between violation and no_violation, another
 * sanction, another or one fewer legal basis), each evaluated in memory with the compiled evaluator against the
 * fixture cases. A mutant is killed when some case's expectation no longer holds. Run by `npm run mutate`
 * (scripts/mutate.ts); the score is kept in docs/mutation-score.json and README.
 */
import { officesOf } from '../law/law.js';
import { compareOutcome, type Case } from './cases.js';
import { classifySync } from '../decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts } from '../evaluate/decision-space.js';
import { ACT_KINDS, type ActKind, type Election } from '../vocabulary/enums.js';
import { loadRules } from '../law/law.js';
import type { LoadedRule } from '../law/rule-files.js';
import { classifyWithRules, ruleSetOf } from '../decide/classify-with-rules.js';
import { FACTS, type FactName } from '../incident/facts.js';
import { builtInRuleFiles, defaultLaw } from '../law/law.js';
import { LEGAL_BASES } from '../law/legal-bases.js';

const RULE_FILES = builtInRuleFiles();

type Json = Record<string, unknown>;
interface RawCondition {
  fact: FactName;
  operator: 'equal' | 'in';
  value: unknown;
}
interface RawRule {
  name: string;
  conditions: { all: RawCondition[] };
  event: { type: string; params: Json };
}

/** One mutant: an id that says what changed, and the mutated rule files. @internal */
export interface Mutant {
  readonly id: string;
  readonly rule: string;
  readonly operator: 'drop-condition' | 'condition-value' | 'negate-condition' | 'event-type' | 'sanction' | 'basis-swap' | 'basis-drop';
  readonly files: Readonly<Record<string, unknown>>;
}

const show = (v: unknown) => (Array.isArray(v) ? `[${v.join(',')}]` : String(v));
const BASIS_IDS = Object.keys(LEGAL_BASES);

/**
 * Every mutant of the rule files, in a fixed order.
 * @internal
 */
export function* generateMutants(files: Readonly<Record<string, unknown>> = RULE_FILES): Generator<Mutant> {
  for (const [file, raw] of Object.entries(files)) {
    const rules = (raw as { rules: RawRule[] }).rules;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const make = (operator: Mutant['operator'], what: string, change: (copy: RawRule) => void): Mutant => {
        const copy = structuredClone(raw) as { rules: RawRule[] };
        change(copy.rules[r]!);
        return { id: `${rule.name}: ${what}`, rule: rule.name, operator, files: { ...files, [file]: copy } };
      };
      for (let i = 0; i < rule.conditions.all.length; i++) {
        const c = rule.conditions.all[i]!;
        const domain = FACTS[c.fact].domain as readonly unknown[];
        const label = `${c.fact} ${c.operator} ${show(c.value)}`;
        if (rule.conditions.all.length > 1) yield make('drop-condition', `drop ${label}`, (x) => x.conditions.all.splice(i, 1));
        const accepted = c.operator === 'equal' ? [c.value] : (c.value as unknown[]);
        const rest = domain.filter((v) => !accepted.includes(v));
        if (rest.length > 0) {
          yield make('negate-condition', `negate ${label} to in ${show(rest)}`, (x) => {
            x.conditions.all[i] = { fact: c.fact, operator: 'in', value: rest };
          });
        }
        if (c.operator === 'equal') {
          for (const v of rest) yield make('condition-value', `${label} -> ${show(v)}`, (x) => void (x.conditions.all[i]!.value = v));
        } else {
          const values = c.value as unknown[];
          if (values.length > 1) {
            for (const v of values) {
              yield make('condition-value', `${label} without ${show(v)}`, (x) => void (x.conditions.all[i]!.value = values.filter((y) => y !== v)));
            }
          }
          for (const v of rest) yield make('condition-value', `${label} with ${show(v)}`, (x) => void (x.conditions.all[i]!.value = [...values, v]));
        }
      }
      const { type, params } = rule.event;
      if (type === 'violation') {
        yield make('event-type', 'violation -> no_violation', (x) => {
          const { list, item, bases, explanation } = params;
          x.event = { type: 'no_violation', params: { list, item, bases, explanation } };
        });
        for (const s of Object.keys(defaultLaw().sanctionData.sanctions).filter((s) => s !== params['sanction'])) {
          yield make('sanction', `sanction ${String(params['sanction'])} -> ${s}`, (x) => void (x.event.params['sanction'] = s));
        }
      } else if (type === 'no_violation') {
        yield make('event-type', 'no_violation -> violation', (x) => {
          const category = params['list'] === 'kode_etik' ? 'kode_etik' : 'disiplin';
          x.event = { type: 'violation', params: { ...params, category, sanction: 'undetermined' } };
        });
      }
      const bases = (params['bases'] as string[] | undefined) ?? [];
      for (let i = 0; i < bases.length; i++) {
        const b = bases[i]!;
        const other = BASIS_IDS.slice(BASIS_IDS.indexOf(b) + 1).concat(BASIS_IDS).find((id) => !bases.includes(id))!;
        yield make('basis-swap', `basis ${b} -> ${other}`, (x) => void ((x.event.params['bases'] as string[])[i] = other));
        if (bases.length > 1) yield make('basis-drop', `drop basis ${b}`, (x) => void (x.event.params['bases'] as string[]).splice(i, 1));
      }
    }
  }
}

/** The outcome of one mutant. @internal */
export interface MutantOutcome {
  readonly id: string;
  readonly operator: Mutant['operator'];
  /** `killed` (with the first case that kills it), `survived`, or `invalid` (rejected by the rule-file schema). */
  readonly status: 'killed' | 'survived' | 'invalid';
  readonly killedBy?: string;
}

/**
 * Runs the cases against one mutant; stops at the first case whose expectation fails.
 * @internal
 */
export function runMutant(mutant: Mutant, cases: readonly Case[]): MutantOutcome {
  let ruleSet;
  try {
    ruleSet = ruleSetOf(mutant.files);
  } catch {
    return { id: mutant.id, operator: mutant.operator, status: 'invalid' };
  }
  for (const c of cases) {
    if (compareOutcome(c.expect, classifyWithRules(c.incident, ruleSet)).length > 0) {
      return { id: mutant.id, operator: mutant.operator, status: 'killed', killedBy: c.name };
    }
  }
  return { id: mutant.id, operator: mutant.operator, status: 'survived' };
}

/** What a case can check of a result (the fields of an expectation). @internal */
export function observable(result: ReturnType<typeof classifyWithRules>): string {
  if (!result.ok) return JSON.stringify({ invalid: result.error.issues.map((i) => i.path) });
  const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
  return JSON.stringify({
    verdict: result.verdict,
    items: sorted(result.violations.map((v) => `${v.list} ${v.item}`)),
    category: result.category,
    sanction: result.sanction?.level ?? null,
    bases: Object.keys(result.citations).sort(),
    tracks: sorted(result.tracks.map((t) => t.track)),
    bodies: sorted(result.tracks.flatMap((t) => t.steps.flatMap((s) => s.bodies.map((b) => b.body)))),
    missingFacts: sorted(result.missingFacts.map((m) => m.fact)),
    records: sorted(result.records.map((r) => r.kind)),
  });
}

/** An incident on which a mutant and the bundled rules give different observable outcomes. @internal */
export interface Witness {
  readonly incident: Record<string, unknown>;
  readonly original: string;
  readonly mutant: string;
}

const actsRead = (rule: LoadedRule): readonly ActKind[] => {
  const c = rule.conditions.all.find((x) => x.fact === 'act');
  if (!c) return ACT_KINDS;
  return (Array.isArray(c.value) ? c.value : [c.value]) as ActKind[];
};

/**
 * Searches the decision space of the bundled rules and the mutant together (so that both sets of distinctions are
 * points, every employment taken alone because the sanction reads it) for an incident on which the mutant changes an
 * observable outcome. None means the mutant is equivalent: no case can kill it.
 * @internal
 */
export function findWitness(mutant: Mutant): Witness | undefined {
  const ruleSet = ruleSetOf(mutant.files);
  const original = loadRules().byName.get(mutant.rule)!;
  const mutated = ruleSet.byName.get(mutant.rule)!;
  const rules = [...loadRules().rules, { ...mutated, name: `${mutated.name}#mutant` }];
  const acts = [...new Set([...actsRead(original), ...actsRead(mutated)])];
  for (const point of enumerateDecisionSpace(rules, acts)) {
    const employment = point.classes.find((c) => c.fact === 'employment')!;
    for (const e of employment.values) {
      const facts = { ...point.facts, employment: e };
      const election = facts.election as Election | undefined;
      const office = point.classes.find((c) => c.fact === 'office');
      if (office && office.values.length > 0 && election) {
        const valid = office.values.find((o) => (officesOf(election) as readonly unknown[]).includes(o));
        if (valid === undefined) continue;
        facts.office = valid;
      }
      const incident = incidentFromFacts(facts);
      const a = observable(classifySync(incident));
      const b = observable(classifyWithRules(incident, ruleSet));
      if (a !== b) return { incident, original: a, mutant: b };
    }
  }
  return undefined;
}
