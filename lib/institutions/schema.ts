// Institutions: the list's URL params and the forms. Safe for client code.
import { z } from "zod";
import { id, optionalDateOnly, optionalHttpsUrl, optionalId, optionalText, requiredText, submissionId, version } from "@/lib/forms/fields";
import { InstitutionKind } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

// ─── The list: its URL params ───

export const institutionListFilters = { kind: filter.oneOf(InstitutionKind) };

export function parseInstitutionListParams(raw: RawSearchParams) {
  return parseListParams(raw, institutionListFilters);
}

export type InstitutionListParams = ReturnType<typeof parseInstitutionListParams>;

// ─── The forms ───

const institutionFields = {
  name: requiredText(300),
  nameEn: optionalText(300),
  acronym: optionalText(40),
  kind: z.enum(InstitutionKind, { error: "invalid" }),
  address: optionalText(500),
  website: optionalHttpsUrl(),
  endedOn: optionalDateOnly(),
  // A ministry renamed or merged by a later government points at the one that took over.
  successorId: optionalId(),
};

export const ZCreateInstitutionSchema = z.object({ ...institutionFields, submissionId: submissionId() }).strict();
export type TCreateInstitutionInput = z.output<typeof ZCreateInstitutionSchema>;

export const ZUpdateInstitutionSchema = z.object({ ...institutionFields, institutionId: id(), version: version() }).strict();
export type TUpdateInstitutionInput = z.output<typeof ZUpdateInstitutionSchema>;

/** The fields an institution form edits, as a record holds them. */
export type InstitutionFields = Omit<TCreateInstitutionInput, "submissionId">;
