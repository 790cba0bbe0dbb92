// People: the list's URL params, and the forms for people and their positions over time. Safe for client code.
import { z } from "zod";
import { endNotBeforeStart } from "@/lib/forms/date-range";
import { dateOnly, id, optionalDateOnly, optionalId, optionalText, requiredText, submissionId, version } from "@/lib/forms/fields";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

// ─── The list: its URL params ───

export const personListFilters = { institution: filter.id(), organisation: filter.id() };

export function parsePersonListParams(raw: RawSearchParams) {
  return parseListParams(raw, personListFilters);
}

export type PersonListParams = ReturnType<typeof parsePersonListParams>;

// ─── The forms ───

const personFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  // Staff of a member association; officials have positions instead.
  organisationId: optionalId(),
  notes: optionalText(5000),
};

const positionFields = {
  title: requiredText(300),
  titleEn: optionalText(300),
  institutionId: id(),
  startDate: optionalDateOnly(),
  endDate: optionalDateOnly(),
};

/** A new person, and optionally the position they hold (an official met for the first time). */
export const ZCreatePersonSchema = z
  .object({
    ...personFields,
    submissionId: submissionId(),
    positionTitle: optionalText(300),
    positionTitleEn: optionalText(300),
    positionInstitutionId: optionalId(),
    positionStartDate: optionalDateOnly(),
    positionEndDate: optionalDateOnly(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const started = value.positionTitle || value.positionInstitutionId || value.positionTitleEn || value.positionStartDate || value.positionEndDate;
    if (!started) return;
    if (!value.positionTitle) ctx.addIssue({ code: "custom", path: ["positionTitle"], message: "required" });
    if (!value.positionInstitutionId) ctx.addIssue({ code: "custom", path: ["positionInstitutionId"], message: "required" });
  })
  .superRefine(endNotBeforeStart("positionStartDate", "positionEndDate"));
export type TCreatePersonInput = z.output<typeof ZCreatePersonSchema>;

export const ZUpdatePersonSchema = z.object({ ...personFields, personId: id(), version: version() }).strict();
export type TUpdatePersonInput = z.output<typeof ZUpdatePersonSchema>;

export const ZCreatePositionSchema = z
  .object({ ...positionFields, personId: id(), submissionId: submissionId() })
  .strict()
  .superRefine(endNotBeforeStart("startDate", "endDate"));
export type TCreatePositionInput = z.output<typeof ZCreatePositionSchema>;

/** A correction of a position as recorded: it changes how every meeting it was used for reads. */
export const ZUpdatePositionSchema = z
  .object({ ...positionFields, positionId: id(), version: version() })
  .strict()
  .superRefine(endNotBeforeStart("startDate", "endDate"));
export type TUpdatePositionInput = z.output<typeof ZUpdatePositionSchema>;

/**
 * A real change: the position ends on `changeDate` and the next one starts that same day, as
 * government changes are recorded (an outgoing minister's functions end on the day the next
 * appointment begins).
 */
export const ZEndAndStartPositionSchema = z
  .object({
    positionId: id(),
    version: version(),
    changeDate: dateOnly(),
    title: requiredText(300),
    titleEn: optionalText(300),
    institutionId: id(),
  })
  .strict();
export type TEndAndStartPositionInput = z.output<typeof ZEndAndStartPositionSchema>;
