/**
 * The law a classifier runs on: the packs it was made with, validated and joined into one object (rules, registry,
 * sanctions and tracks, regions, lists, election calendars, and the facts' domains they open). The built-in law is the built-in packs
 * (`packs/index.json`) loaded through the same {@link buildLaw} as a user's own packs.
 */
import type * as z from 'zod/mini';
import { FACTS, FACT_NAMES, type FactDomains, type FactName, type FactSpace, type FactValue } from '../incident/facts.js';
import { ELECTIONS, OFFICES, REGIONS, type Election, type Office } from '../vocabulary/enums.js';
import { builtInMultiActSchema, incidentSchema, makeIncidentSchema, makeMultiActSchema, type IncidentSchema, type MultiActSchema, type SchemaSpace } from '../incident/schema.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { calendarSchema, cycleProblems, cycleSchema, officesIn, phaseOn, stageOn, type CalendarSet, type DerivedFact, type ElectionCalendar, type RegionalCycle } from './calendar.js';
import { BUILT_IN_PACKS, BUILT_IN_SHAPED } from './generated/data.js';
import type { LegalBasis, LegalDocument, Registry } from './legal-bases.js';
import { firstIssue, issuePath, PackError, PARSE_ONCE, parsePack, type ParsedPack } from './packs.js';
import { loadRuleFiles, RuleFileError, validateRuleFiles, type LoadedRule, type RuleContext, type RuleFile } from './rule-files.js';
import { sanctionsSchema, type PackSanctions, type SanctionDefinition, type SanctionTables } from './sanction-data.js';
import { unshape } from './shaped.js';
import { tracksSchema, type TrackTables } from './track-data.js';

/** The region value that stands for "none of the regions with a circular". @internal */
export const OTHER_REGION = 'other';

/** What a law keeps of each pack it loaded. @internal */
export interface PackInfo {
  readonly id: string;
  readonly kind: 'law' | 'what-if';
  readonly title: Bilingual;
  readonly fidelity?: Bilingual;
  readonly description?: Bilingual;
  readonly notes: readonly Bilingual[];
  /** Local procedure the pack names, by region. */
  readonly procedures: readonly { readonly region: string; readonly text: Bilingual; readonly bases: readonly string[] }[];
  readonly regions: readonly string[];
  /**
   * The regions the pack's notes concern: those it declares and those its rules and procedures name (a regional pack
   * may refer to a region another pack declared, as a circular of a region an election pack declared).
   */
  readonly binds: readonly string[];
  readonly lists: readonly string[];
  readonly elections: readonly string[];
  readonly rules: readonly string[];
  /** The pack as given, for its hash in the audit block. */
  readonly data: unknown;
}

/** A law: the packs joined. @internal */
export interface Law extends FactSpace, CalendarSet, Registry {
  readonly rules: readonly LoadedRule[];
  readonly byName: ReadonlyMap<string, LoadedRule>;
  readonly files: readonly RuleFile[];
  readonly packs: readonly PackInfo[];
  /** The pack each rule comes from. */
  readonly packOf: ReadonlyMap<string, PackInfo>;
  /** Values of `actor.region`: the packs' regions in load order, then `other`. */
  readonly regions: readonly string[];
  readonly regionLabels: Readonly<Record<string, Bilingual>>;
  readonly lists: readonly string[];
  readonly listLabels: Readonly<Record<string, Bilingual>>;
  /** Descriptive keys of list items, by list and item (`"3"` or `"3.a"`): the packs' `itemKeys`. */
  readonly itemKeys: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly elections: readonly string[];
  /** The sanctions rules may name, the employment regimes and what binds each (the packs' `sanctions.json`). */
  readonly sanctionData: SanctionTables;
  /** The handling tracks and the track of each category (the national pack's `tracks.json`). */
  readonly trackData: TrackTables;
}

/** The label of {@link OTHER_REGION}. @internal */
export const OTHER_REGION_LABEL: Bilingual = { id: 'Instansi lain', en: 'Another agency' };

