import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashCalendarToken, newCalendarToken } from "./token";

/** Makes a new feed link for the actor, which ends the previous one; returns the secret, once. */
export async function createCalendarFeed({ actor }: { actor: Actor }): Promise<{ token: string }> {
  if (!actor || !can(actor, "use:calendar-feed")) throw new AppError("FORBIDDEN");
  const token = newCalendarToken();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { calendarToken: hashCalendarToken(token), version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create-calendar-feed", entityType: "User", entityId: actor.id });
  });
  return { token };
}

/** Ends the actor's feed link: calendar apps that use it get 404 from now on. */
export async function revokeCalendarFeed({ actor }: { actor: Actor }): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, calendarToken: { not: null } },
      data: { calendarToken: null, version: { increment: 1 } },
    });
    if (count) await recordAudit(tx, { actorId: actor.id, action: "revoke-calendar-feed", entityType: "User", entityId: actor.id });
  });
}
