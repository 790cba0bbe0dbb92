// Themes demands are filed under: the forms that add and rename one. Safe for client code.
import { z } from "zod";
import { id, requiredText, submissionId, version } from "@/lib/forms/fields";

/** Both names are required: the public site's theme filter shows one in each language. */
const themeFields = {
  nameFr: requiredText(200),
  nameEn: requiredText(200),
};

/** A new theme: its slug is made from its French name. */
export const ZCreateThemeSchema = z.object({ ...themeFields, submissionId: submissionId() }).strict();
export type TCreateThemeInput = z.output<typeof ZCreateThemeSchema>;

/** A theme renamed against its version; its slug stays, so the public links to it keep working. */
export const ZUpdateThemeSchema = z.object({ ...themeFields, themeId: id(), version: version() }).strict();
export type TUpdateThemeInput = z.output<typeof ZUpdateThemeSchema>;
