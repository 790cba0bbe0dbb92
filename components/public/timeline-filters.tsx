import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pickLabel } from "@/lib/public/bilingual";
import { timelineHref } from "@/lib/public/paths";
import type { TimelineFilterOptions } from "@/lib/public/queries";
import type { TimelineView } from "@/lib/public/timeline-view";

const selectClass = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";

/**
 * A plain GET form: works without JavaScript, and each filtered view is a cacheable address. An
 * option cannot hold the note a missing translation gets elsewhere: its label names the language.
 */
export function TimelineFilters({ locale, view, options }: { locale: Locale; view: TimelineView; options: TimelineFilterOptions }) {
  const t = messages[locale].publicSite.timeline;
  const field = (name: string, label: string, value: string | undefined, choices: { value: string; label: string }[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t.all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={timelineHref(locale)} aria-label={t.filters} className="flex flex-wrap items-end gap-4 rounded-lg bg-brand-50 p-4">
      {field("year", t.year, view.year ? String(view.year) : undefined, options.years.map((year) => ({ value: String(year), label: String(year) })))}
      {field("institution", t.institution, view.institution, options.institutions.map((i) => ({ value: i.id, label: pickLabel(i.name, locale) })))}
      {field("campaign", t.campaign, view.campaign, options.campaigns.map((c) => ({ value: c.slug, label: pickLabel(c.name, locale) })))}
      {field("theme", t.theme, view.theme, options.themes.map((theme) => ({ value: theme.slug, label: pickLabel(theme.name, locale) })))}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {t.apply}
      </button>
      <a href={timelineHref(locale)} className="py-1.5 text-sm">
        {t.reset}
      </a>
    </form>
  );
}
