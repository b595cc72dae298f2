/**
 * The legal registry: the instruments and the bases (articles, items, points) that rules cite by id. The registry is
 * data: each pack carries its own documents and bases (`packs/national/legal-bases.json` for the national law, each
 * region's folder for its circular), every article, item, quote, date and confidence taken from the project's
 * verified legal reference, each `source` naming the public text or page that reference read (or saying that no
 * public copy is named). This module holds their types and the registry of the built-in law.
 */
import type { Confidence } from '../vocabulary/enums.js';
import { BUILT_IN_PACKS, type BuiltInBasisId, type BuiltInDocumentId } from './generated/data.js';

/**
 * A legal instrument (law, regulation, joint decision, circular) or a secondary source the reference relies on.
 * @example
 * ```ts
 * import { LEGAL_DOCUMENTS, type LegalDocument } from 'netralitas-asn';
 * const doc: LegalDocument = LEGAL_DOCUMENTS['pp-94-2021'];
 * doc.short; // 'PP 94/2021'
 * doc.level; // 'national'
 * ```
 */
export interface LegalDocument {
  /** Short citation, e.g. "PP 94/2021". */
  readonly short: string;
  /** Full title in Bahasa Indonesia. */
  readonly title: string;
  /** `national` instruments bind every ASN; `regional` ones bind the ASN of one region; `secondary` are reports. */
  readonly level: 'national' | 'regional' | 'secondary';
  /** First day (YYYY-MM-DD) it was in force, where the reference gives one. */
  readonly inForceFrom?: string;
  /** Last day (YYYY-MM-DD) it was in force, where it has ended. */
  readonly inForceUntil?: string;
  /** Id of the document that replaced it. */
  readonly supersededBy?: string;
  /** Where the reference says this comes from: the public text or page, or why none is named. */
  readonly source: string;
}

/**
 * One legal basis: an article, item or point of a document, with a short quote.
 * @example
 * ```ts
 * import { LEGAL_BASES, type LegalBasis } from 'netralitas-asn';
 * const basis: LegalBasis = LEGAL_BASES['skb-2022/d-1'];
 * basis.document; // 'skb-2022'
 * basis.article; // 'Lampiran, Pelanggaran Disiplin angka 1'
 * ```
 */
export interface LegalBasis {
  /** Id of the document in the registry. */
  readonly document: string;
  /** Article, item or point, as the document numbers it. */
  readonly article: string;
  /** Short quote (Bahasa Indonesia, as in the source). */
  readonly quote: string;
  /** Where the reference read it. */
  readonly source: string;
  /** Confidence given by the reference. */
  readonly confidence: Confidence;
  /** Overrides the document's first day in force. */
  readonly inForceFrom?: string;
  /** Overrides the document's last day in force. */
  readonly inForceUntil?: string;
  /** Id of the basis that takes over after {@link LegalBasis.inForceUntil}. */
  readonly supersededBy?: string;
}

/**
 * Id of a legal basis of the built-in law, as results cite it (`<document>/<article>`). A pack's own bases have ids of
 * the same form; results of a classifier with packs may cite them too.
 * @example
 * ```ts
 * import { classifySync, LEGAL_BASES, type LegalBasisId } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.violations[0]?.bases; // ['skb-2022/d-1', 'news/kompas-2023-11-06']
 * const id: LegalBasisId = 'skb-2022/d-1';
 * LEGAL_BASES[id].document; // 'skb-2022'
 * ```
 */
export type LegalBasisId = BuiltInBasisId;

/**
 * Id of a document of the built-in law's registry ({@link LEGAL_DOCUMENTS}).
 * @example
 * ```ts
 * import { LEGAL_BASES, LEGAL_DOCUMENTS, type DocumentId } from 'netralitas-asn';
 * const id = LEGAL_BASES['pp-94-2021/p14-i'].document as DocumentId;
 * id; // 'pp-94-2021'
 * LEGAL_DOCUMENTS[id].short; // 'PP 94/2021'
 * ```
 */
export type DocumentId = BuiltInDocumentId;

/** A registry: documents and bases by id. @internal */
export interface Registry {
  readonly documents: Readonly<Record<string, LegalDocument>>;
  readonly bases: Readonly<Record<string, LegalBasis>>;
}

const merged = (field: 'documents' | 'bases') =>
  Object.assign({}, ...BUILT_IN_PACKS.map((p) => ((p as Record<string, unknown>)[field] ?? {}) as object)) as unknown;

/**
 * The instruments and secondary sources the built-in law's bases come from, by id (the packs' `documents`).
 * @example
 * ```ts
 * import { LEGAL_DOCUMENTS } from 'netralitas-asn';
 * LEGAL_DOCUMENTS['pp-94-2021'].inForceFrom; // '2021-08-31'
 * ```
 */
export const LEGAL_DOCUMENTS = merged('documents') as Readonly<Record<DocumentId, LegalDocument>>;

/**
 * The legal bases of the built-in law, by id (the packs' `bases`).
 * @example
 * ```ts
 * import { LEGAL_BASES } from 'netralitas-asn';
 * LEGAL_BASES['pp-94-2021/p14-i'].confidence; // 'high'
 * ```
 */
export const LEGAL_BASES = merged('bases') as Readonly<Record<LegalBasisId, LegalBasis>>;

/** The registry of the built-in law. @internal */
export const BUILT_IN_REGISTRY: Registry = { documents: LEGAL_DOCUMENTS as Registry['documents'], bases: LEGAL_BASES as Registry['bases'] };

/** @internal Whether a basis id exists in the built-in law. */
export function isLegalBasisId(id: string): id is LegalBasisId {
  return Object.hasOwn(LEGAL_BASES, id);
}

/**
 * The window in which a basis is in force: its own dates, else its document's.
 * @internal
 */
export function basisWindow(id: string, registry: Registry = BUILT_IN_REGISTRY): { from?: string; until?: string } {
  const basis = registry.bases[id]!;
  const doc = registry.documents[basis.document]!;
  return { from: basis.inForceFrom ?? doc.inForceFrom, until: basis.inForceUntil ?? doc.inForceUntil };
}
