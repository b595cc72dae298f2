/**
 * The messages of the checks that an id in law data names something the law holds, or has the form of an id, in both
 * languages: one wording for every schema that checks it (see vocabulary/schema-messages.ts).
 */
import { t } from '../vocabulary/text.js';

/** A legal basis id that is not in the registry. @internal */
export const UNKNOWN_BASIS = /* @__PURE__ */ t('id dasar hukum tidak dikenal', 'unknown legal basis id');
/** A document id that is not in the registry. @internal */
export const UNKNOWN_DOCUMENT = /* @__PURE__ */ t('id dokumen tidak dikenal', 'unknown document id');
/** An election that is not loaded. @internal */
export const UNKNOWN_ELECTION = /* @__PURE__ */ t('pemilihan tidak dikenal', 'unknown election');
/** The form of an id that becomes a value of an incident or a result. @internal */
export const VALUE_ID_FORM = /* @__PURE__ */ t('huruf kecil, angka dan garis bawah', 'lowercase letters, digits and underscores');
