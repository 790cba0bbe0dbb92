// Changing a follow-up action: its status (with the history row) and its comments. Each user
// action is one transaction with its audit entry; the ownership rule is in every `where`.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { TAddActionCommentInput, TChangeActionStatusInput } from "./schema";
import { changeableActions, readableActions } from "./scope";

/**
 * A member marks an action of hers or of her organisation in progress, done or cancelled (a
 * coordinator, any action). Refused — nothing written — for an observer, for an action of another
 * organisation she reads (FORBIDDEN, saying who may change it), for an action she may not read
 * (NOT_FOUND, as if it did not exist), and for a stale version (CONFLICT).
 */
export async function changeActionStatus({
  actor,
  data,
  labels,
}: {
  actor: Actor;
  data: TChangeActionStatusInput;
  /** The status field's label, for a conflict message in the user's language. */
  labels?: Record<string, string>;
}): Promise<{ id: string; version: number }> {
  const scope = changeableActions(actor);
  if (!actor || !scope) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const where = { AND: [{ id: data.actionId }, scope] };
    const before = await tx.action.findFirst({ where, select: { status: true, completedAt: true, version: true } });
    if (!before) {
      // She reads it but it is not hers: say who may change it. One she may not read stays unknown.
      const readable = await tx.action.findFirst({ where: { AND: [{ id: data.actionId }, readableActions(actor)] }, select: { id: true } });
      throw readable ? new AppError("FORBIDDEN", "notAssignee") : new AppError("NOT_FOUND");
    }
    const conflict = (count: number) =>
      assertUpdated(count, {
        entityType: "Action",
        entityId: data.actionId,
        current: { version: before.version, fields: { status: before.status } },
        submitted: { status: data.status },
        labels,
        tx,
      });
    // Someone saved first: say so before anything else, even when they chose the same status.
    if (before.version !== data.version) await conflict(0);
    if (before.status === data.status) throw new AppError("VALIDATION", "The status is unchanged.", { fields: { status: "statusUnchanged" } });
    const after = { status: data.status, completedAt: data.status === "DONE" ? new Date() : null };
    const { count } = await tx.action.updateMany({
      where: { AND: [where, { version: data.version }] },
      data: { ...after, version: { increment: 1 } },
    });
    await conflict(count);
    await tx.actionStatusChange.create({
      data: { actionId: data.actionId, fromStatus: before.status, toStatus: data.status, note: data.note, changedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Action",
      entityId: data.actionId,
      changes: { ...diffFields(before, after), ...(data.note ? { note: data.note } : {}) } as never,
    });
    return { id: data.actionId, version: data.version + 1 };
  });
}

/**
 * A member or a coordinator comments on an action she can read (comments are how the people
 * concerned coordinate, so a member may comment on an action of another organisation she sees);
 * an observer reads them only. One comment per submitted form, however often it arrives.
 */
export async function addActionComment({ actor, data }: { actor: Actor; data: TAddActionCommentInput }): Promise<{ id: string }> {
  if (!actor || !can(actor, "comment:action")) throw new AppError("FORBIDDEN");
  const { id } = await createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const action = await tx.action.findFirst({ where: { AND: [{ id: data.actionId }, readableActions(actor)] }, select: { id: true } });
      if (!action) throw new AppError("NOT_FOUND");
      const comment = await tx.actionComment.create({ data: { actionId: action.id, authorId: actor.id, body: data.body }, select: { id: true } });
      await recordSubmission(tx, data.submissionId, "ActionComment", comment.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "ActionComment",
        entityId: comment.id,
        changes: { actionId: action.id, length: data.body.length },
      });
      return comment.id;
    }),
  );
  return { id };
}
