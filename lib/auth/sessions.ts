// Server-side sessions. The signed cookie only carries a session id; the row decides whether the
// session still stands, so sign-out, deactivation and a password change end it at once, and the
// role is read afresh on every request.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// lastSeenAt is refreshed at most this often, so a page view costs one read, not a write.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export async function createSession(userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { id, userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return id;
}

/** The actor behind a session id, or null when the session ended, expired or the account is off. */
export async function findSessionActor(sessionId: string): Promise<Actor> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, role: true, organisationId: true, name: true, email: true, deactivatedAt: true } },
    },
  });
  if (!session || session.expiresAt <= new Date() || session.user.deactivatedAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  const { deactivatedAt: _off, ...user } = session.user;
  return user;
}

export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user, inside the caller's transaction when given one. */
export async function endAllSessions(userId: string, tx: Tx = db): Promise<void> {
  await tx.session.deleteMany({ where: { userId } });
}
