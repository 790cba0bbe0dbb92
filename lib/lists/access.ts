// The members' area is read by signed-in people only; queries check it themselves, so a route that
// forgets to is still safe.
import { can, type Actor } from "@/lib/authz";
import { AppError } from "@/lib/errors";

export function assertWorkspaceReader(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!can(actor, "read:workspace")) throw new AppError("UNAUTHENTICATED");
}
