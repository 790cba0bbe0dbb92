import Link from "next/link";
import type { ReactNode } from "react";
import { Localized } from "@/components/ui/localized-text";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ListsMessages } from "@/lib/i18n/messages/lists";

type MeetingLink = { id: string; titleFr: string; titleEn: string | null; startsAt: Date };

/** A short list of meetings, newest first, with a link to the whole filtered list when there are more. */
export function MeetingLinkList({
  items,
  total,
  allHref,
  empty,
  locale,
  t,
}: {
  items: { meeting: MeetingLink; extra?: ReactNode }[];
  total?: number;
  allHref?: string;
  empty: string;
  locale: Locale;
  t: ListsMessages;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <>
      <ul className="space-y-1">
        {items.map(({ meeting, extra }, index) => (
          <li key={`${meeting.id}-${index}`}>
            <span className="inline-block min-w-36 text-sm text-slate-700">{formatDate(meeting.startsAt, locale)}</span>{" "}
            <Link href={`/meetings/${meeting.id}`}>
              <Localized value={localized(locale, meeting.titleFr, meeting.titleEn)} notes={t} />
            </Link>
            {extra && <span className="text-sm text-slate-700"> — {extra}</span>}
          </li>
        ))}
      </ul>
      {allHref && total !== undefined && total > items.length && (
        <p className="mt-2 text-sm">
          <Link href={allHref}>{interpolate(t.seeAll, { count: total })}</Link>
        </p>
      )}
    </>
  );
}