/** A problem in a pack: thrown as a {@link PackError} naming the pack. */
const fail = (pack: string, en: string, id: string = en): never => {
  throw new PackError(pack, en, id);
};

/** The tail of a message refusing to change loaded law. */
const WHAT_IF: Bilingual = { en: '; only a what-if pack may replace loaded law', id: '; hanya paket what-if yang boleh mengganti hukum yang sudah dimuat' };
/** The sanction and track data of a pack, as messages name them. */
const SANCTIONS_FILE: Bilingual = { en: 'sanctions (sanctions.json)', id: 'sanksi (sanctions.json)' };
const TRACKS_FILE: Bilingual = { en: 'tracks (tracks.json)', id: 'jalur (tracks.json)' };

/** An entry of a pack (a calendar, a cycle, its sanction or track data) parsed by its schema; a bad one fails naming the entry and the field. */
function parseEntry<T>(pack: string, schema: z.ZodMiniType<T>, raw: unknown, what: Bilingual): T {
  const parsed = schema.safeParse(raw, PARSE_ONCE);
  if (parsed.success) return parsed.data;
  const { issue, text } = firstIssue(schema, raw, parsed.error.issues);
  return fail(pack, `${what.en} field ${issuePath(issue)}: ${text.en}`, `${what.id} bidang ${issuePath(issue, '(akar)')}: ${text.id}`);
}

/** How {@link buildLaw} takes the packs' data. @internal */
export interface BuildOptions {
  /**
   * The packs passed their schemas when the package was built (scripts/generate-data.mjs builds the built-in law with
   * every check, and fails the build if one fails): take each pack, calendar, cycle and rule file as its schema's
   * output without parsing it again, which was most of a fresh process's first classification (issue 12). Every
   * check between packs (unknown ids, clashes, cycles against their election) still runs, and so do the sanction and
   * track schemas, which shape their data, unless `shaped` gives their output. test/law-build.test.ts proves the law
   * the same either way.
   */
  readonly checkedAtBuild?: boolean;
  /**
   * The sanction and track data of each pack (by its place in the packs) already as their schemas shape it, so that
   * their schemas do not run again, with references into the pack's data (src/law/shaped.ts): scripts/generate-data.mjs
   * shapes the built-in packs' (issue 12, start-up).
   * test/law-build.test.ts proves the law the same either way.
   */
  readonly shaped?: readonly { readonly sanctions?: unknown; readonly tracks?: unknown }[];
}

/**
 * Validates the packs in order, all or nothing, and joins them into one law, after the packs of `base` when given (so
 * that a user's packs are checked without checking the built-in ones again). Each pack may use what it declares and
 * what the packs before it declared. Throws {@link PackError}.
 * @internal
 */
export function buildLaw(raws: readonly unknown[], base?: Law, options: BuildOptions = {}): Law {
  return joinPacks(raws, base, options, PARSERS);
}

/** The schemas of a pack's data, each built on first use. */
interface PackParsers {
  readonly pack: (raw: unknown) => ParsedPack;
  readonly calendar: () => z.ZodMiniType<ElectionCalendar>;
  readonly cycle: () => z.ZodMiniType<RegionalCycle>;
  readonly sanctions: typeof sanctionsSchema;
  readonly tracks: typeof tracksSchema;
  readonly ruleFiles: typeof validateRuleFiles;
  readonly cycleProblems: typeof cycleProblems;
}

const PARSERS: PackParsers = {
  pack: parsePack,
  calendar: calendarSchema,
  cycle: cycleSchema,
  sanctions: sanctionsSchema,
  tracks: tracksSchema,
  ruleFiles: validateRuleFiles,
  cycleProblems,
};

/**
 * {@link buildLaw} with the schemas of pack data given: without them (the built-in law, checked and shaped at build),
 * the code that reaches only the built-in law, such as the form entry's, does not carry the schemas of packs (issue 12).
 */
