// A person's positions with what the coordinator can do to each: correct it, or end it and start
// the next one. Shown on the person's edit page and, for coordinators, on the person's page.
import Link from "next/link";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import type { PeopleFormMessages } from "@/lib/i18n/messages/people-form";

type PositionRow = {
  id: string;
  title: string;
  titleEn: string | null;
  startDate: Date | null;
  endDate: Date | null;
  institution: { name: string; nameEn: string | null };
};

export function positionPeriod(position: { startDate: Date | null; endDate: Date | null }, f: PeopleFormMessages, locale: Locale): string {
  const start = formatDate(position.startDate, locale);
  const end = formatDate(position.endDate, locale);
  if (start && end) return interpolate(f.period, { start, end });
  if (start) return interpolate(f.since, { date: start });
  if (end) return interpolate(f.until, { date: end });
  return f.undated;
}

export function PositionControls({ personId, positions, f, locale }: { personId: string; positions: PositionRow[]; f: PeopleFormMessages; locale: Locale }) {
  return (
    <section aria-labelledby="position-controls-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="position-controls-heading" className="text-lg font-semibold">
          {f.positions}
        </h2>
        <Link href={`/people/${personId}/positions/new`} className="text-sm font-medium">
          {f.addPosition}
        </Link>
      </div>
      {positions.length === 0 ? (
        <p className="text-sm text-slate-600">{f.noPositions}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {positions.map((position) => {
            const title = (locale === "en" && position.titleEn) || position.title;
            return (
              <li key={position.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="position-row">
                <p className="font-medium">{title}</p>
                <p className="text-slate-700">
                  {(locale === "en" && position.institution.nameEn) || position.institution.name} · {positionPeriod(position, f, locale)}
                  {!position.endDate && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900">{f.current}</span>}
                </p>
                <p className="mt-1 flex flex-wrap gap-4">
                  <Link href={`/people/${personId}/positions/${position.id}/edit`} aria-label={interpolate(f.correctPositionLabel, { title })}>
                    {f.correctPosition}
                  </Link>
                  {!position.endDate && (
                    <Link href={`/people/${personId}/positions/${position.id}/next`} aria-label={interpolate(f.endAndStartLabel, { title })}>
                      {f.endAndStart}
                    </Link>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
