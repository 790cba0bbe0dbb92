// Adding and renaming themes. Coordinators only; each is one transaction with its audit entry.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import type { ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { slugify } from "@/lib/text/slug";
import type { TCreateThemeInput, TUpdateThemeInput } from "./schema";

const ENTITY = "Theme";

function assertManager(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
}

/**
 * The slug a French name makes must be no other theme's: two names that differ only by accents,
 * case or punctuation are the same theme, and the public site's filter names a theme by its slug.
 */
async function assertNameFree(tx: Tx, nameFr: string, themeId: string | null): Promise<string> {
  const slug = slugify(nameFr);
  const holder = await tx.theme.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== themeId) throw new AppError("VALIDATION", "themeNameTaken", { fields: { nameFr: "themeNameTaken" } });
  return slug;
}

/** A coordinator adds a theme; its slug is made from its French name. A form submitted twice adds one. */
export async function createTheme({ actor, data }: { actor: Actor; data: TCreateThemeInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const fields = { slug: await assertNameFree(tx, data.nameFr, null), nameFr: data.nameFr, nameEn: data.nameEn };
      const { id } = await tx.theme.create({ data: fields, select: { id: true } });
      await recordSubmission(tx, data.submissionId, ENTITY, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: ENTITY, entityId: id, changes: fields });
      return id;
    }),
  );
}

/** A coordinator renames a theme, against the version the form read; its slug stays, so links to it keep working. */
export async function updateTheme({ actor, data, texts }: { actor: Actor; data: TUpdateThemeInput; texts?: ConflictTexts }): Promise<{ id: string }> {
  assertManager(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.theme.findUnique({ where: { id: data.themeId }, select: { nameFr: true, nameEn: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await assertNameFree(tx, data.nameFr, data.themeId);
    const after = { nameFr: data.nameFr, nameEn: data.nameEn };
    const { count } = await tx.theme.updateMany({ where: { id: data.themeId, version: data.version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.theme.findUnique({ where: { id: data.themeId }, select: { nameFr: true, nameEn: true, version: true } });
      await assertUpdated(0, {
        entityType: ENTITY,
        entityId: data.themeId,
        current: current && { version: current.version, fields: { nameFr: current.nameFr, nameEn: current.nameEn } },
        submitted: after,
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: ENTITY, entityId: data.themeId, changes: diffFields(before, after) as never });
    return { id: data.themeId };
  });
}
