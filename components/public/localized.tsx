import { Fragment, type ElementType, type ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pick, type Picked } from "@/lib/public/bilingual";
import type { Bilingual } from "@/lib/public/queries";

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

/** Names in a row ("Ministère de la Justice ; Ministère de l'Intérieur"), each with its note. */
export function LocalizedList({ texts, locale }: { texts: Bilingual[]; locale: Locale }) {
  return texts.map((text, index) => (
    <Fragment key={index}>
      {index > 0 && " ; "}
      <Localized text={text} locale={locale} />
    </Fragment>
  ));
}

/** A long text in its blocks, the note about a missing translation above it. */
function LongText({ text, locale, className, render }: { text: Bilingual; locale: Locale; className?: string; render: (picked: Picked) => ReactNode }) {
  const picked = pick(text, locale);
  if (!picked) return null;
  return (
    <div className={className}>
      {picked.fallback && <p className="mb-2 text-sm text-slate-600">{messages[locale].publicSite.onlyInOther}</p>}
      <div lang={picked.fallback ? picked.lang : undefined}>{render(picked)}</div>
    </div>
  );
}

/** A long plain text in paragraphs (blank lines separate them). */
export function Paragraphs({ text, locale, className }: { text: Bilingual; locale: Locale; className?: string }) {
  return (
    <LongText
      text={text}
      locale={locale}
      className={className}
      render={({ value }) => (
        <div className="flex flex-col gap-3">
          {value
            .split(/\n\s*\n/)
            .map((p) => p.trim())
            .filter(Boolean)
            .map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
        </div>
      )}
    />
  );
}

/** A text written in Markdown (a statement, an organisation's description), sanitised by the one renderer. */
export function LocalizedMarkdown({ text, locale, className, lead }: { text: Bilingual; locale: Locale; className?: string; lead?: boolean }) {
  return <LongText text={text} locale={locale} className={className} render={({ value }) => <Markdown source={value} className={lead ? "prose-lead" : ""} />} />;
}
