// The demand form's choices, texts and values, assembled on the server as plain values for the browser.
import type { Option } from "@/components/ui/form-fields";
import type { DemandForEdit } from "@/lib/demands/form-queries";
import { visibilityChoices } from "@/lib/forms/fields";
import { actionFormTexts } from "@/lib/forms/texts";
import type { Messages } from "@/lib/i18n/messages";
import type { DemandFormChoices, DemandFormTexts, DemandFormValues } from "./demand-form";

export function demandFormChoices(options: { themes: Option[]; institutions: Option[]; campaigns: Option[] }, t: Messages): DemandFormChoices {
  return { ...options, visibilities: visibilityChoices(t.common.visibility) };
}

export function demandFormTexts(t: Messages, editing: boolean): DemandFormTexts {
  const f = t.demandsForm;
  return {
    form: actionFormTexts(t, editing ? f.save : f.create),
    fields: f.fields,
    hints: f.hints,
    none: f.none,
    firstStep: f.firstStep,
    firstStepHint: f.firstStepHint,
    stepFields: t.demandWork.fields,
  };
}

/** A saved demand as its edit form shows it. */
export function demandFormValues(demand: DemandForEdit): Omit<DemandFormValues, "raisedOn"> {
  return {
    titleFr: demand.titleFr,
    titleEn: demand.titleEn ?? "",
    descriptionFr: demand.descriptionFr ?? "",
    descriptionEn: demand.descriptionEn ?? "",
    themes: demand.themes.map((theme) => theme.themeId),
    targets: demand.targets.map((target) => target.institutionId),
    campaignId: demand.campaignId ?? "",
    visibility: demand.visibility,
  };
}
