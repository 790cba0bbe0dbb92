import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { TCreateAccountInput } from "./schema";

/**
 * Creates an account with a password. A coordinator may; so may the command line ("system"),
 * which is how the first coordinator of a deployment without demo data is made.
 */
export async function createAccount({ actor, data }: { actor: Actor | "system"; data: TCreateAccountInput }) {
  if (actor !== "system" && !can(actor, "manage:accounts")) throw new AppError("FORBIDDEN");
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "An account with this e-mail address already exists.");
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, organisationId: data.organisationId, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actorId: actor === "system" ? null : actor?.id ?? null,
      action: "create",
      entityType: "User",
      entityId: user.id,
      changes: { email: data.email, name: data.name, role: data.role, organisationId: data.organisationId },
    });
    return user;
  });
}
