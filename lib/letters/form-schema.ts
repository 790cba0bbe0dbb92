// The letter forms, shared by the browser and the server (lib/letters/schema.ts holds the list's
// URL filters). What the form alone can tell is checked here; what needs the database (a position
// held on the letter's date, the letter a reply answers) is checked by the mutation.
import { z } from "zod";
import { dateOnly, enumOf, id, ids, optionalDateOnly, optionalId, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";

export const LETTER_DIRECTIONS = ["SENT", "RECEIVED"] as const;
export const DATE_PRECISIONS = ["DAY", "MONTH"] as const;
export const MAX_RECIPIENTS = 30;

const recipientRow = z
  .object({ institutionId: optionalId(), positionId: optionalId(), organisationId: optionalId() })
  .strict();
export type TRecipientRow = z.output<typeof recipientRow>;

export const isEmptyRecipient = (row: TRecipientRow) => !row.institutionId && !row.positionId && !row.organisationId;

const letterFields = {
  direction: enumOf(LETTER_DIRECTIONS),
  date: dateOnly(),
  datePrecision: enumOf(DATE_PRECISIONS),
  subjectFr: requiredText(500),
  subjectEn: optionalText(500),
  summaryFr: optionalText(20_000),
  summaryEn: optionalText(20_000),
  senderName: optionalText(300),
  senderOrganisationId: optionalId(),
  senderInstitutionId: optionalId(),
  // Rows keep their place, empty ones included, so that an error names the row the user sees.
  recipients: z.preprocess((value) => value ?? [], z.array(recipientRow).max(MAX_RECIPIENTS, "tooMany")),
  inReplyToId: optionalId(),
  replyExpectedBy: optionalDateOnly(),
  demandIds: ids(),
  campaignId: optionalId(),
  visibility: visibility(),
  confidentialNotes: optionalText(20_000),
};

type LetterFields = z.output<z.ZodObject<typeof letterFields>>;

function checkLetter(value: LetterFields, ctx: z.RefinementCtx) {
  if (value.replyExpectedBy && value.replyExpectedBy < value.date) {
    ctx.addIssue({ code: "custom", path: ["replyExpectedBy"], message: "replyByBeforeDate" });
  }
  if (value.direction === "SENT" && value.senderInstitutionId) {
    ctx.addIssue({ code: "custom", path: ["senderInstitutionId"], message: "senderInstitutionOnlyReceived" });
  }
  if (value.direction === "RECEIVED" && value.senderOrganisationId) {
    ctx.addIssue({ code: "custom", path: ["senderOrganisationId"], message: "senderOrganisationOnlySent" });
  }
  value.recipients.forEach((row, index) => {
    if (row.organisationId && (row.institutionId || row.positionId)) {
      ctx.addIssue({ code: "custom", path: ["recipients", index, "organisationId"], message: "recipientEitherOrganisation" });
    }
  });
}

/** A date known only to the month is kept as the 1st of that month. */
function normaliseDate<T extends LetterFields>(value: T): T {
  if (value.datePrecision !== "MONTH") return value;
  return { ...value, date: new Date(Date.UTC(value.date.getUTCFullYear(), value.date.getUTCMonth(), 1)) };
}

export const ZCreateLetterSchema = z
  .object({ ...letterFields, submissionId: submissionId() })
  .strict()
  .superRefine(checkLetter)
  .transform(normaliseDate);
export type TCreateLetterInput = z.output<typeof ZCreateLetterSchema>;

export const ZUpdateLetterSchema = z
  .object({ ...letterFields, letterId: id(), version: version() })
  .strict()
  .superRefine(checkLetter)
  .transform(normaliseDate);
export type TUpdateLetterInput = z.output<typeof ZUpdateLetterSchema>;

export type TLetterInput = Omit<TCreateLetterInput, "submissionId">;

export const ZDeleteLetterSchema = z
  .object({ letterId: id(), version: version(), confirm: z.literal("on", { error: "confirmDelete" }) })
  .strict();
export type TDeleteLetterInput = z.output<typeof ZDeleteLetterSchema>;
