// Bilingual fields: the English text for an English reader when there is one, otherwise the French,
// marked so the reader knows (and screen readers pronounce it in French).
import type { Locale } from "./locales";

export type LocalizedText = { text: string; lang: Locale; fallback: boolean };

export function localized(locale: Locale, fr: string, en?: string | null): LocalizedText {
  if (locale === "en" && en) return { text: en, lang: "en", fallback: false };
  return { text: fr, lang: "fr", fallback: locale !== "fr" };
}

/** The same for optional texts: null when there is no text in either language. */
export function localizedOptional(locale: Locale, fr?: string | null, en?: string | null): LocalizedText | null {
  if (locale === "en" && en) return { text: en, lang: "en", fallback: false };
  if (fr) return { text: fr, lang: "fr", fallback: locale !== "fr" };
  if (en) return { text: en, lang: "en", fallback: locale !== "en" };
  return null;
}
