/**
 * The rule files as a GoRules JDM decision table, built automatically (never by hand): one input column per fact, one
 * row per rule whose cells are the rule's conditions as ZEN unary tests (`"calon"`, `true`, `"pns", "cpns"`; an empty
 * cell matches anything), one output column with the rule's name, hit policy `collect`. A missing fact is null in ZEN
 * and fails every non-empty cell: the exact reading of src/evaluate/engine.ts.
 */
import { FACT_NAMES } from '../src/incident/facts.js';
import { loadRules } from '../src/law/law.js';

const literal = (value: unknown): string => JSON.stringify(value);

/** The JDM graph: input node -> decision table -> output node. */
export function zenDecisionGraph(): object {
  const { rules } = loadRules();
  const inputs = FACT_NAMES.map((fact) => ({ id: `in_${fact}`, name: fact, field: fact }));
  const rows = rules.map((rule) => {
    const row: Record<string, string> = { _id: rule.name, out_rule: literal(rule.name) };
    for (const fact of FACT_NAMES) row[`in_${fact}`] = '';
    for (const c of rule.conditions.all) {
      const cell = c.operator === 'in' ? (c.value as unknown[]).map(literal).join(', ') : literal(c.value);
      if (row[`in_${c.fact}`]) throw new Error(`${rule.name}: two conditions on ${c.fact}; the table builder does not handle it`);
      row[`in_${c.fact}`] = cell;
    }
    return row;
  });
  return {
    contentType: 'application/vnd.gorules.decision',
    nodes: [
      { id: 'input', type: 'inputNode', name: 'facts', position: { x: 0, y: 0 } },
      {
        id: 'rules',
        type: 'decisionTableNode',
        name: 'rules',
        position: { x: 200, y: 0 },
        content: { hitPolicy: 'collect', inputs, outputs: [{ id: 'out_rule', name: 'rule', field: 'rule' }], rules: rows },
      },
      { id: 'output', type: 'outputNode', name: 'result', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'input', targetId: 'rules', type: 'edge' },
      { id: 'e2', sourceId: 'rules', targetId: 'output', type: 'edge' },
    ],
  };
}
