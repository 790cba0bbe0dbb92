import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { localePath, timelineHref } from "@/lib/public/paths";

/**
 * The public site's header. Plain links, no client code: the language switch is the same page's
 * address in the other language, so every public page stays a static, cacheable document.
 */
export function SiteHeader({ locale, alternate }: { locale: Locale; alternate: string }) {
  const p = messages[locale].publicSite;
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={localePath(locale, "/")} className="font-semibold text-white">
          {p.siteName}
        </a>
        <nav aria-label={p.mainNav}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
            <li>
              <a href={localePath(locale, "/")} className="text-white">
                {p.nav.home}
              </a>
            </li>
            <li>
              <a href={timelineHref(locale)} className="text-white">
                {p.nav.timeline}
              </a>
            </li>
            <li>
              <a href={localePath(locale, "/about")} className="text-white">
                {p.nav.about}
              </a>
            </li>
            <li>
              <a href={alternate} hrefLang={other} lang={other} aria-label={p.otherLanguageLabel} className="text-white">
                {p.otherLanguage}
              </a>
            </li>
            <li>
              <a href="/login" className="text-white">
                {p.membersArea}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
