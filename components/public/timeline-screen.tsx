import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getTimelineFilterOptions, getTimelinePage } from "@/lib/public/cached";
import { timelineHref } from "@/lib/public/paths";
import { isFiltered, leavesOutStatements, type TimelineView } from "@/lib/public/timeline-view";
import { EntryList } from "./entry-list";
import { SiteHeader } from "./site-header";
import { TimelineFilters } from "./timeline-filters";

export async function TimelineScreen({ locale, view }: { locale: Locale; view: TimelineView }) {
  const t = messages[locale].publicSite.timeline;
  const [page, options] = await Promise.all([getTimelinePage(view), getTimelineFilterOptions()]);
  const filtered = isFiltered(view);
  const { after: _after, ...filters } = view;
  return (
    <>
      <SiteHeader locale={locale} alternate={timelineHref(locale === "fr" ? "en" : "fr", view)} />
      <main id="content" className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-10">
        <div>
          <h1 className="text-3xl font-semibold">{t.title}</h1>
          <p className="mt-3 max-w-3xl text-slate-700">{t.description}</p>
        </div>
        <TimelineFilters locale={locale} view={view} options={options} />
        {leavesOutStatements(view) && <p className="text-slate-700">{t.statementsNotFiltered}</p>}
        {page.entries.length === 0 ? (
          <p className="text-slate-700">{filtered ? t.emptyFiltered : t.empty}</p>
        ) : (
          <EntryList entries={page.entries} locale={locale} />
        )}
        {(page.next || view.after) && (
          <nav aria-label={t.pagination} className="flex flex-wrap justify-between gap-4">
            {view.after ? <a href={timelineHref(locale, filters)}>{t.newest}</a> : <span />}
            {page.next && (
              <a href={timelineHref(locale, { ...filters, after: page.next })} rel="next">
                {t.older}
              </a>
            )}
          </nav>
        )}
      </main>
    </>
  );
}
