import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** The language of a public page, from its URL; any other segment is a 404. */
export async function localeOf(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}
