import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { feedHref, MEETINGS_CALENDAR_HREF } from "@/lib/public/paths";

export function SiteFooter({ locale }: { locale: Locale }) {
  const p = messages[locale].publicSite;
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-slate-700">
        <p>{p.footer}</p>
        <p className="flex flex-wrap gap-x-5 gap-y-1">
          <span>{p.subscribe}</span>
          <a href={feedHref(locale)} type="application/atom+xml">
            {p.atomFeed}
          </a>
          <a href={MEETINGS_CALENDAR_HREF} type="text/calendar">
            {p.calendarFeed}
          </a>
        </p>
      </div>
    </footer>
  );
}
