#!/usr/bin/env -S npx tsx
// How many answers a reporter gives before a report is decided (`npm run questions`): for every fully known point of
// the decision space, start from the employment status and the act, answer the first question `nextQuestions` asks
// with the point's value, and count; beside it the lower bound, the fewest known facts with which the report is
// already decided with the point's outcome. Prints the average and the maximum per act and overall.
import { classifySync } from '../src/decide/classify-sync.js';
import { enumerateDecisionSpace, incidentFromFacts, relevantFacts } from '../src/evaluate/decision-space.js';
import { ACT_KINDS } from '../src/vocabulary/enums.js';
import type { FactName, Facts } from '../src/incident/facts.js';
import { nextQuestions } from '../src/decide/next-questions.js';

const outcome = (r: ReturnType<typeof classifySync>) =>
  r.ok && r.verdict !== 'needs_information' ? JSON.stringify([r.verdict, r.category, r.sanction?.level ?? null, r.tracks.map((t) => t.track).sort()]) : undefined;

// The same known facts recur across points (every point of an act walks the same first questions, and the subsets of
// the lower bound repeat), and both functions are pure: each set of known facts is classified and asked once.
const keyOf = (facts: Facts) => JSON.stringify(Object.entries(facts).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
const outcomes = new Map<string, string | undefined>();
const outcomeOf = (facts: Facts): string | undefined => {
  const key = keyOf(facts);
  if (!outcomes.has(key)) outcomes.set(key, outcome(classifySync(incidentFromFacts(facts))));
  return outcomes.get(key);
};
const firstQuestions = new Map<string, FactName | undefined>();
const firstQuestion = (facts: Facts): FactName | undefined => {
  const key = keyOf(facts);
  if (!firstQuestions.has(key)) {
    const asked = nextQuestions(incidentFromFacts(facts));
    firstQuestions.set(key, (Array.isArray(asked) ? asked[0]?.fact : undefined) as FactName | undefined);
  }
  return firstQuestions.get(key);
};

function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, k - 1).map((s) => [first!, ...s]), ...subsets(rest, k)];
}

const rows: { act: string; answers: number; bound: number; key: string; facts: Facts; want: string; relevant: FactName[] }[] = [];
for (const p of enumerateDecisionSpace()) {
  const relevant = relevantFacts(p.act).filter((f) => f !== 'employment');
  if (relevant.some((f) => p.facts[f] === undefined)) continue; // only fully known points
  const want = outcomeOf(p.facts);
  if (want === undefined) continue; // invalid (an office the election does not fill)
  const base: Facts = { act: p.facts.act!, employment: p.facts.employment! };
  let known: Facts = { ...base };
  let answers = 0;
  for (; answers < 30; answers++) {
    const q = firstQuestion(known);
    if (!q) break;
    known = { ...known, [q]: p.facts[q] };
  }
  if (outcomeOf(known) !== want) throw new Error(`answering led elsewhere: ${JSON.stringify(p.facts)}`);
  let bound = relevant.length;
  for (let k = 0; k < bound; k++) {
    if (subsets(relevant, k).some((s) => outcomeOf({ ...base, ...Object.fromEntries(s.map((f) => [f, p.facts[f]])) }) === want)) {
      bound = k;
      break;
    }
  }
  rows.push({ act: p.act, answers, bound, key: `${p.act}|${String(p.facts.employment)}`, facts: p.facts, want, relevant });
}

// The adaptive optimum: for each act and employment, the fewest answers on average over its fully known points that
// any question-by-question strategy needs (exact search: a group of points is decided when they share an outcome).
// Unlike the lower bound above, a strategy cannot know in advance which facts suffice for the point at hand.
const optimum = new Map<string, number>();
for (const key of new Set(rows.map((r) => r.key))) {
  const group = rows.filter((r) => r.key === key);
  const facts = group[0]!.relevant;
  const memo = new Map<string, number>();
  const cost = (pts: typeof group, asked: readonly FactName[]): number => {
    if (new Set(pts.map((r) => r.want)).size <= 1) return 0;
    const memoKey = asked.map((f) => `${f}=${String(pts[0]!.facts[f])}`).join('&');
    const cached = memo.get(memoKey);
    if (cached !== undefined) return cached;
    let best = Infinity;
    for (const f of facts) {
      if (asked.includes(f)) continue;
      const by = new Map<string, typeof group>();
      for (const r of pts) by.set(String(r.facts[f]), [...(by.get(String(r.facts[f])) ?? []), r]);
      if (by.size <= 1) continue;
      let total = 0;
      for (const g of by.values()) total += g.length * cost(g, [...asked, f].sort());
      best = Math.min(best, 1 + total / pts.length);
    }
    if (best === Infinity) best = 0;
    memo.set(memoKey, best);
    return best;
  };
  optimum.set(key, cost(group, []));
}

const avg = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const line = (name: string, rs: typeof rows) =>
  `${name.padEnd(32)} ${String(rs.length).padStart(6)} ${avg(rs.map((r) => r.answers)).toFixed(2).padStart(8)} ${String(Math.max(0, ...rs.map((r) => r.answers))).padStart(4)} ${avg(rs.map((r) => r.bound)).toFixed(2).padStart(12)} ${String(Math.max(0, ...rs.map((r) => r.bound))).padStart(4)}`;
console.log(`${'act'.padEnd(32)} ${'points'.padStart(6)} ${'answers'.padStart(8)} ${'max'.padStart(4)} ${'lower bound'.padStart(12)} ${'max'.padStart(4)}`);
for (const act of ACT_KINDS) console.log(line(act, rows.filter((r) => r.act === act)));
console.log(line('all fully known points', rows));
const over = rows.filter((r) => r.answers > r.bound).length;
const ratio = avg(rows.map((r) => r.answers)) / Math.max(1e-9, avg(rows.map((r) => r.bound)));
console.log(`points answered in more questions than their lower bound: ${over} of ${rows.length}; average ${(100 * ratio - 100).toFixed(1)}% above the bound`);
const opt = avg(rows.map((r) => optimum.get(r.key)!));
console.log(
  `adaptive optimum (fewest answers on average any question-by-question strategy needs): ${opt.toFixed(2)}; nextQuestions is ${(100 * avg(rows.map((r) => r.answers)) / Math.max(1e-9, opt) - 100).toFixed(1)}% above it`,
);
