// The people and position forms' texts, from the user's messages (plain strings for client forms).
import { actionFormTexts } from "@/lib/forms/texts";
import type { Messages } from "@/lib/i18n/messages";
import type { EndAndStartFormTexts } from "./end-and-start-form";
import type { PersonFormTexts } from "./person-form";
import type { PositionFormTexts } from "./position-form";

export function personFormTexts(t: Messages, submit: string): PersonFormTexts {
  const f = t.peopleForm;
  return {
    form: actionFormTexts(t, submit),
    fields: f.fields,
    hints: f.hints,
    noOrganisation: f.noOrganisation,
    chooseInstitution: f.chooseInstitution,
    firstPosition: f.firstPosition,
    firstPositionHint: f.firstPositionHint,
  };
}

export function positionFormTexts(t: Messages, submit: string): PositionFormTexts {
  const f = t.peopleForm;
  return { form: actionFormTexts(t, submit), fields: f.fields, hints: f.hints, chooseInstitution: f.chooseInstitution };
}

export function endAndStartFormTexts(t: Messages): EndAndStartFormTexts {
  const f = t.peopleForm;
  return {
    form: actionFormTexts(t, f.endAndStartSubmit),
    fields: f.fields,
    hints: f.hints,
    chooseInstitution: f.chooseInstitution,
    newPositionLegend: f.newPositionLegend,
  };
}
