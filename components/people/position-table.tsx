import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import { personName } from "@/lib/people/name";

type Position = {
  id: string;
  title: string;
  titleEn: string | null;
  startDate: Date | null;
  endDate: Date | null;
  person?: { id: string; firstName: string; lastName: string };
  institution?: { id: string; name: string; nameEn: string | null };
};

/** Positions over time: on an institution's page, who held them; on a person's page, where. */
export function PositionTable({
  caption,
  positions,
  show,
  empty,
  t,
  locale,
  manageFor,
}: {
  caption: string;
  positions: Position[];
  show: "person" | "institution";
  empty: string;
  t: Messages;
  locale: Locale;
  /** On a person's page, for coordinators: the person whose positions can be corrected or changed. */
  manageFor?: string;
}) {
  if (positions.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  const p = t.people.detail;
  const title = (position: Position) => (locale === "en" && position.titleEn) || position.title;
  return (
    <DataTable
      caption={caption}
      rows={positions}
      rowKey={(position) => position.id}
      columns={[
        show === "person"
          ? {
              key: "person",
              header: t.institutions.detail.person,
              cell: (position) => position.person && <a href={`/people/${position.person.id}`}>{personName(position.person)}</a>,
            }
          : { key: "title", header: p.title, cell: title },
        show === "person"
          ? { key: "title", header: p.title, cell: title }
          : {
              key: "institution",
              header: p.institution,
              cell: (position) =>
                position.institution && <a href={`/institutions/${position.institution.id}`}>{institutionName(locale, position.institution)}</a>,
            },
        { key: "from", header: p.from, cell: (position) => formatDate(position.startDate, locale), className: "whitespace-nowrap" },
        { key: "to", header: p.to, cell: (position) => (position.endDate ? formatDate(position.endDate, locale) : p.current), className: "whitespace-nowrap" },
        ...(manageFor ? [manageColumn(manageFor, t, title)] : []),
      ]}
    />
  );
}

/** Correct a position in place, or (while it is held) end it and start the next one. */
function manageColumn(personId: string, t: Messages, title: (position: Position) => string) {
  const f = t.peopleForm;
  return {
    key: "manage",
    header: f.manageColumn,
    cell: (position: Position) => (
      <span className="flex flex-wrap gap-x-3 gap-y-1">
        <a href={`/people/${personId}/positions/${position.id}/edit`} aria-label={interpolate(f.correctPositionLabel, { title: title(position) })}>
          {f.correctPosition}
        </a>
        {!position.endDate && (
          <a href={`/people/${personId}/positions/${position.id}/next`} aria-label={interpolate(f.endAndStartLabel, { title: title(position) })}>
            {f.endAndStart}
          </a>
        )}
      </span>
    ),
  };
}
