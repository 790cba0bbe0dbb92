// Test data for the account stories: every test makes its own organisation and people.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export const PASSWORD = "a-long-enough-password";

const unique = () => randomBytes(4).toString("hex");

export async function makeOrganisation(name = "Association test") {
  return db.organisation.create({ data: { name: `${name} ${unique()}`, slug: `test-${unique()}` }, select: { id: true, name: true } });
}

let passwordHash: string | undefined;

export async function makeUser(role: "COORDINATOR" | "MEMBER" | "OBSERVER", organisationId: string | null = null) {
  passwordHash ??= await hashPassword(PASSWORD);
  const suffix = unique();
  return db.user.create({
    data: { email: `${role.toLowerCase()}-${suffix}@example.org`, name: `${role} ${suffix}`, role, organisationId, passwordHash },
    select: { id: true, email: true, name: true, role: true, organisationId: true, version: true },
  });
}

export function actorOf(user: { id: string; email: string; name: string; role: "COORDINATOR" | "MEMBER" | "OBSERVER"; organisationId: string | null }): NonNullable<Actor> {
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}

export async function openSession(userId: string) {
  return db.session.create({ data: { id: randomBytes(16).toString("hex"), userId, expiresAt: new Date(Date.now() + 86_400_000) } });
}

export const freshEmail = (label = "invitee") => `${label}-${unique()}@example.org`;
