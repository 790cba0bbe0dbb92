"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { createCampaign, updateCampaign } from "./mutations";
import { ZCreateCampaignSchema, ZUpdateCampaignSchema } from "./schema";

async function showCampaign(campaignId: string): Promise<never> {
  revalidatePath("/campaigns");
  revalidatePath(`/campaigns/${campaignId}`);
  await revalidatePublicContent();
  redirect(`/campaigns/${campaignId}`);
}

export async function createCampaignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateCampaignSchema, (data) => createCampaign({ actor, data }), t.campaignsForm.errors);
  if (!outcome.ok) return outcome.state;
  return showCampaign(outcome.value.id);
}

export async function updateCampaignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const f = t.campaignsForm;
  const outcome = await runForm(
    formData,
    ZUpdateCampaignSchema,
    async (data) => {
      await updateCampaign({ actor, data, texts: { labels: f.fields, values: { visibility: t.common.visibility } } });
      return data.campaignId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  return showCampaign(outcome.value);
}
