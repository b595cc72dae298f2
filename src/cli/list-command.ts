/**
 * `netralitas-asn list acts|items|bases|elections [--lang id|en]`: the ids an incident, a case file or a filter can
 * use, each with its label, so that nobody needs the source to find one.
 */
import { LEGAL_BASES, LEGAL_DOCUMENTS, type DocumentId, type LegalBasisId } from '../law/legal-bases.js';
import { loadRules } from '../law/law.js';
import { VALUE_LABELS } from '../present/labels.js';
import { ACT_KINDS, ELECTIONS } from '../vocabulary/enums.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { badUsage, parseCommand } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { openOutput } from './output.js';

/** What `list` can list. @internal */
export const LISTABLE = ['acts', 'items', 'bases', 'elections'] as const;

const HELP = `Usage: netralitas-asn list acts|items|bases|elections [--lang id|en]

Prints one id per line, a tab, and its label:
  acts       the values of act.kind
  items      the listed items the rules cite, as "<list> <item>" (as in the items of batch output): the item's
             text in the source (id) or what the first rule citing it finds (en)
  bases      the ids of the legal registry (the bases of a result), with document and article
  elections  the values of election, with the title of its calendar
  --lang id|en  language of the labels (default id)
Exit code: 0, or 2 for a usage error.
`;

/** The first sentence of a text (up to the first ". " or the end). */
const firstSentence = (text: string): string => {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end + 1);
};

/** The listed items the rules cite, in rule order, each with its label. */
function items(): [string, Bilingual][] {
  const found = new Map<string, { quote?: string; explanation?: Bilingual; fallback: Bilingual }>();
  for (const rule of loadRules().rules) {
    const p = rule.event.params as { list?: string; item?: number | string; bases: readonly LegalBasisId[]; explanation: Bilingual };
    if (p.list === undefined) continue;
    const id = `${p.list} ${String(p.item)}`;
    const entry = found.get(id) ?? { fallback: p.explanation };
    if (entry.quote === undefined && p.bases[0] !== undefined) entry.quote = LEGAL_BASES[p.bases[0]].quote;
    if (entry.explanation === undefined && rule.event.type === 'violation') entry.explanation = p.explanation;
    found.set(id, entry);
  }
  return [...found].map(([id, e]) => {
    const explanation = e.explanation ?? e.fallback;
    return [id, t(e.quote ?? firstSentence(explanation.id), firstSentence(explanation.en))];
  });
}

/** The rows of one listing. @internal */
export function listing(what: (typeof LISTABLE)[number]): [string, Bilingual][] {
  switch (what) {
    case 'acts':
      return ACT_KINDS.map((kind) => [kind, VALUE_LABELS.actKind[kind]]);
    case 'items':
      return items();
    case 'bases':
      return (Object.keys(LEGAL_BASES) as LegalBasisId[]).map((id) => {
        const basis = LEGAL_BASES[id];
        const label = `${LEGAL_DOCUMENTS[basis.document as DocumentId].short} ${basis.article}`;
        return [id, t(label, label)];
      });
    case 'elections':
      return ELECTIONS.map((e) => [e, VALUE_LABELS.election[e]]);
  }
}

/** The `list` command. @internal */
export const listCommand: Command = {
  name: 'list',
  usage: 'list acts|items|bases|elections',
  summary: 'list the act kinds, listed items, legal bases or elections, each id with its label',
  async run(argv) {
    const { positionals, values } = parseCommand(argv, { lang: { type: 'string' } }, HELP);
    if (values.help) {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    if (positionals.length !== 1 || !(LISTABLE as readonly string[]).includes(positionals[0]!)) {
      throw badUsage(`list takes one of ${LISTABLE.join(', ')}`, HELP);
    }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw badUsage(`Unknown language ${values.lang}; expected id or en`, HELP);
    const lang: Language = values.lang ?? 'id';
    const rows = listing(positionals[0] as (typeof LISTABLE)[number]);
    const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
    const out = openOutput(undefined, undefined);
    await out.write(rows.map(([id, label]) => `${id}\t${clean(label[lang])}\n`).join(''));
    await out.commit();
    return EXIT.ok;
  },
};
