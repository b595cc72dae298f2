/**
 * `netralitas-asn list acts|items|bases|elections|regions|packs [--lang id|en] [--pack PATH]`: the ids an incident, a
 * case file or a filter can use, each with its label, so that nobody needs the source to find one.
 */
import type { LegalBasisId } from '../law/legal-bases.js';
import { defaultLaw, type Law } from '../law/law.js';
import { lawLabels } from '../present/labels.js';
import { lawFrom, PACK_HELP, PACK_OPTION } from './packs-option.js';
import { VALUE_LABELS } from '../present/labels.js';
import { ACT_KINDS } from '../vocabulary/enums.js';
import { t, type Bilingual, type Language } from '../vocabulary/text.js';
import { badUsage, parseCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { openOutput } from './output.js';

/** What `list` can list. @internal */
export const LISTABLE = ['acts', 'items', 'bases', 'elections', 'regions', 'packs'] as const;

const HELP = `Usage: netralitas-asn list acts|items|bases|elections|regions|packs [--lang id|en] [--pack PATH]

Prints one id per line, a tab, and its label:
  acts       the values of act.kind
  items      the listed items the rules cite, as "<list> <item>" (as in the items of batch output): the item's
             text in the source (id) or what the first rule citing it finds (en), and where the list has them a
             third column, the item's descriptive key (a stable name of the item; case files may use it)
  bases      the ids of the legal registry (the bases of a result), with document and article
  elections  the values of election, with the title of its calendar
  regions    the values of actor.region, with their labels
  packs      the law packs loaded (built-in first), with their titles
  --lang id|en  language of the labels (default id)
${PACK_HELP}
Exit code: 0, or 2 for a usage error.
`;

/** The first sentence of a text (up to the first ". " or the end). */
const firstSentence = (text: string): string => {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end + 1);
};

/** The listed items the rules cite, in rule order, each with its label. */
function items(law: Law): [string, Bilingual, string?][] {
  const found = new Map<string, { quote?: string; explanation?: Bilingual; fallback: Bilingual }>();
  for (const rule of law.rules) {
    const p = rule.event.params as { list?: string; item?: number | string; bases: readonly LegalBasisId[]; explanation: Bilingual };
    if (p.list === undefined) continue;
    const id = `${p.list} ${String(p.item)}`;
    const entry = found.get(id) ?? { fallback: p.explanation };
    if (entry.quote === undefined && p.bases[0] !== undefined) entry.quote = law.bases[p.bases[0]]?.quote;
    if (entry.explanation === undefined && rule.event.type === 'violation') entry.explanation = p.explanation;
    found.set(id, entry);
  }
  return [...found].map(([id, e]) => {
    const explanation = e.explanation ?? e.fallback;
    const [list, item] = id.split(' ') as [string, string];
    const key = law.itemKeys[list]?.[item];
    return [id, t(e.quote ?? firstSentence(explanation.id), firstSentence(explanation.en)), ...(key ? [key] : [])] as [string, Bilingual, string?];
  });
}

/** The rows of one listing. @internal */
export function listing(what: (typeof LISTABLE)[number], law: Law = defaultLaw()): [string, Bilingual, string?][] {
  switch (what) {
    case 'acts':
      return ACT_KINDS.map((kind) => [kind, VALUE_LABELS.actKind[kind]]);
    case 'items':
      return items(law);
    case 'bases':
      return Object.entries(law.bases).map(([id, basis]) => {
        const label = `${law.documents[basis.document]!.short} ${basis.article}`;
        return [id, t(label, label)];
      });
    case 'elections':
      return law.elections.map((e) => [e, lawLabels(law).election[e]!]);
    case 'regions':
      return law.regions.map((r) => [r, law.regionLabels[r]!]);
    case 'packs':
      return law.packs.map((p) => [p.id, p.title]);
  }
}

/** The `list` command. @internal */
export async function run(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseCommand(argv, { lang: { type: 'string' }, ...PACK_OPTION }, HELP);
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || !(LISTABLE as readonly string[]).includes(positionals[0]!)) {
    throw badUsage(`list takes one of ${LISTABLE.join(', ')}`, HELP);
  }
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw badUsage(`Unknown language ${values.lang}; expected id or en`, HELP);
  const lang: Language = values.lang ?? 'id';
  const rows = listing(positionals[0] as (typeof LISTABLE)[number], await lawFrom(values.pack as string[] | undefined));
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const out = openOutput(undefined, undefined);
  await out.write(rows.map(([id, label, key]) => `${id}\t${clean(label[lang])}${key ? `\t${key}` : ''}\n`).join(''));
  await out.commit();
  return EXIT.ok;
}