function joinPacks(raws: readonly unknown[], base: Law | undefined, options: BuildOptions, parsers: PackParsers | undefined): Law {
  const checked = options.checkedAtBuild === true;
  /** The schemas, which only data not checked at build or not shaped needs. */
  const parse = (): PackParsers => {
    if (!parsers) throw new Error('netralitas-asn: pack data neither checked nor shaped at build, and no schemas to parse it');
    return parsers;
  };
  /** An entry as its schema's output: parsed, or as it is where it was checked at build. */
  const entry = <T>(pack: string, schema: () => z.ZodMiniType<T>, raw: unknown, what: Bilingual): T => (checked ? (raw as T) : parseEntry(pack, schema(), raw, what));
  const documents: Record<string, LegalDocument> = { ...base?.documents };
  const bases: Record<string, LegalBasis> = { ...base?.bases };
  const regionLabels: Record<string, Bilingual> = Object.fromEntries(Object.entries(base?.regionLabels ?? {}).filter(([r]) => r !== OTHER_REGION));
  const declaredBy = new Map<string, string>(
    (base?.packs ?? []).flatMap((p) => [...p.regions.map((r): [string, string] => [`region:${r}`, p.id]), ...p.lists.map((l): [string, string] => [`list:${l}`, p.id])]),
  );
  const listLabels: Record<string, Bilingual> = { ...base?.listLabels };
  const itemKeys: Record<string, Record<string, string>> = Object.fromEntries(Object.entries(base?.itemKeys ?? {}).map(([l, keys]) => [l, { ...keys }]));
  const calendars = new Map<string, ElectionCalendar>(base?.calendars);
  const cycles = new Map<string, Map<string, RegionalCycle[]>>([...(base?.cycles ?? [])].map(([e, byRegion]) => [e, new Map([...byRegion].map(([r, c]) => [r, [...c]]))]));
  let rules: LoadedRule[] = [...(base?.rules ?? [])];
  let files: RuleFile[] = [...(base?.files ?? [])];
  const packs: PackInfo[] = [...(base?.packs ?? [])];
  const packOf = new Map<string, PackInfo>(base?.packOf);
  let sanctionTables: Omit<SanctionTables, 'sanctions'> | undefined = base?.sanctionData;
  const sanctions: Record<string, SanctionDefinition> = { ...base?.sanctionData.sanctions };
  let trackData: TrackTables | undefined = base?.trackData;

  for (const [index, raw] of raws.entries()) {
    const shaped = options.shaped?.[index] as { readonly sanctions?: unknown; readonly tracks?: unknown } | undefined;
    const pack: ParsedPack = checked ? { ...(raw as ParsedPack), rules: (raw as Partial<ParsedPack>).rules ?? {} } : parse().pack(raw);
    const id = pack.id;
    if (packs.some((p) => p.id === id)) fail(id, 'loaded twice', 'dimuat dua kali');
    const declare = (what: 'region' | 'list', label: { id: string; en: string }, values: Record<string, Bilingual> | undefined, into: Record<string, Bilingual>) => {
      for (const [value, text] of Object.entries(values ?? {})) {
        const key = `${what}:${value}`;
        if (value === OTHER_REGION || declaredBy.has(key))
          fail(id, `${label.en} ${value} is already declared${declaredBy.has(key) ? ` by pack ${declaredBy.get(key)}` : ''}; refer to it without declaring it`, `${label.id} ${value} sudah dinyatakan${declaredBy.has(key) ? ` oleh paket ${declaredBy.get(key)}` : ''}; rujuk tanpa menyatakannya lagi`);
        declaredBy.set(key, id);
        into[value] = text;
      }
    };
    declare('region', { id: 'wilayah', en: 'region' }, pack.regions, regionLabels);
    declare('list', { id: 'daftar', en: 'list' }, pack.lists, listLabels);
    for (const [list, keys] of Object.entries(pack.itemKeys ?? {})) {
      if (!Object.hasOwn(listLabels, list)) fail(id, `itemKeys: unknown list ${list}`, `itemKeys: daftar ${list} tidak dikenal`);
      const own = (itemKeys[list] ??= {});
      for (const [item, key] of Object.entries(keys)) {
        if (Object.hasOwn(own, item) && pack.kind === 'law')
          fail(id, `itemKeys: ${list} ${item} already has the key ${own[item]}${WHAT_IF.en}`, `itemKeys: ${list} ${item} sudah berkunci ${own[item]}${WHAT_IF.id}`);
        own[item] = key;
      }
      const seen = new Map<string, string>();
      for (const [item, key] of Object.entries(own)) {
        if (seen.has(key)) fail(id, `itemKeys: ${list} ${seen.get(key)} and ${item} share the key ${key}`, `itemKeys: ${list} ${seen.get(key)} dan ${item} berkunci sama, ${key}`);
        seen.set(key, item);
      }
    }

    for (const [doc, value] of Object.entries(pack.documents ?? {})) {
      if (Object.hasOwn(documents, doc)) fail(id, `document ${doc} is already in the registry`, `dokumen ${doc} sudah ada dalam registri`);
      documents[doc] = value;
    }
    for (const [basis, value] of Object.entries(pack.bases ?? {})) {
      if (Object.hasOwn(bases, basis)) fail(id, `basis ${basis} is already in the registry`, `dasar hukum ${basis} sudah ada dalam registri`);
      if (!Object.hasOwn(documents, value.document)) fail(id, `basis ${basis}: unknown document ${value.document}`, `dasar hukum ${basis}: dokumen ${value.document} tidak dikenal`);
      bases[basis] = value;
    }
    for (const [basis, value] of Object.entries(pack.bases ?? {})) {
      if (value.supersededBy !== undefined && !Object.hasOwn(bases, value.supersededBy))
        fail(id, `basis ${basis}: supersededBy ${value.supersededBy} is not a basis`, `dasar hukum ${basis}: supersededBy ${value.supersededBy} bukan dasar hukum`);
    }

    for (const p of pack.procedures ?? []) {
      if (!Object.hasOwn(regionLabels, p.region)) fail(id, `procedure: unknown region ${p.region}`, `prosedur: wilayah ${p.region} tidak dikenal`);
      const missing = p.bases.find((b) => !Object.hasOwn(bases, b));
      if (missing) fail(id, `procedure: unknown legal basis id ${missing}`, `prosedur: dasar hukum ${missing} tidak dikenal`);
    }
    const elections: string[] = [];
    (pack.elections ?? []).forEach((rawCalendar, i) => {
      const calendar = entry(id, () => parse().calendar(), rawCalendar, { en: `election ${i}`, id: `pemilihan ${i}` });
      if (calendars.has(calendar.election)) fail(id, `election ${calendar.election} is already loaded`, `pemilihan ${calendar.election} sudah dimuat`);
      calendars.set(calendar.election, calendar);
      elections.push(calendar.election);
    });
    (pack.cycles ?? []).forEach((rawCycle, i) => {
      const cycle = entry(id, () => parse().cycle(), rawCycle, { en: `cycle ${i}`, id: `siklus ${i}` });
      const calendar = calendars.get(cycle.election);
      if (!calendar) return fail(id, `cycle ${cycle.id}: unknown election ${cycle.election}`, `siklus ${cycle.id}: pemilihan ${cycle.election} tidak dikenal`);
      if (!Object.hasOwn(regionLabels, cycle.region)) fail(id, `cycle ${cycle.id}: unknown region ${cycle.region}`, `siklus ${cycle.id}: wilayah ${cycle.region} tidak dikenal`);
      const problems = checked ? [] : parse().cycleProblems(cycle, calendar.offices);
      const byRegion = cycles.get(cycle.election) ?? new Map<string, RegionalCycle[]>();
      const own = byRegion.get(cycle.region) ?? [];
      const last = own[own.length - 1]?.voting.date ?? calendar.voting.date;
      if (cycle.voting.date <= last) {
        problems.push(t(`hari pemungutan suara ${cycle.voting.date} tidak sesudah siklus wilayah ini sebelumnya (${last})`, `voting day ${cycle.voting.date} is not after the region's previous cycle (${last})`));
      }
      if (problems.length > 0) fail(id, `cycle ${cycle.id}: ${problems[0]!.en}`, `siklus ${cycle.id}: ${problems[0]!.id}`);
      own.push(cycle);
      byRegion.set(cycle.region, own);
      cycles.set(cycle.election, byRegion);
    });

    const electionIds = [...calendars.keys()];
    const hasBasis = (b: string) => Object.hasOwn(bases, b);
    if (pack.sanctions !== undefined) {
      const parsed =
        (shaped?.sanctions !== undefined ? (unshape(shaped.sanctions, raw) as PackSanctions) : undefined) ??
        parseEntry(id, parse().sanctions({ hasBasis, hasDocument: (d) => Object.hasOwn(documents, d) }, pack.sanctions), pack.sanctions, SANCTIONS_FILE);
      if (parsed.tables && sanctionTables) fail(id, `${SANCTIONS_FILE.en}: the employment regimes are already defined`, `${SANCTIONS_FILE.id}: rezim kepegawaian sudah ditetapkan`);
      sanctionTables = parsed.tables ?? sanctionTables;
      for (const [sanction, definition] of Object.entries(parsed.sanctions)) {
        if (pack.kind === 'law' && Object.hasOwn(sanctions, sanction))
          fail(id, `${SANCTIONS_FILE.en}: sanction ${sanction} clashes with a loaded sanction${WHAT_IF.en}`, `${SANCTIONS_FILE.id}: sanksi ${sanction} bentrok dengan sanksi yang sudah dimuat${WHAT_IF.id}`);
        sanctions[sanction] = definition;
      }
    }
    if (pack.tracks !== undefined) {
      if (trackData) fail(id, `${TRACKS_FILE.en}: tracks are the national pack's; a pack names local procedure in procedures`, `${TRACKS_FILE.id}: jalur ditetapkan paket nasional; paket menyebut prosedur setempat dalam procedures`);
      trackData = (shaped?.tracks !== undefined ? (unshape(shaped.tracks, raw) as TrackTables) : undefined) ?? parseEntry(id, parse().tracks({ hasBasis, elections: electionIds }, pack.tracks), pack.tracks, TRACKS_FILE);
    }

    const regions = [...Object.keys(regionLabels), OTHER_REGION];
    const domains = domainsOf(regions, electionIds);
    let loaded: { files: RuleFile[]; rules: LoadedRule[] } = { files: [], rules: [] };
    try {
      const where = (file: string) => `file ${file}`;
      loaded = checked
        ? loadRuleFiles(pack.rules, where)
        : parse().ruleFiles(pack.rules, ruleContextOf({ domains, bases, documents, lists: Object.keys(listLabels), elections: electionIds, sanctions }), where);
    } catch (error) {
      const detail = (error as Error).message;
      // The file is named as `file <name>` (the `where` above) in both languages' messages.
      fail(id, detail, error instanceof RuleFileError ? error.text.id.replace(/^file /, 'berkas ') : detail);
    }
    const current = new Set(rules.map((r) => r.name));
    if (pack.kind === 'law') {
      if (pack.remove?.length) fail(id, 'only a what-if pack may remove loaded rules', 'hanya paket what-if yang boleh menghapus aturan yang sudah dimuat');
      const clash = loaded.rules.find((r) => current.has(r.name));
      if (clash)
        fail(id, `rule ${clash.name} clashes with a loaded rule${WHAT_IF.en}`, `aturan ${clash.name} bentrok dengan aturan yang sudah dimuat${WHAT_IF.id}`);
      rules = [...rules, ...loaded.rules];
    } else {
      const missing = (pack.remove ?? []).find((name) => !current.has(name));
      if (missing) fail(id, `removes ${missing}, which is not a loaded rule`, `menghapus ${missing}, yang bukan aturan yang sudah dimuat`);
      const removed = new Set(pack.remove ?? []);
      const replaced = new Map(loaded.rules.filter((r) => current.has(r.name)).map((r) => [r.name, r]));
      rules = [...rules.filter((r) => !removed.has(r.name)).map((r) => replaced.get(r.name) ?? r), ...loaded.rules.filter((r) => !current.has(r.name))];
    }
    files = [...files, ...loaded.files];
    const info: PackInfo = {
      id,
      kind: pack.kind,
      title: pack.title,
      ...(pack.description ? { description: pack.description } : {}),
      ...(pack.fidelity ? { fidelity: pack.fidelity } : {}),
      notes: pack.notes ?? [],
      procedures: pack.procedures ?? [],
      regions: Object.keys(pack.regions ?? {}),
      binds: regionsNamed(pack, loaded.rules),
      lists: Object.keys(pack.lists ?? {}),
      elections,
      rules: loaded.rules.map((r) => r.name),
      data: raw,
    };
    packs.push(info);
    for (const r of loaded.rules) packOf.set(r.name, info);
  }

  if (!sanctionTables || !trackData) {
    const last = packs[packs.length - 1]?.id ?? '(none)';
    return fail(last, 'no employment regimes or tracks: load the national pack first', 'tanpa rezim kepegawaian atau jalur: muat paket nasional lebih dahulu');
  }
  const regions = [...Object.keys(regionLabels), OTHER_REGION];
  const elections = [...calendars.keys()];
  const offices = new Map(elections.map((e) => [e, calendars.get(e)!.offices as readonly string[]]));
  const filling = new Map(OFFICES.map((o) => [o as string, elections.filter((e) => offices.get(e)!.includes(o))]));
  const byName = new Map(rules.map((r) => [r.name, r]));
  return {
    rules,
    byName,
    files,
    packs,
    packOf: new Map([...packOf].filter(([name]) => byName.get(name) !== undefined)),
    regions,
    regionLabels: { ...regionLabels, [OTHER_REGION]: OTHER_REGION_LABEL },
    lists: Object.keys(listLabels),
    listLabels,
    itemKeys,
    elections,
    documents,
    bases,
    calendars,
    cycles,
    domains: domainsOf(regions, elections),
    officesOf: (election) => offices.get(election) ?? [],
    electionsFilling: (office) => filling.get(office) ?? [],
    sanctionData: { ...sanctionTables, sanctions },
    trackData,
  };
}

