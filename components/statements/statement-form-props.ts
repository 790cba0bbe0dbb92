// The statement form's choices and texts, assembled on the server as plain values for the browser.
import type { Option } from "@/components/ui/form-fields";
import type { Messages } from "@/lib/i18n/messages";
import type { StatementForEdit } from "@/lib/statements/form-queries";
import type { StatementFormTexts, StatementFormValues } from "./statement-form";
import { visibilityChoices } from "@/lib/forms/fields";

export function statementFormChoices(campaigns: Option[], t: Messages) {
  return {
    campaigns,
    datePrecisions: (["DAY", "MONTH"] as const).map((value) => ({ value, label: t.statementsForm.datePrecisions[value] })),
    visibilities: visibilityChoices(t.common.visibility),
  };
}

export function statementFormTexts(t: Messages, editing: boolean): StatementFormTexts {
  const s = t.statementsForm;
  return { submit: editing ? s.save : s.create, pending: s.saving, conflictBody: s.conflictBody, conflictBy: s.conflictBy, none: s.none, fields: s.fields };
}

export function statementFormValues(statement: StatementForEdit): StatementFormValues {
  return {
    date: statement.date.toISOString().slice(0, 10),
    datePrecision: statement.datePrecision,
    titleFr: statement.titleFr,
    titleEn: statement.titleEn ?? "",
    textFr: statement.textFr,
    textEn: statement.textEn ?? "",
    bill: statement.bill ?? "",
    campaignId: statement.campaignId ?? "",
    visibility: statement.visibility,
  };
}

export const EMPTY_STATEMENT: StatementFormValues = {
  date: "",
  datePrecision: "DAY",
  titleFr: "",
  titleEn: "",
  textFr: "",
  textEn: "",
  bill: "",
  campaignId: "",
  visibility: "PUBLIC",
};
