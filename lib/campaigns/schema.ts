// Campaigns (dossiers): the list's URL params and the forms. Safe for client code.
import { z } from "zod";
import { endNotBeforeStart } from "@/lib/forms/date-range";
import { id, optionalDateOnly, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";
import { Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/text/slug";

// ─── The list: its URL params ───

export const campaignListFilters = { visibility: filter.oneOf(Visibility) };

export function parseCampaignListParams(raw: RawSearchParams) {
  return parseListParams(raw, campaignListFilters);
}

export type CampaignListParams = ReturnType<typeof parseCampaignListParams>;

// ─── The forms ───

const slug = () => z.string().trim().toLowerCase().max(SLUG_MAX, "tooLong").regex(SLUG_PATTERN, "invalidSlug");

const campaignFields = {
  nameFr: requiredText(300),
  nameEn: optionalText(300),
  descriptionFr: optionalText(10_000),
  descriptionEn: optionalText(10_000),
  startsOn: optionalDateOnly(),
  endsOn: optionalDateOnly(),
  visibility: visibility(),
};

/** A new campaign: left empty, its slug is made from its French name. */
export const ZCreateCampaignSchema = z
  .object({
    ...campaignFields,
    slug: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), slug().optional()).transform((value) => value ?? null),
    submissionId: submissionId(),
  })
  .strict()
  .superRefine(endNotBeforeStart("startsOn", "endsOn"));
export type TCreateCampaignInput = z.output<typeof ZCreateCampaignSchema>;

export const ZUpdateCampaignSchema = z
  .object({ ...campaignFields, slug: slug(), campaignId: id(), version: version() })
  .strict()
  .superRefine(endNotBeforeStart("startsOn", "endsOn"));
export type TUpdateCampaignInput = z.output<typeof ZUpdateCampaignSchema>;
