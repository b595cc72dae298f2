/** A text in Bahasa Indonesia (`id`, the default) and English (`en`). */
export interface Bilingual {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** The two languages of every label and message. */
export const LANGUAGES = ['id', 'en'] as const;

/** A language of the library's texts. */
export type Language = (typeof LANGUAGES)[number];

/** @internal */
export const t = (id: string, en: string): Bilingual => ({ id, en });
