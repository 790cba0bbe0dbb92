import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { assertWorkspaceReader } from "@/lib/lists/access";
import type { FilterOption } from "@/lib/lists/options";

/** The themes demands are filed under, for the demands list's filter. */
export async function listThemeOptions(actor: Actor, locale: Locale): Promise<FilterOption[]> {
  assertWorkspaceReader(actor);
  const rows = await db.theme.findMany({ select: { id: true, nameFr: true, nameEn: true }, orderBy: [{ nameFr: "asc" }, { id: "asc" }], take: 500 });
  return rows.map((row) => ({ value: row.id, label: locale === "en" ? row.nameEn : row.nameFr }));
}