/** The regions a pack declares or names in its rules' conditions and its procedures, in that order. */
function regionsNamed(pack: ParsedPack, rules: readonly LoadedRule[]): string[] {
  const named = rules.flatMap((r) => r.conditions.all.filter((c) => c.fact === 'region').flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value])));
  return [...new Set([...Object.keys(pack.regions ?? {}), ...named.map(String), ...(pack.procedures ?? []).map((p) => p.region)])];
}

/** The facts' domains with a law's regions and elections. */
function domainsOf(regions: readonly string[], elections: readonly string[]): FactDomains {
  const domains = Object.fromEntries(FACT_NAMES.map((f) => [f, FACTS[f].domain as readonly FactValue[]])) as Record<FactName, readonly FactValue[]>;
  domains.region = regions;
  domains.election = elections;
  return domains;
}

let builtIn: Law | undefined;

/**
 * The built-in law: the built-in packs, loaded once on first use.
 * @internal
 */
export function defaultLaw(): Law {
  return (builtIn ??= joinPacks(BUILT_IN_PACKS, undefined, { checkedAtBuild: true, shaped: BUILT_IN_SHAPED }, undefined));
}

/**
 * The law of the built-in packs followed by the given packs.
 * @internal
 */
export function lawWith(packs: readonly unknown[]): Law {
  return packs.length === 0 ? defaultLaw() : buildLaw(packs, defaultLaw());
}

