// The statement forms, shared by the browser and the server (lib/statements/schema.ts holds the
// list's URL filters). Texts are Markdown, sanitised when shown (components/ui/markdown.tsx).
import { z } from "zod";
import { dateOnly, enumOf, id, optionalId, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";

const statementFields = {
  date: dateOnly(),
  datePrecision: enumOf(["DAY", "MONTH"] as const),
  titleFr: requiredText(300),
  titleEn: optionalText(300),
  textFr: requiredText(100_000),
  textEn: optionalText(100_000),
  bill: optionalText(300),
  campaignId: optionalId(),
  visibility: visibility(),
};

type StatementFields = z.output<z.ZodObject<typeof statementFields>>;

/** A date known only to the month is kept as the 1st of that month. */
function normaliseDate<T extends StatementFields>(value: T): T {
  if (value.datePrecision !== "MONTH") return value;
  return { ...value, date: new Date(Date.UTC(value.date.getUTCFullYear(), value.date.getUTCMonth(), 1)) };
}

export const ZCreateStatementSchema = z
  .object({ ...statementFields, submissionId: submissionId() })
  .strict()
  .transform(normaliseDate);
export type TCreateStatementInput = z.output<typeof ZCreateStatementSchema>;

export const ZUpdateStatementSchema = z
  .object({ ...statementFields, statementId: id(), version: version() })
  .strict()
  .transform(normaliseDate);
export type TUpdateStatementInput = z.output<typeof ZUpdateStatementSchema>;

export type TStatementInput = Omit<TCreateStatementInput, "submissionId">;

export const ZDeleteStatementSchema = z
  .object({ statementId: id(), version: version(), confirm: z.literal("on", { error: "confirmDelete" }) })
  .strict();
export type TDeleteStatementInput = z.output<typeof ZDeleteStatementSchema>;
