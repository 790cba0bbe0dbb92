import type { Locale } from "@/lib/i18n/locales";

type Named = { name: string; nameEn?: string | null; acronym?: string | null };

/** An institution's name in the reader's language (institutions' names are proper names). */
export function institutionName(locale: Locale, institution: Named): string {
  return (locale === "en" && institution.nameEn) || institution.name;
}