/**
 * The law with its rules replaced (mutation testing and analyses evaluate altered rules in memory); everything else,
 * the registry, regions and calendars, stays.
 * @internal
 */
export function withRules(law: Law, rules: readonly LoadedRule[]): Law {
  return { ...law, rules, byName: new Map(rules.map((r) => [r.name, r])) };
}

const schemas = new WeakMap<Law, IncidentSchema>();

/**
 * The incident schema of a law: `actor.region` and `election` take its regions and elections. The built-in law's is
 * the exported `incidentSchema`.
 * @internal
 */
export function incidentSchemaOf(law: Law): IncidentSchema {
  return schemaOf(law, schemas, incidentSchema as unknown as IncidentSchema, makeIncidentSchema);
}

const multiActSchemas = new WeakMap<Law, MultiActSchema>();

/**
 * The schema of a report with several acts under a law; the built-in law's is the exported `multiActIncidentSchema`.
 * @internal
 */
export function multiActSchemaOf(law: Law): MultiActSchema {
  return schemaOf(law, multiActSchemas, builtInMultiActSchema() as unknown as MultiActSchema, makeMultiActSchema);
}

/** A schema of a law's inputs, made once per law; a law with the built-in regions and elections uses the exported one. */
function schemaOf<S>(law: Law, cache: WeakMap<Law, S>, builtIn: S, make: (space: SchemaSpace) => unknown): S {
  // Once per law (validation asks on every classification).
  let schema = cache.get(law);
  if (!schema) {
    const sameValues = (ours: readonly string[], builtInValues: readonly string[]) => ours.length === builtInValues.length && ours.every((v, i) => v === builtInValues[i]);
    schema =
      sameValues(law.regions, REGIONS) && sameValues(law.elections, ELECTIONS)
        ? builtIn
        : (make({
            regions: law.regions as [string, ...string[]],
            elections: law.elections as [string, ...string[]],
            officesOf: law.officesOf,
            titleOf: (e) => law.calendars.get(e)?.title ?? { id: e, en: e },
          }) as S);
    cache.set(law, schema);
  }
  return schema;
}

