import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { institutionName } from "@/lib/institutions/name";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { personName } from "@/lib/people/name";

/** The officials present, each with the title they held on the meeting's day. */
export function MeetingOfficials({ officials, locale, empty }: { officials: MeetingDetail["officials"]; locale: Locale; empty: string }) {
  if (officials.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-1">
      {officials.map(({ position }) => (
        <li key={position.id}>
          <Link href={`/people/${position.person.id}`}>{personName(position.person)}</Link>
          {", "}
          <span lang={locale === "en" && position.titleEn ? "en" : "fr"}>{(locale === "en" && position.titleEn) || position.title}</span>
          {" — "}
          <Link href={`/institutions/${position.institution.id}`}>{institutionName(locale, position.institution)}</Link>
        </li>
      ))}
    </ul>
  );
}
