import Link from "next/link";
import { Localized } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

/** The campaign a record belongs to, linked, in the reader's language. */
export function CampaignLink({
  campaign,
  locale,
  notes,
}: {
  campaign: { id: string; nameFr: string; nameEn: string | null };
  locale: Locale;
  notes: { inFrench: string; inEnglish: string };
}) {
  return (
    <Link href={`/campaigns/${campaign.id}`}>
      <Localized value={localized(locale, campaign.nameFr, campaign.nameEn)} notes={notes} />
    </Link>
  );
}
