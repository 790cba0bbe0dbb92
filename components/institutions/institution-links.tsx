import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { institutionName } from "@/lib/institutions/name";

/** Institutions, each linked to its page, separated by commas. */
export function InstitutionLinks({ institutions, locale }: { institutions: { id: string; name: string; nameEn?: string | null }[]; locale: Locale }) {
  return institutions.map((institution, index) => (
    <span key={institution.id}>
      {index > 0 && ", "}
      <Link href={`/institutions/${institution.id}`}>{institutionName(locale, institution)}</Link>
    </span>
  ));
}
