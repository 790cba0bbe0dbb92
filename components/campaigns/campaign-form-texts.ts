// The campaign form's texts, from the user's messages (plain strings for the client form).
import { actionFormTexts } from "@/lib/forms/texts";
import type { Messages } from "@/lib/i18n/messages";
import type { CampaignFormTexts } from "./campaign-form";

export function campaignFormTexts(t: Messages, submit: string, editing: boolean): CampaignFormTexts {
  const f = t.campaignsForm;
  return {
    form: actionFormTexts(t, submit),
    fields: f.fields,
    hints: { ...f.hints, slug: editing ? f.hints.slugEdit : f.hints.slug },
    visibilities: Object.entries(t.common.visibility).map(([value, label]) => ({ value, label })),
  };
}