/** What rule files loaded into a law may refer to. */
function ruleContextOf(
  law: Pick<Law, 'domains' | 'bases' | 'documents' | 'lists' | 'elections'> & { readonly sanctions: Readonly<Record<string, unknown>> },
): RuleContext {
  return {
    domains: law.domains,
    hasSanction: (s) => Object.hasOwn(law.sanctions, s),
    hasBasis: (b) => Object.hasOwn(law.bases, b),
    hasDocument: (d) => Object.hasOwn(law.documents, d),
    lists: law.lists,
    elections: law.elections,
  };
}

/** The rule files of the built-in packs as written, by file name (unvalidated). @internal */
export function builtInRuleFiles(): Readonly<Record<string, unknown>> {
  return Object.assign({}, ...BUILT_IN_PACKS.map((p) => ((p as { rules?: object }).rules ?? {}))) as Record<string, unknown>;
}

/**
 * Validates rule files against the built-in law's facts, registry and lists (the mutation analysis and the tests
 * check rule files outside a pack this way). Throws an error naming the file, the rule and the field.
 * @internal
 */
export function validateBuiltInRuleFiles(files: Readonly<Record<string, unknown>>): { files: RuleFile[]; rules: LoadedRule[] } {
  const law = defaultLaw();
  return validateRuleFiles(files, ruleContextOf({ ...law, sanctions: law.sanctionData.sanctions }));
}

