// Demands: the list's URL params, and the forms that create and edit a demand. Safe for client code.
import { z } from "zod";
import { dateOnly, id, ids, optionalId, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";
import { DemandStatus, Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";
import { todayAsDate } from "@/lib/lists/where";
import { oneSourcePerStep, stepSourceFields } from "./history-schema";

// ─── The list: its URL params ───

export const demandListFilters = {
  status: filter.oneOf(DemandStatus),
  theme: filter.id(),
  institution: filter.id(),
  campaign: filter.id(),
  visibility: filter.oneOf(Visibility),
};

export function parseDemandListParams(raw: RawSearchParams) {
  return parseListParams(raw, demandListFilters);
}

export type DemandListParams = ReturnType<typeof parseDemandListParams>;

// ─── The forms ───

/** What the demand itself holds; its history is written by the step forms. Descriptions are plain text, shown with their line breaks. */
const demandFields = {
  titleFr: requiredText(300),
  titleEn: optionalText(300),
  descriptionFr: optionalText(10_000),
  descriptionEn: optionalText(10_000),
  themes: ids(),
  targets: ids(),
  campaignId: optionalId(),
  visibility: visibility(),
};

/** A new demand, with its first step: raised on `raisedOn`, from its source, with its note. */
export const ZCreateDemandSchema = z
  .object({ ...demandFields, raisedOn: dateOnly(), ...stepSourceFields, submissionId: submissionId() })
  .strict()
  .superRefine((data, ctx) => {
    oneSourcePerStep(data, ctx);
    // Raised is a fact: not a day still to come in Paris.
    if (data.raisedOn instanceof Date && data.raisedOn > todayAsDate()) ctx.addIssue({ code: "custom", path: ["raisedOn"], message: "raisedInFuture" });
  });
export type TCreateDemandInput = z.output<typeof ZCreateDemandSchema>;

/** A demand edited against its version; its steps, the first included, have their own forms. */
export const ZUpdateDemandSchema = z
  .object({ ...demandFields, demandId: id(), version: version() })
  .strict();
export type TUpdateDemandInput = z.output<typeof ZUpdateDemandSchema>;
