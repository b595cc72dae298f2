#!/usr/bin/env -S npx tsx
// Legal coverage of the fixtures (`npm run coverage:legal [-- PATH...]`): which rules, legal bases, sanction levels,
// tracks and verdicts the cases exercise, each with its positive and negative boundary cases. Exit code 1 when a rule
// lacks either side (the same check as test/coverage.test.ts).
import { join } from 'node:path';
import { loadCaseFiles } from '../src/analyst/case-files.js';
import { formatCaseError } from '../src/analyst/case-runner.js';
import { formatCoverage, legalCoverage } from '../src/analyst/legal-coverage.js';

const paths = process.argv.slice(2);
const { cases, errors } = loadCaseFiles(paths.length > 0 ? paths : [join(import.meta.dirname, '..', 'fixtures')]);
for (const e of errors) console.error(formatCaseError(e));
const lines = legalCoverage(cases);
console.log(`${cases.length} cases`);
console.log(formatCoverage(lines));
const missing = lines.filter((l) => l.kind === 'rule' && (l.positive === 0 || l.negative === 0));
process.exitCode = missing.length > 0 || errors.length > 0 ? 1 : 0;
