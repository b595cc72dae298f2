/**
 * The mechanics of the sanctions: the law itself (each sanction id's level, options, bases and dated notes, the
 * employment regimes and the variants each regime gets) is pack data (`packs/national/sanctions.json`, validated by
 * src/law/sanction-data.ts). This module chooses the regime's variant, dates the options, bases and notes by their
 * windows, and dates the sedang options by the pay regulation's start date (`law/parameters.json`).
 */
import type { Category, Employment, Regime, SanctionLevel } from '../vocabulary/enums.js';
import { lawParameters } from './law-parameters.js';
import type { LegalBasisId, Registry } from './legal-bases.js';
import { windowHolds } from './law-window.js';
import type { OptionEntry, SanctionTables, Statement } from './sanction-data.js';
import type { Bilingual } from '../vocabulary/text.js';
import { basesInForce } from './validity.js';

/** What the sanctions are resolved in: a law's sanction data and registry. @internal */
export interface SanctionLaw extends Registry {
  readonly sanctionData: SanctionTables;
}

/** Id of a sanction a rule may name: a key of the law's sanction data. @internal */
export type SanctionId = string;

/** The options of a sanction id as the law lists them, before dating and regimes. @internal */
export const sanctionOptionsOf = (id: SanctionId, law: SanctionLaw): readonly OptionEntry[] => law.sanctionData.sanctions[id]!.options;

/**
 * One penalty the deciding official may choose: a stable id, a bilingual label and the basis that lists it.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.sanction?.options.map((o) => o.id);
 * // ['penurunan_jabatan_12_bulan', 'pembebasan_jabatan_12_bulan', 'pemberhentian_dengan_hormat_tidak_atas_permintaan_sendiri']
 * if (r.ok) r.sanction?.options[0]?.basis; // 'pp-94-2021/p8-4'
 * ```
 */
export interface SanctionOption {
  /** Stable id of the option. */
  readonly id: string;
  /** The option in both languages. */
  readonly label: Bilingual;
  /** The basis that lists it. */
  readonly basis: LegalBasisId;
  /**
   * Whether the option can be imposed on the incident date (without a date: in some window). `false` for the
   * tunjangan kinerja cuts of PP 94/2021 Pasal 8(3) until the pay regulation of Pasal 42(1) is in force.
   */
  readonly inForce: boolean;
  /** First day it can be imposed, where law data limits it. */
  readonly inForceFrom?: string;
  /** Last day it can be imposed, where law data limits it. */
  readonly inForceUntil?: string;
}

/** The day before an ISO day (UTC day arithmetic: a day is a calendar date here, not a local time). */
const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

/**
 * Options on a date: those the pay regulation dates (the tukin cuts of PP 94/2021 Pasal 8(3) from its start date, the
 * PP 53/2010 Pasal 7(3) forms before it, Pasal 42) with their windows, the pay regulation's start date taken from law
 * data (`law/parameters.json`, or the date given); the options in force first, in their order.
 * @internal
 */
export function datedOptions(
  options: readonly OptionEntry[],
  date: string | undefined,
  from: string | null = lawParameters().payRegulation.inForceFrom,
): SanctionOption[] {
  const dated = options.map(({ id, basis, label, window }): SanctionOption => {
    const option = { id, basis: basis as LegalBasisId, label };
    if (window?.payRegulation === 'from')
      return { ...option, inForce: from !== null && (date === undefined || date >= from), ...(from !== null ? { inForceFrom: from } : {}) };
    if (window?.payRegulation === 'before')
      return { ...option, inForce: from === null || date === undefined || date < from, ...(from !== null ? { inForceUntil: dayBefore(from) } : {}) };
    return { ...option, inForce: true };
  });
  return [...dated.filter((o) => o.inForce), ...dated.filter((o) => !o.inForce)];
}

/** The regime of an employment. @internal */
export const regimeOf = (employment: Employment, law: SanctionLaw): Regime => law.sanctionData.employments[employment].regime;

/**
 * The bases of a finding that apply to the actor's regime: the law data's `bindOnly` entries name the documents and
 * bases that bind some regimes only (PP 94/2021 and PP 42/2004 bind PNS and CPNS) or Pegawai ASN only (the ASN law's
 * Pasal 9(2)); for PPPK and non-ASN staff the finding cites the SKB item and the rest of its bases.
 * @internal
 */
export function basesUnder(bases: readonly LegalBasisId[], employment: Employment, law: SanctionLaw): LegalBasisId[] {
  const { regime, asn } = law.sanctionData.employments[employment];
  const binds = (id: string) =>
    law.sanctionData.bindOnly.every((b) => {
      const concerns = b.documents ? b.documents.includes(law.bases[id]?.document ?? '') : (b.bases?.includes(id) ?? false);
      return !concerns || (b.regimes ? b.regimes.includes(regime) : asn);
    });
  return bases.filter(binds);
}

/**
 * The conflict notes of a finding that apply to the actor's regime: each keeps the bases {@link basesUnder} keeps, and a
 * note none of whose bases binds the actor (the SKB's classification under PP 94/2021, for PPPK and non-ASN staff) is
 * dropped.
 * @internal
 */
