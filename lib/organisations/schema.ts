// Organisations: the list's URL params, and the organisation and membership forms. Safe for client code.
import { z } from "zod";
import { dateOnly, id, optionalHttpsUrl, optionalId, optionalText, requiredText, submissionId, version } from "@/lib/forms/fields";
import { MembershipEventKind, VoteResult } from "@/lib/generated/prisma/enums";
import { MembershipStatus } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

// ─── The list: its URL params ───

export const organisationListFilters = { status: filter.oneOf(MembershipStatus) };

export function parseOrganisationListParams(raw: RawSearchParams) {
  return parseListParams(raw, organisationListFilters);
}

export type OrganisationListParams = ReturnType<typeof parseOrganisationListParams>;

// ─── The forms ───

const organisationFields = {
  name: requiredText(200),
  acronym: optionalText(40),
  website: optionalHttpsUrl(),
  publicContact: optionalText(300),
  descriptionFr: optionalText(5000),
  descriptionEn: optionalText(5000),
};

export const ZCreateOrganisationSchema = z.object({ ...organisationFields, submissionId: submissionId() }).strict();
export type TCreateOrganisationInput = z.output<typeof ZCreateOrganisationSchema>;

export const ZUpdateOrganisationSchema = z.object({ ...organisationFields, organisationId: id(), version: version() }).strict();
export type TUpdateOrganisationInput = z.output<typeof ZUpdateOrganisationSchema>;

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** One step of an organisation's membership: only an admission vote has a result, and it must. */
export const ZRecordMembershipEventSchema = z
  .object({
    organisationId: id(),
    submissionId: submissionId(),
    kind: z.enum(MembershipEventKind, { error: "invalid" }),
    date: dateOnly(),
    voteResult: z.preprocess(blankToNull, z.enum(VoteResult, { error: "invalid" }).nullable()),
    // The plenary at which it was decided, if recorded.
    meetingId: optionalId(),
    note: optionalText(2000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind === "ADMISSION_VOTE" && !value.voteResult) ctx.addIssue({ code: "custom", path: ["voteResult"], message: "voteResultRequired" });
    if (value.kind !== "ADMISSION_VOTE" && value.voteResult) ctx.addIssue({ code: "custom", path: ["voteResult"], message: "voteResultOnlyForVote" });
  });
export type TRecordMembershipEventInput = z.output<typeof ZRecordMembershipEventSchema>;

export const ZDeleteMembershipEventSchema = z.object({ organisationId: id(), eventId: id() }).strict();
export type TDeleteMembershipEventInput = z.output<typeof ZDeleteMembershipEventSchema>;
