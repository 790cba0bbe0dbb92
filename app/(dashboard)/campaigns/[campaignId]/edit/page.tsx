import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { campaignFormTexts } from "@/components/campaigns/campaign-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { updateCampaignAction } from "@/lib/campaigns/actions";
import { getCampaignForEdit } from "@/lib/campaigns/form-queries";
import { dateToInput } from "@/lib/forms/fields";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Modifier un dossier" };

export default async function EditCampaignPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:campaigns")) notFound();
  const { campaignId } = await params;
  const [campaign, { t }] = await Promise.all([getCampaignForEdit(user, campaignId), getMessages()]);
  if (!campaign) notFound();
  const f = t.campaignsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/campaigns/${campaign.id}`}>{interpolate(f.backToCampaign, { name: campaign.nameFr })}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.editTitle, { name: campaign.nameFr })}</h1>
      <CampaignForm
        key={campaign.version}
        action={updateCampaignAction}
        record={{ id: campaign.id, version: campaign.version }}
        initial={{
          slug: campaign.slug,
          nameFr: campaign.nameFr,
          nameEn: campaign.nameEn ?? "",
          descriptionFr: campaign.descriptionFr ?? "",
          descriptionEn: campaign.descriptionEn ?? "",
          startsOn: dateToInput(campaign.startsOn),
          endsOn: dateToInput(campaign.endsOn),
          visibility: campaign.visibility,
        }}
        t={campaignFormTexts(t, f.save, true)}
      />
    </div>
  );
}
