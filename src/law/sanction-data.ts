/**
 * The sanction data of a pack (`sanctions.json`): for each employment its regime, per regime what binds it, and per
 * sanction id its level, options, bases, dated notes and the variants other regimes get. This module holds its schema
 * and its validated form; src/law/sanctions.ts reads it. Every basis it cites must be in the law's registry, every
 * note it names in its own `notes` table, and its enumerations are those of src/vocabulary/enums.ts.
 */
import * as z from 'zod/mini';
import { CATEGORIES, EMPLOYMENTS, REGIMES, SANCTION_LEVELS, type Category, type Employment, type Regime, type SanctionLevel } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { bilingualMessage } from '../vocabulary/schema-messages.js';
import { UNKNOWN_BASIS, UNKNOWN_DOCUMENT, VALUE_ID_FORM } from './id-messages.js';
import { lawWindowSchema, type LawWindow } from './law-window.js';
import { bilingual } from './packs.js';

/** A note with the window in which it applies. @internal */
export interface NoteEntry {
  readonly text: Bilingual;
  readonly window?: LawWindow | undefined;
}

/** An option as law data lists it; a pay-regulation window dates it (PP 94/2021 Pasal 42). @internal */
export interface OptionEntry {
  readonly id: string;
  readonly basis: string;
  readonly label: Bilingual;
  readonly window?: { readonly payRegulation: 'from' | 'before' } | undefined;
}

/** A basis of a sanction: an id, or the bases of a law parameter once its day has passed. @internal */
export type BasisEntry = string | { readonly ofParameter: 'nonAsnSettlement' };

/** What a sanction states for a regime. @internal */
export interface Statement {
  readonly level: SanctionLevel;
  readonly options: readonly OptionEntry[];
  readonly consequences: readonly OptionEntry[];
  readonly bases: readonly BasisEntry[];
  readonly notes: readonly NoteEntry[];
  /** Whether the SKB level sources and disputed levels travel with it (not for a work agreement's sanctions). */
  readonly keepsLevelSources: boolean;
}

/** A sanction id: its statement and what regimes or employments state otherwise. @internal */
export interface SanctionDefinition extends Statement {
  readonly variants: Readonly<Partial<Record<Regime | Employment, Partial<Statement>>>>;
}

/** An employment: its regime, whether it is Pegawai ASN, what places it there, and what every sanction adds. @internal */
export interface EmploymentEntry {
  readonly regime: Regime;
  readonly asn: boolean;
  readonly bases: readonly string[];
  readonly addToEverySanction?: { readonly basesBefore: readonly string[]; readonly notesAfter: readonly NoteEntry[] } | undefined;
}

/** The note for one act meeting several items, under a regime. @internal */
export interface SeveralFindings {
  readonly counts: readonly SanctionLevel[];
  /** Where one act meets several items. */
  readonly note: Bilingual;
  /** Where several acts of one report are violations. */
  readonly severalActsNote: Bilingual;
  readonly bases: readonly string[];
}

/** A regime: the category every finding takes, the several-findings note and the statement every sanction becomes. @internal */
export interface RegimeEntry {
  readonly category?: Category | undefined;
  readonly severalFindings?: SeveralFindings | undefined;
  readonly everySanction?: Statement | undefined;
}

/** Documents or bases that bind only some regimes, or only Pegawai ASN. @internal */
export interface BindOnly {
  readonly documents?: readonly string[] | undefined;
  readonly bases?: readonly string[] | undefined;
  readonly regimes?: readonly Regime[] | undefined;
  readonly pegawaiAsn?: boolean | undefined;
}

/** The sanction data of a law. @internal */
export interface SanctionTables {
  readonly employments: Readonly<Record<Employment, EmploymentEntry>>;
  readonly regimes: Readonly<Record<Regime, RegimeEntry>>;
  readonly bindOnly: readonly BindOnly[];
  readonly sanctions: Readonly<Record<string, SanctionDefinition>>;
}

/** A pack's sanction data as validated: the tables it gives (employments, regimes, bindOnly together) and its sanctions. @internal */
export interface PackSanctions {
  readonly tables?: Omit<SanctionTables, 'sanctions'> | undefined;
  readonly sanctions: Readonly<Record<string, SanctionDefinition>>;
}

/** What sanction data may refer to. @internal */
export interface SanctionContext {
  readonly hasBasis: (id: string) => boolean;
  readonly hasDocument: (id: string) => boolean;
}

const why = z.optional(z.string().check(z.minLength(1)));
const VARIANT_KEYS = [...new Set<string>([...REGIMES, ...EMPLOYMENTS])] as [Regime | Employment, ...(Regime | Employment)[]];

/**
 * The zod schema of a pack's sanction data (`raw`, whose `notes` table names the texts its entries cite): its output has
 * the note names replaced by their texts.
 * @internal
 */
