// Sign-in attempts are counted in the database, so the limits hold across every app instance.
// If the database cannot count, sign-in is refused (fail closed).
import { db } from "@/lib/db";

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** True when either the account or the address has failed too often in the last 15 minutes. */
export async function isSignInLimited(email: string, address: string): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [account, fromAddress] = await Promise.all([
    db.signInAttempt.count({ where: { key: accountKey(email), succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { key: addressKey(address), succeeded: false, createdAt: { gte: since } } }),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || fromAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(email: string, address: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.createMany({
    data: [
      { key: accountKey(email), succeeded },
      { key: addressKey(address), succeeded },
    ],
  });
  // A success clears the account's failures; old rows are pruned as we go.
  if (succeeded) {
    await db.signInAttempt.deleteMany({ where: { key: accountKey(email), succeeded: false } });
  }
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 2 * WINDOW_MS) } } });
}
