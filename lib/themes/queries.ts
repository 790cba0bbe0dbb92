// What the themes page and its forms read: coordinators only, checked here as well as on the pages.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

/** Every theme, with how many demands (of any visibility) are filed under it; null for who may not manage them. */
export async function findThemesWithCounts(actor: Actor) {
  if (!can(actor, "manage:demands")) return null;
  const rows = await db.theme.findMany({
    select: { id: true, slug: true, nameFr: true, nameEn: true, _count: { select: { demands: true } } },
    orderBy: [{ nameFr: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(({ _count, ...theme }) => ({ ...theme, demands: _count.demands }));
}

export type ThemeRow = NonNullable<Awaited<ReturnType<typeof findThemesWithCounts>>>[number];

export async function getThemeForEdit(actor: Actor, themeId: string) {
  if (!can(actor, "manage:demands")) return null;
  return db.theme.findUnique({ where: { id: themeId }, select: { id: true, version: true, slug: true, nameFr: true, nameEn: true } });
}
