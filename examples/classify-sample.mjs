// Classifies a sample incident with the built package and prints the result.
// Run: npm ci && npm run example
import { classify } from '../dist/index.js';

const incident = {
  reference: 'contoh-001',
  actor: { employment: 'pns', region: 'other' },
  act: { kind: 'post_photo', photoShows: 'candidate', publiclyAccessible: true, supportPurpose: true },
  target: { office: 'bupati' },
  election: 'pilkada_2024',
  date: '2024-10-05',
};

const result = await classify(incident);
if (!result.ok) {
  console.error(JSON.stringify(result.error, null, 2));
  process.exit(1);
}
const v = result.violations[0];
console.log(`verdict:   ${result.verdict}`);
console.log(`item:      ${v ? `${v.list} ${v.item}` : '-'} (${result.category ?? '-'})`);
console.log(`sanction:  ${result.sanction?.level ?? '-'}: ${result.sanction?.options.map((o) => o.label.id).join(' / ') ?? ''}`);
console.log(`bases:     ${v?.bases.join(', ') ?? '-'}`);
console.log(`track:     ${result.tracks.map((t) => `${t.track}: ${t.steps.map((s) => s.bodies.map((b) => b.body).join('|')).join(' -> ')}`).join('; ')}`);
console.log(`derived:   ${result.derived.map((d) => `${d.fact}=${d.value} (${d.from.entry} ${d.from.date})`).join(', ')}`);
console.log(`penjelasan:\n${result.explanation.id}`);
console.log(`\nFull result (JSON):\n${JSON.stringify(result, null, 2)}`);
