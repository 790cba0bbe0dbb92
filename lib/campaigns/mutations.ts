// Writing campaigns (dossiers). What a campaign groups is set by those records' own forms.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { TCreateCampaignInput, TUpdateCampaignInput } from "./schema";

const ENTITY = "Campaign";

function assertManager(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:campaigns")) throw new AppError("FORBIDDEN");
}

function fieldsOf(data: TCreateCampaignInput | TUpdateCampaignInput) {
  const { nameFr, nameEn, descriptionFr, descriptionEn, startsOn, endsOn, visibility } = data;
  return { nameFr, nameEn, descriptionFr, descriptionEn, startsOn, endsOn, visibility };
}

async function assertSlugFree(tx: Tx, slug: string, campaignId: string | null) {
  const holder = await tx.campaign.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== campaignId) throw new AppError("VALIDATION", "slugTaken", { fields: { slug: "slugTaken" } });
}

export async function createCampaign({ actor, data }: { actor: Actor; data: TCreateCampaignInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  const fields = fieldsOf(data);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      let slug = data.slug;
      if (slug) await assertSlugFree(tx, slug, null);
      else {
        const base = slugify(fields.nameFr);
        const taken = await tx.campaign.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
      }
      const { id } = await tx.campaign.create({ data: { ...fields, slug }, select: { id: true } });
      await recordSubmission(tx, data.submissionId, ENTITY, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: ENTITY, entityId: id, changes: { ...fields, slug } as never });
      return id;
    }),
  );
}

const editableSelect = { slug: true, nameFr: true, nameEn: true, descriptionFr: true, descriptionEn: true, startsOn: true, endsOn: true, visibility: true } as const;

export async function updateCampaign({ actor, data, texts }: { actor: Actor; data: TUpdateCampaignInput; texts?: ConflictTexts }): Promise<void> {
  assertManager(actor);
  const after = { ...fieldsOf(data), slug: data.slug };
  await db.$transaction(async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: data.campaignId }, select: editableSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSlugFree(tx, after.slug, data.campaignId);
    const { count } = await tx.campaign.updateMany({ where: { id: data.campaignId, version: data.version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.campaign.findUnique({ where: { id: data.campaignId }, select: { ...editableSelect, version: true } });
      await assertUpdated(0, {
        entityType: ENTITY,
        entityId: data.campaignId,
        current: current && { version: current.version, fields: presentForConflict(current, texts) },
        submitted: presentForConflict(after, texts),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: ENTITY, entityId: data.campaignId, changes: diffFields(before, after) as never });
  });
}
