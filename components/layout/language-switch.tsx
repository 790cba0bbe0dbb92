"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { setLocale } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/locales";

export function LanguageSwitch({ locale, t }: { locale: Locale; t: { switchTo: string; switchToLabel: string } }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={query ? `${pathname}?${query}` : pathname} />
      <button type="submit" lang={other} aria-label={t.switchToLabel} className="text-sm text-brand-700 underline-offset-2 hover:underline">
        {t.switchTo}
      </button>
    </form>
  );
}
