// The accounts the search and calendar stories sign in as, when the demo seed has not made them.
import { hashPassword } from "../../lib/auth/password";
import { DEMO, DEMO_PASSWORD, testDb } from "./fixtures";

/** The demo accounts, made here when the demo seed is not there. */
export async function ensureDemoAccounts() {
  const db = testDb();
  // The demo seed made them: add nothing, least of all a second organisation named like OICEM.
  if (await db.user.findUnique({ where: { email: DEMO.member }, select: { id: true } })) return;
  const organisation = await db.organisation.upsert({
    where: { slug: "e2e-oicem" },
    update: {},
    create: { name: "OICEM (e2e)", slug: "e2e-oicem", status: "MEMBER" },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = [
    { email: DEMO.coordinator, name: "Coordination", role: "COORDINATOR" as const, organisationId: null },
    { email: DEMO.member, name: "Membre", role: "MEMBER" as const, organisationId: organisation.id },
    { email: DEMO.observer, name: "Observateur", role: "OBSERVER" as const, organisationId: null },
  ];
  for (const account of accounts) {
    await db.user.upsert({ where: { email: account.email }, update: {}, create: { ...account, passwordHash } });
  }
}
