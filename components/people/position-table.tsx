import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/format";
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
}: {
  caption: string;
  positions: Position[];
  show: "person" | "institution";
  empty: string;
  t: Messages;
  locale: Locale;
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
              cell: (position) => position.person && <Link href={`/people/${position.person.id}`}>{personName(position.person)}</Link>,
            }
          : { key: "title", header: p.title, cell: title },
        show === "person"
          ? { key: "title", header: p.title, cell: title }
          : {
              key: "institution",
              header: p.institution,
              cell: (position) =>
                position.institution && <Link href={`/institutions/${position.institution.id}`}>{institutionName(locale, position.institution)}</Link>,
            },
        { key: "from", header: p.from, cell: (position) => formatDate(position.startDate, locale), className: "whitespace-nowrap" },
        { key: "to", header: p.to, cell: (position) => (position.endDate ? formatDate(position.endDate, locale) : p.current), className: "whitespace-nowrap" },
      ]}
    />
  );
}
