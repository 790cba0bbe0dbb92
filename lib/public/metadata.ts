import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { feedHref } from "./paths";

/**
 * A page's alternates: its canonical address, its other language, and the timeline's feed. (Next
 * replaces a layout's `alternates` with the page's, so every page names the feed itself.)
 */
export function publicAlternates(locale: Locale, canonical: string, languages?: { fr: string; en: string }): Metadata["alternates"] {
  return {
    canonical,
    ...(languages ? { languages } : {}),
    types: { "application/atom+xml": [{ url: feedHref(locale), title: messages[locale].publicSite.feedTitle }] },
  };
}
