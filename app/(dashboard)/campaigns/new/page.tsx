import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { campaignFormTexts } from "@/components/campaigns/campaign-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { createCampaignAction } from "@/lib/campaigns/actions";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Nouveau dossier" };

export default async function NewCampaignPage() {
  const user = await requireUser();
  if (!can(user, "manage:campaigns")) notFound();
  const { t } = await getMessages();
  const f = t.campaignsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/campaigns">{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{f.newTitle}</h1>
      <p className="max-w-2xl text-slate-700">{f.newIntro}</p>
      <CampaignForm action={createCampaignAction} submissionId={newSubmissionId()} t={campaignFormTexts(t, f.create, false)} />
    </div>
  );
}
