// Writing organisations and their membership history. The status is never written by hand: every
// change to the history recomputes it, in the same transaction.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { deriveMembershipStatus } from "./membership-status";
import type { TCreateOrganisationInput, TDeleteMembershipEventInput, TRecordMembershipEventInput, TUpdateOrganisationInput } from "./schema";

const ORGANISATION = "Organisation";
const EVENT = "MembershipEvent";

function assertManager(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:organisations")) throw new AppError("FORBIDDEN");
}

function fieldsOf(data: TCreateOrganisationInput | TUpdateOrganisationInput) {
  const { name, acronym, website, publicContact, descriptionFr, descriptionEn } = data;
  return { name, acronym, website, publicContact, descriptionFr, descriptionEn };
}

/** A slug from the name, made unique with a number when another organisation has it. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

export async function createOrganisation({ actor, data }: { actor: Actor; data: TCreateOrganisationInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  const fields = fieldsOf(data);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const slug = await freeSlug(tx, fields.name);
      const { id } = await tx.organisation.create({ data: { ...fields, slug }, select: { id: true } });
      await recordSubmission(tx, data.submissionId, ORGANISATION, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: ORGANISATION, entityId: id, changes: { ...fields, slug } });
      return id;
    }),
  );
}

const editableSelect = { name: true, acronym: true, website: true, publicContact: true, descriptionFr: true, descriptionEn: true } as const;

/** Edits what the organisation says of itself. Its slug stays: public addresses must not break. */
export async function updateOrganisation({ actor, data, texts }: { actor: Actor; data: TUpdateOrganisationInput; texts?: ConflictTexts }): Promise<void> {
  assertManager(actor);
  const after = fieldsOf(data);
  await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: data.organisationId }, select: editableSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.organisation.updateMany({
      where: { id: data.organisationId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.organisation.findUnique({ where: { id: data.organisationId }, select: { ...editableSelect, version: true } });
      await assertUpdated(0, {
        entityType: ORGANISATION,
        entityId: data.organisationId,
        current: current && { version: current.version, fields: presentForConflict(current, texts) },
        submitted: after,
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: ORGANISATION, entityId: data.organisationId, changes: diffFields(before, after) as never });
  });
}

/**
 * Recomputes the organisation's status from its whole history and stores it when it changed,
 * with its own audit entry. The version is left alone: the status is no field of the edit form,
 * so someone editing the description is not told of a conflict that is none.
 */
async function refreshStatus(tx: Tx, actorId: string, organisationId: string): Promise<void> {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { status: true, membershipEvents: { select: { kind: true, date: true, voteResult: true } } },
  });
  const status = deriveMembershipStatus(organisation.membershipEvents);
  if (status === organisation.status) return;
  await tx.organisation.update({ where: { id: organisationId }, data: { status } });
  await recordAudit(tx, { actorId, action: "update", entityType: ORGANISATION, entityId: organisationId, changes: { status: [organisation.status, status] } });
}

export async function recordMembershipEvent({ actor, data }: { actor: Actor; data: TRecordMembershipEventInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  const event = { organisationId: data.organisationId, kind: data.kind, date: data.date, voteResult: data.voteResult, meetingId: data.meetingId, note: data.note };
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } });
      if (!organisation) throw new AppError("NOT_FOUND");
      if (data.meetingId) {
        const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId }, select: { kind: true } });
        if (meeting?.kind !== "PLENARY") throw new AppError("VALIDATION", "meetingNotPlenary", { fields: { meetingId: "meetingNotPlenary" } });
      }
      const { id } = await tx.membershipEvent.create({ data: event, select: { id: true } });
      await recordSubmission(tx, data.submissionId, EVENT, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: EVENT, entityId: id, changes: event as never });
      await refreshStatus(tx, actor.id, data.organisationId);
      return id;
    }),
  );
}

export async function deleteMembershipEvent({ actor, data }: { actor: Actor; data: TDeleteMembershipEventInput }): Promise<void> {
  assertManager(actor);
  await db.$transaction(async (tx) => {
    const event = await tx.membershipEvent.findFirst({
      where: { id: data.eventId, organisationId: data.organisationId },
      select: { organisationId: true, kind: true, date: true, voteResult: true, meetingId: true, note: true },
    });
    if (!event) throw new AppError("NOT_FOUND");
    await tx.membershipEvent.delete({ where: { id: data.eventId } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: EVENT, entityId: data.eventId, changes: event as never });
    await refreshStatus(tx, actor.id, data.organisationId);
  });
}
