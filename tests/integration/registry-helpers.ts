// Test data for the registry stories (institutions, people, organisations, campaigns): every test
// makes its own records with unique names, and acts as a coordinator, member, observer or nobody.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

export const unique = () => randomBytes(4).toString("hex");
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export { newSubmissionId };

export async function coordinator(): Promise<NonNullable<Actor>> {
  return actorOf(await makeUser("COORDINATOR"));
}

/** A member, an observer (each of their own organisation) and an anonymous visitor. */
export async function outsiders(): Promise<{ label: string; actor: Actor }[]> {
  const organisation = await makeOrganisation();
  return [
    { label: "a member", actor: actorOf(await makeUser("MEMBER", organisation.id)) },
    { label: "an observer", actor: actorOf(await makeUser("OBSERVER", organisation.id)) },
    { label: "an anonymous visitor", actor: null },
  ];
}

/** Expects the promise to fail with this AppError code, and returns the error. */
export async function refusedWith(promise: Promise<unknown>, code: AppErrorCode) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isAppError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error as import("@/lib/errors").AppError;
}

export async function auditEntriesOf(entityType: string, entityId: string) {
  return db.auditEntry.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, changes: true } });
}
