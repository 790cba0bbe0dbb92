// The signed-in user, resolved once per request from the session cookie and the database.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/authz";
import { authSecret } from "@/lib/env";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { findSessionActor } from "@/lib/auth/sessions";

/** The server-side session id named by this request's cookie, if its signature holds. */
export const getSessionId = cache(async (): Promise<string | null> => {
  const cookie = (await cookies()).get(SESSION_COOKIE())?.value;
  if (!cookie) return null;
  const token = await decode({ token: cookie, secret: authSecret() }).catch(() => null);
  return token && typeof token.sid === "string" ? token.sid : null;
});

/** The current user, or null for an anonymous visitor. */
export const getActor = cache(async (): Promise<Actor> => {
  const sessionId = await getSessionId();
  return sessionId ? findSessionActor(sessionId) : null;
});

/** Starts every page of the members' area: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<NonNullable<Actor>> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
