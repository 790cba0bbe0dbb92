// A published text in the reader's language, or in the other one when its translation is missing:
// then the reader is told (components/public/localized.tsx on the pages, lib/public/feeds.ts in
// the feeds).
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Bilingual } from "./queries";

export type Picked = { value: string; lang: Locale; fallback: boolean };

/** The text in the reader's language, or in the other one when its translation is missing. */
export function pick(text: Bilingual, locale: Locale): Picked | null {
  const other: Locale = locale === "fr" ? "en" : "fr";
  const own = text[locale]?.trim();
  if (own) return { value: own, lang: locale, fallback: false };
  const theirs = text[other]?.trim();
  return theirs ? { value: theirs, lang: other, fallback: true } : null;
}

/** Plain text for metadata (no note). */
export function pickText(text: Bilingual, locale: Locale): string {
  return pick(text, locale)?.value ?? "";
}

/**
 * For a label that cannot hold an element (a select's option): a text in the other language is
 * followed by that language in parentheses, "Ministère de l'Intérieur (in French)".
 */
export function pickLabel(text: Bilingual, locale: Locale): string {
  const picked = pick(text, locale);
  if (!picked?.fallback) return picked?.value ?? "";
  const l = messages[locale].lists;
  return `${picked.value} ${picked.lang === "fr" ? l.inFrench : l.inEnglish}`;
}