export function sanctionsSchema(context: SanctionContext, raw: unknown): z.ZodMiniType<PackSanctions> {
  const texts = z.record(z.string(), bilingual).safeParse((raw as { notes?: unknown } | null)?.notes);
  return z.pipe(sanctionFileSchema(context, texts.success ? texts.data : {}), z.transform(
    ({ employments, regimes, bindOnly, sanctions }) => ({ sanctions, ...(employments && regimes && bindOnly ? { tables: { employments, regimes, bindOnly } } : {}) }) as PackSanctions,
  )) as unknown as z.ZodMiniType<PackSanctions>;
}

function sanctionFileSchema(context: SanctionContext, texts: Readonly<Record<string, Bilingual>>) {
  const basisId = z.string().check(z.refine(context.hasBasis, { message: bilingualMessage(UNKNOWN_BASIS) }));
  const window = lawWindowSchema(basisId);
  const noteId = z.string().check(z.refine((k) => Object.hasOwn(texts, k), { message: bilingualMessage(t('catatan tidak dikenal (tidak ada dalam notes berkas ini)', "unknown note (not in this file's notes)")) }));
  // A note is cited by its name, or as { note, window }.
  const noteRef = z.pipe(
    z.union([noteId, z.strictObject({ note: noteId, window })]),
    z.transform((r): NoteEntry => (typeof r === 'string' ? { text: texts[r]! } : { text: texts[r.note]!, window: r.window })),
  );
  const option = z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9_]+$/)), basis: basisId, label: bilingual, window: z.optional(z.strictObject({ payRegulation: z.enum(['from', 'before']) })) });
  const basisEntry = z.union([basisId, z.strictObject({ ofParameter: z.enum(['nonAsnSettlement']) })]);
  const shape = {
    why,
    level: z.enum(SANCTION_LEVELS),
    options: z.array(option),
    consequences: z.array(option),
    bases: z.array(basisEntry).check(z.minLength(1)),
    notes: z.array(noteRef),
    keepsLevelSources: z.boolean(),
  };
  const statement = z.strictObject({ ...shape, consequences: z._default(shape.consequences, []), keepsLevelSources: z._default(shape.keepsLevelSources, true) });
  const variant = z.partial(z.strictObject(shape));
  const employment = z.strictObject({
    why,
    regime: z.enum(REGIMES),
    asn: z.boolean(),
    bases: z.array(basisId),
    addToEverySanction: z.optional(z.strictObject({ basesBefore: z.array(basisId), notesAfter: z.array(noteRef) })),
  });
  const regime = z.strictObject({
    why,
    category: z.optional(z.enum(CATEGORIES)),
    severalFindings: z.optional(
      z.strictObject({
        why,
        counts: z.array(z.enum(SANCTION_LEVELS)).check(z.minLength(1)),
        note: z.pipe(noteId, z.transform((k) => texts[k]!)),
        severalActsNote: z.pipe(noteId, z.transform((k) => texts[k]!)),
        bases: z.array(basisId).check(z.minLength(1)),
      }),
    ),
    everySanction: z.optional(statement),
  });
  const bindOnly = z
    .strictObject({
      why,
      documents: z.optional(z.array(z.string().check(z.refine(context.hasDocument, { message: bilingualMessage(UNKNOWN_DOCUMENT) }))).check(z.minLength(1))),
      bases: z.optional(z.array(basisId).check(z.minLength(1))),
      regimes: z.optional(z.array(z.enum(REGIMES)).check(z.minLength(1))),
      pegawaiAsn: z.optional(z.literal(true)),
    })
    .check(z.refine((b) => (b.documents === undefined) !== (b.bases === undefined), { message: bilingualMessage(t('menyebut documents atau bases', 'names documents or bases')) }))
    .check(z.refine((b) => (b.regimes === undefined) !== (b.pegawaiAsn === undefined), { message: bilingualMessage(t('mengikat regimes atau Pegawai ASN', 'binds regimes or Pegawai ASN')) }));
  return z
    .strictObject({
      $comment: z.optional(z.string()),
      notes: z.optional(z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens')), bilingual)),
      employments: z.optional(z.record(z.enum(EMPLOYMENTS), employment)),
      regimes: z.optional(z.record(z.enum(REGIMES), regime)),
      bindOnly: z.optional(z.array(bindOnly)),
      sanctions: z._default(z.record(z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, bilingualMessage(VALUE_ID_FORM))), z.extend(statement, { variants: z._default(z.partialRecord(z.enum(VARIANT_KEYS), variant), {}) })), {}),
    })
    .check(z.refine((f) => (f.employments === undefined) === (f.regimes === undefined) && (f.regimes === undefined) === (f.bindOnly === undefined), {
      message: bilingualMessage(t('employments, regimes dan bindOnly harus ada bersama', 'employments, regimes and bindOnly come together')),
    }));
}
