/**
 * A text in Bahasa Indonesia (`id`, the default) and English (`en`).
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.violations[0]?.explanation.en;
 * // 'Installed banners/billboards/campaign props for a calon (after the candidates were determined).'
 * ```
 */
export interface Bilingual {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * The two languages of every label and message, the default (`id`) first.
 * @example
 * ```ts
 * import { LANGUAGES } from 'netralitas-asn';
 * LANGUAGES; // ['id', 'en']
 * ```
 */
export const LANGUAGES = ['id', 'en'] as const;

/**
 * A language of the library's texts: a key of every {@link Bilingual}.
 * @example
 * ```ts
 * import { classifySync, type Language } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * const lang: Language = 'id';
 * if (r.ok) r.violations[0]?.explanation[lang];
 * // 'Memasang spanduk/baliho/alat peraga terkait calon (setelah penetapan calon).'
 * ```
 */
export type Language = (typeof LANGUAGES)[number];

/** @internal */
export const t = (id: string, en: string): Bilingual => ({ id, en });
