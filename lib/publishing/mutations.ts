import "server-only";
// Publishing to the public timeline, or withdrawing from it: coordinators only, naming the version
// read (a stale version is a conflict), with its audit entry, in one transaction. A withdrawn item
// goes back to the visibility it had before it was made public, never wider.
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { PublishableKind, TPublicationInput } from "./schema";
import { findVisibilitiesBeforePublication, PUBLISHED_ENTITY } from "./visibility-before-publication";

export type PublicationResult = { kind: PublishableKind; id: string; visibility: Visibility; version: number };

type PublicationState = { visibility: Visibility; version: number } | null;

function readPublicationState(tx: Tx, kind: PublishableKind, id: string): Promise<PublicationState> {
  const args = { where: { id }, select: { visibility: true, version: true } } as const;
  switch (kind) {
    case "meeting":
      return tx.meeting.findUnique(args);
    case "letter":
      return tx.letter.findUnique(args);
    case "statement":
      return tx.statement.findUnique(args);
    case "demand":
      return tx.demand.findUnique(args);
  }
}

/** Writes the new visibility if the item is still at the version and visibility read; the count of rows changed. */
async function writePublication(
  tx: Tx,
  kind: PublishableKind,
  where: { id: string; version: number; visibility: Visibility },
  visibility: Visibility,
  publishedAt: Date | null,
): Promise<number> {
  const data = { visibility, version: { increment: 1 } };
  // Demands have no publication date: their public milestones carry their own dates.
  const dated = { ...data, publishedAt };
  switch (kind) {
    case "meeting":
      return (await tx.meeting.updateMany({ where, data: dated })).count;
    case "letter":
      return (await tx.letter.updateMany({ where, data: dated })).count;
    case "statement":
      return (await tx.statement.updateMany({ where, data: dated })).count;
    case "demand":
      return (await tx.demand.updateMany({ where, data })).count;
  }
}

export async function setPublication({ actor, data }: { actor: Actor; data: TPublicationInput }): Promise<PublicationResult> {
  if (!actor || !can(actor, "publish:timeline")) throw new AppError("FORBIDDEN");
  const publishing = data.intent === "publish";
  return db.$transaction(async (tx) => {
    const before = await readPublicationState(tx, data.kind, data.id);
    if (!before) throw new AppError("NOT_FOUND");
    // The form offers to publish what it read as internal and to withdraw what it read as public:
    // anything else is a form older than the item (or made by hand), never a second publication
    // that would move its date, nor a "withdrawal" that would widen an internal item.
    if (before.version !== data.version || (before.visibility === "PUBLIC") === publishing) throw new AppError("CONFLICT");
    const visibility: Visibility = publishing
      ? "PUBLIC"
      : (await findVisibilitiesBeforePublication(tx, data.kind, [data.id])).get(data.id)!;
    const count = await writePublication(tx, data.kind, { id: data.id, version: data.version, visibility: before.visibility }, visibility, publishing ? new Date() : null);
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor.id,
      action: publishing ? "publish" : "withdraw",
      entityType: PUBLISHED_ENTITY[data.kind],
      entityId: data.id,
      changes: { visibility: [before.visibility, visibility] },
    });
    return { kind: data.kind, id: data.id, visibility, version: data.version + 1 };
  });
}