export function conflictsUnder<C extends { readonly bases: readonly LegalBasisId[] }>(conflicts: readonly C[], employment: Employment, law: SanctionLaw): C[] {
  return conflicts.map((c) => ({ ...c, bases: basesUnder(c.bases, employment, law) })).filter((c) => c.bases.length > 0);
}

/** What meets several items: one act (several items of it), or several acts of one report. @internal */
export type SeveralScope = 'one_act' | 'several_acts';

/**
 * The note, with its bases, for one act meeting several items (or, with `scope` `several_acts`, several acts of one
 * report being violations), under the actor's regime, given the levels of the
 * findings: the regime's `severalFindings` in law data, where more than one finding carries a level it counts (for PNS
 * and CPNS the hukuman disiplin levels of PP 94/2021 Pasal 35, not the moral sanction of PP 42/2004 beside one).
 * @internal
 */
export function severalFindingsNote(
  employment: Employment,
  levels: readonly SanctionLevel[],
  law: SanctionLaw,
  scope: SeveralScope = 'one_act',
): { readonly note: Bilingual; readonly bases: readonly LegalBasisId[] } | undefined {
  const several = law.sanctionData.regimes[regimeOf(employment, law)].severalFindings;
  if (!several) return undefined;
  let counted = 0;
  for (const l of levels) if (several.counts.includes(l)) counted++;
  if (counted < 2) return undefined;
  return { note: scope === 'one_act' ? several.note : several.severalActsNote, bases: several.bases as readonly LegalBasisId[] };
}

/**
 * The category of a finding under the actor's regime: a regime may give every finding its own category (non-ASN staff
 * get their own, never an ASN one).
 * @internal
 */
export function categoryUnder(category: Category, employment: Employment, law: SanctionLaw): Category {
  return law.sanctionData.regimes[regimeOf(employment, law)].category ?? category;
}

/**
 * The sanction of one finding as the result states it: level, options, consequences, bases in force, caveats and
 * disputed levels.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.sanction?.level; // 'berat'
 * if (r.ok) r.sanction?.bases; // ['pp-94-2021/p8-4', 'uu-5-2014/p87-3', 'uu-20-2023/p52-3-g']
 * ```
 */
export interface SanctionResult {
  /** Level of the sanction (for PPPK, the SKB matrix level as an indication only). */
  readonly level: SanctionLevel;
  /** The penalties the deciding official chooses from (empty where the law leaves it open). */
  readonly options: readonly SanctionOption[];
  /** Statutory consequences that follow beside the penalty (e.g. the end of a CPNS appointment, PP 11/2017 Pasal 37). */
  readonly consequences: readonly SanctionOption[];
  /** Legal bases of the sanction in force on the incident date. */
  readonly bases: readonly LegalBasisId[];
  /** Caveats in both languages. */
  readonly notes: readonly Bilingual[];
  /**
   * Where the level of this item comes from when no primary legal text states it: the secondary sources that reproduce
   * the SKB matrix. Empty when the level follows from the law itself.
   */
  readonly levelSources: readonly LegalBasisId[];
  /** Other levels that some sources give for the same item, with those sources. */
  readonly disputed: readonly { readonly level: SanctionLevel; readonly bases: readonly LegalBasisId[] }[];
}

/** A note's text with the pay regulation's start date in place. */
const filled = (text: Bilingual, from: string | null): Bilingual =>
  from === null || !text.id.includes('{payRegulationFrom}') ? text : { id: text.id.replaceAll('{payRegulationFrom}', from), en: text.en.replaceAll('{payRegulationFrom}', from) };

/**
 * Resolves a sanction id for an employment on a date: the statement of the employment's regime (the regime's
 * `everySanction`, else the sanction with the regime's and then the employment's variant over it), what the
 * employment adds to every sanction, and the options, bases and notes dated by their windows.
 * @internal
 */
export function resolveSanction(
  id: SanctionId,
  employment: Employment,
  date: string | undefined,
  law: SanctionLaw,
  disputed: SanctionResult['disputed'] = [],
  levelSources: SanctionResult['levelSources'] = [],
): SanctionResult {
  const tables = law.sanctionData;
  const entry = tables.employments[employment];
  const def = tables.sanctions[id]!;
  const statement: Statement = tables.regimes[entry.regime].everySanction ?? {
    ...def,
    ...def.variants[entry.regime],
    ...(employment !== entry.regime ? def.variants[employment] : undefined),
  };
  const add = entry.addToEverySanction;
  const params = lawParameters();
  const bases = [
    ...(add?.basesBefore ?? []),
    ...statement.bases.flatMap((b): readonly string[] => (typeof b === 'string' ? [b] : windowHolds({ after: b.ofParameter }, date, law) ? params[b.ofParameter].bases : [])),
  ] as LegalBasisId[];
  const notes = [...statement.notes, ...(add?.notesAfter ?? [])]
    .filter((n) => windowHolds(n.window, date, law))
    .map((n) => filled(n.text, params.payRegulation.inForceFrom));
  return {
    level: statement.level,
    options: datedOptions(statement.options, date),
    consequences: datedOptions(statement.consequences, date),
    bases: basesInForce(bases, date, law),
    notes,
    levelSources: statement.keepsLevelSources ? levelSources : [],
    disputed: statement.keepsLevelSources ? disputed : [],
  };
}
