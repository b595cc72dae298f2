/**
 * Presumptions a caller may state for facts a report leaves unsaid (issue 20, part 1). Each is reversible: the result
 * lists the presumptions it relied on and the outcome had each one taken its other value.
 */
import * as z from 'zod';
import { t, type Bilingual } from '../vocabulary/text.js';

/**
 * The presumptions offered for batch work, with why each is safe and where that comes from.
 * @example
 * ```ts
 * import { PRESUMPTIONS } from 'netralitas-asn';
 * PRESUMPTIONS['actor.cltn'].presumed; // false
 * ```
 */
export const PRESUMPTIONS = {
  'target.relation': {
    presumed: 'none',
    other: 'spouse',
    reason: t(
      'Praktik: laporan yang menyangkut suami/istri calon akan menyebutnya.',
      'Practice: a report about a candidate\'s spouse would have named the spouse.',
    ),
    source: 'practice (no source in reference.md or update-2026-12.md; the spouse rule is reference.md "Spouse rule", KE-7)',
  },
  'actor.cltn': {
    presumed: false,
    other: true,
    reason: t(
      'Praktik: CLTN adalah cuti yang diberikan secara tertulis dan akan disebut dalam laporan.',
      'Practice: a leave (CLTN) is granted in writing and would have been named in the report.',
    ),
    source: 'practice (no source in reference.md or update-2026-12.md; CLTN as an input: reference.md KE-7, D-3)',
  },
} as const satisfies Record<string, { presumed: unknown; other: unknown; reason: Bilingual; source: string }>;

/**
 * The zod schema of the `presume` option: only the paths above, each with a value its field accepts.
 * @example
 * ```ts
 * import { presumeSchema } from 'netralitas-asn';
 * presumeSchema.safeParse({ 'target.relation': 'none' }).success; // true
 * ```
 */
export const presumeSchema = z.strictObject({
  'target.relation': z.enum(['spouse', 'none']).optional(),
  'actor.cltn': z.boolean().optional(),
});

/**
 * The `presume` option of `classify` and `classifySync`.
 * @example
 * ```ts
 * import type { Presume } from 'netralitas-asn';
 * const presume: Presume = { 'target.relation': 'none', 'actor.cltn': false };
 * ```
 */
export type Presume = z.infer<typeof presumeSchema>;

/**
 * A presumption path.
 * @example
 * ```ts
 * import type { PresumptionPath } from 'netralitas-asn';
 * const path: PresumptionPath = 'actor.cltn';
 * ```
 */
export type PresumptionPath = keyof typeof PRESUMPTIONS;
