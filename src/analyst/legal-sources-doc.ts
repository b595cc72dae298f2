/**
 * The text of docs/legal-sources.md, generated from the registry: each legal document with its public source, and the
 * confidence of each basis (level) cited from it. @internal
 */
import { LEGAL_BASES, LEGAL_DOCUMENTS, type DocumentId } from '../law/legal-bases.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** @internal */
export function legalSourcesMarkdown(): string {
  const lines = [
    '# Legal sources',
    '',
    'Generated from `src/law/legal-bases.ts` by `npm run docs:sources`; a test checks that it is current.',
    '',
    'Each instrument with the public source it is read from (the official text, the public OCR of the official copy, or',
    'the page that reproduces it), then each article, item or point cited from it with its confidence: **high** = the',
    'primary text was read and is quoted; **medium** = secondary sources (news, government news pages); **low** = an',
    'inference or one weak source. "No public copy named" means the signed text was read but no public address for it',
    'is known; "not seen" / "not read" means the primary text itself was not available.',
    '',
  ];
  for (const [id, doc] of Object.entries(LEGAL_DOCUMENTS) as [DocumentId, (typeof LEGAL_DOCUMENTS)[DocumentId]][]) {
    lines.push(`## ${doc.short} (\`${id}\`)`, '', doc.title, '');
    lines.push(`- Level: ${doc.level}`);
    const from = 'inForceFrom' in doc ? doc.inForceFrom : undefined;
    const until = 'inForceUntil' in doc ? doc.inForceUntil : undefined;
    if (from !== undefined || until !== undefined) lines.push(`- In force: ${from ?? '?'} to ${until ?? '(no end recorded)'}`);
    lines.push(`- Public source: ${doc.source}`, '');
    const bases = Object.entries(LEGAL_BASES).filter(([, b]) => b.document === id);
    if (bases.length > 0) {
      lines.push('| Basis | Article | Confidence | Source |', '| --- | --- | --- | --- |');
      for (const [bid, b] of bases) {
        const source = b.source === doc.source ? 'as above' : b.source;
        lines.push(`| \`${bid}\` | ${cell(b.article)} | ${b.confidence} | ${cell(source)} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
