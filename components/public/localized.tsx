import type { ElementType, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Bilingual } from "@/lib/public/queries";

export type Picked = { value: string; lang: Locale; fallback: boolean };

/** The text in the reader's language, or in the other one when its translation is missing. */
export function pick(text: Bilingual, locale: Locale): Picked | null {
  const other: Locale = locale === "fr" ? "en" : "fr";
  const own = text[locale]?.trim();
  if (own) return { value: own, lang: locale, fallback: false };
  const theirs = text[other]?.trim();
  return theirs ? { value: theirs, lang: other, fallback: true } : null;
}

/** Plain text for attributes and metadata (no note). */
export function pickText(text: Bilingual, locale: Locale): string {
  return pick(text, locale)?.value ?? "";
}

/**
 * A published text: marked with its language when it is not the page's, followed by a note saying
 * the translation is missing.
 */
export function Localized({
  text,
  locale,
  as: Tag = "span",
  className,
  children,
}: {
  text: Bilingual;
  locale: Locale;
  as?: ElementType;
  className?: string;
  children?: (value: string) => ReactNode;
}) {
  const picked = pick(text, locale);
  if (!picked) return null;
  return (
    <Tag className={className}>
      <span lang={picked.fallback ? picked.lang : undefined}>{children ? children(picked.value) : picked.value}</span>
      {picked.fallback && <span className="ml-2 text-sm font-normal text-slate-600">{messages[locale].publicSite.onlyInOther}</span>}
    </Tag>
  );
}

/** A long text in paragraphs (blank lines separate them). */
export function Paragraphs({ text, locale, className }: { text: Bilingual; locale: Locale; className?: string }) {
  const picked = pick(text, locale);
  if (!picked) return null;
  const paragraphs = picked.value.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className={className}>
      {picked.fallback && <p className="mb-2 text-sm text-slate-600">{messages[locale].publicSite.onlyInOther}</p>}
      <div lang={picked.fallback ? picked.lang : undefined} className="flex flex-col gap-3">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </div>
  );
}
