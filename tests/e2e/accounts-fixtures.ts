// Accounts the account stories need. The demo seed makes the three demo accounts; until it has
// landed (or if it changes), they are made here, with the demo password, and only when missing.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import { readOutbox } from "../../lib/mail/outbox";
import { DEMO, DEMO_PASSWORD, testDb } from "./fixtures";

export async function anyOrganisation(): Promise<{ id: string; name: string }> {
  const existing = await testDb().organisation.findFirst({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  if (existing) return existing;
  return testDb().organisation.create({
    data: { name: "Association de test", slug: `e2e-${randomBytes(3).toString("hex")}` },
    select: { id: true, name: true },
  });
}

export async function ensureDemoAccounts(): Promise<void> {
  const organisation = await anyOrganisation();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const wanted = [
    { email: DEMO.coordinator, name: "Coordination (démo)", role: "COORDINATOR" as const, organisationId: null },
    { email: DEMO.member, name: "Membre (démo)", role: "MEMBER" as const, organisationId: organisation.id },
    { email: DEMO.observer, name: "Observatrice (démo)", role: "OBSERVER" as const, organisationId: organisation.id },
  ];
  for (const account of wanted) {
    await testDb().user.upsert({ where: { email: account.email }, update: {}, create: { ...account, passwordHash } });
  }
}

/** A throwaway account, so stories that deactivate or re-password never touch the demo ones. */
export async function makeAccount(role: "MEMBER" | "OBSERVER", password = "a-long-enough-password") {
  const organisation = await anyOrganisation();
  const suffix = randomBytes(3).toString("hex");
  return testDb().user.create({
    data: {
      email: `${role.toLowerCase()}-${suffix}@example.org`,
      name: `Personne ${suffix}`,
      role,
      organisationId: organisation.id,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true },
  });
}

/** Where the app under test writes its mails (no SMTP server in tests). */
export function mailDir(): string {
  return process.env.MAIL_DIR || path.join(process.env.PLAIDOYER_DATA_DIR || ".data/e2e", "mail");
}

export async function mailsTo(email: string) {
  return readOutbox(mailDir(), email);
}