/**
 * The rules of the built-in law.
 * @internal
 */
export function loadRules(): { files: readonly RuleFile[]; rules: readonly LoadedRule[]; byName: ReadonlyMap<string, LoadedRule> } {
  return defaultLaw();
}

/**
 * The calendar of an election of the built-in law.
 * @example
 * ```ts
 * import { getCalendar } from 'netralitas-asn';
 * getCalendar('pemilu_2024').campaign; // { start: '2023-11-28', end: '2024-02-10', ... }
 * ```
 */
export function getCalendar(election: Election): ElectionCalendar {
  const calendar = defaultLaw().calendars.get(election);
  if (!calendar) throw new Error(`no calendar for election ${election}`);
  return calendar;
}

/** The offices an election of the built-in law fills. @internal */
export const officesOf = (election: Election): readonly Office[] => officesIn(defaultLaw(), election);

/** The stage on a day in the built-in law (see `stageOn`). @internal */
export const deriveStage = (election: Election, office: Office, date: string, region?: string): DerivedFact | undefined =>
  stageOn(defaultLaw(), election, office, date, region);

/** The campaign phase on a day in the built-in law (see `phaseOn`). @internal */
export const derivePhase = (election: Election, date: string, region?: string): DerivedFact | undefined => phaseOn(defaultLaw(), election, date, region);

