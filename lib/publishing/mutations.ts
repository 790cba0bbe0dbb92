import "server-only";
// Publishing to the public timeline, or withdrawing from it: coordinators only, naming the version
// read (a stale version is a conflict), with its audit entry, in one transaction.
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TPublicationInput } from "./schema";

export type PublicationResult = { kind: TPublicationInput["kind"]; id: string; visibility: "PUBLIC" | "MEMBERS"; version: number };

const ENTITY = { meeting: "Meeting", letter: "Letter", statement: "Statement", demand: "Demand" } as const;

export async function setPublication({ actor, data }: { actor: Actor; data: TPublicationInput }): Promise<PublicationResult> {
  if (!can(actor, "publish:timeline")) throw new AppError("FORBIDDEN");
  const publishing = data.intent === "publish";
  const visibility = publishing ? ("PUBLIC" as const) : ("MEMBERS" as const);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const where = { id: data.id, version: data.version };
    const update = { visibility, version: { increment: 1 } };
    // Demands have no publication date: their public milestones carry their own dates.
    const dated = { ...update, publishedAt: publishing ? now : null };
    let before: { visibility: string } | null;
    let count: number;
    switch (data.kind) {
      case "meeting":
        before = await tx.meeting.findUnique({ where: { id: data.id }, select: { visibility: true } });
        ({ count } = await tx.meeting.updateMany({ where, data: dated }));
        break;
      case "letter":
        before = await tx.letter.findUnique({ where: { id: data.id }, select: { visibility: true } });
        ({ count } = await tx.letter.updateMany({ where, data: dated }));
        break;
      case "statement":
        before = await tx.statement.findUnique({ where: { id: data.id }, select: { visibility: true } });
        ({ count } = await tx.statement.updateMany({ where, data: dated }));
        break;
      case "demand":
        before = await tx.demand.findUnique({ where: { id: data.id }, select: { visibility: true } });
        ({ count } = await tx.demand.updateMany({ where, data: update }));
        break;
    }
    if (!before) throw new AppError("NOT_FOUND");
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor!.id,
      action: publishing ? "publish" : "withdraw",
      entityType: ENTITY[data.kind],
      entityId: data.id,
      changes: { visibility: [before.visibility, visibility] },
    });
    return { kind: data.kind, id: data.id, visibility, version: data.version + 1 };
  });
}
