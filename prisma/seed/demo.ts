// The demo data: the public history of the Collective « Ensemble contre la traite des êtres
// humains » (2013–2018), from its public pages, plus three fictitious demo accounts. Run once on
// an empty database, in one transaction: either all of it is there, or none.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoAccounts, type DemoAccountKey } from "./accounts";
import { loadDemo } from "./loader";
import { organisations } from "./organisations";

/** The demo accounts npm start prints; they all use the password "plaidoyer-demo". */
export const DEMO_ACCOUNTS: readonly { email: string; role: string; organisation: string }[] = demoAccounts.map((account) => {
  const organisation = organisations.find((o) => o.key === account.organisation)!;
  return { email: account.email, role: account.role, organisation: "acronym" in organisation ? organisation.acronym : organisation.name };
});

export async function seedDemo(prisma: PrismaClient): Promise<void> {
  // Hashing is slow on purpose: done before the transaction opens, so it holds no connection idle.
  const passwordHashes = {} as Record<DemoAccountKey, string>;
  for (const account of demoAccounts) passwordHashes[account.key] = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction((tx) => loadDemo(tx, passwordHashes), { timeout: 120_000, maxWait: 10_000 });
}
