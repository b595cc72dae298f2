// Writes docs/legal-sources.md from the registry (src/law/legal-bases.ts): each instrument with its public source and
// the confidence of each basis cited from it. `tsx scripts/legal-sources.ts` writes it; `--check` exits 1 when the
// file is not current (test/public-sources.test.ts runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { legalSourcesMarkdown } from '../src/analyst/legal-sources-doc.js';

const file = join(import.meta.dirname, '..', 'docs', 'legal-sources.md');
const text = legalSourcesMarkdown();
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error('docs/legal-sources.md is not current: run npm run docs:sources');
    process.exit(1);
  }
} else writeFileSync(file, text);
