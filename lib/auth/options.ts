// next-auth configuration: e-mail and password, a signed cookie that names a server-side session.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";
import { isSignInLimited, recordSignInAttempt } from "./rate-limit";
import { createSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", limited: "RATE_LIMITED" } as const;

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

/** The client's address as the nearest proxy (Next itself, at least) saw it. */
function clientAddress(headers: Record<string, unknown> | Headers | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const list = String(raw ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return list.at(-1) ?? "unknown";
}

export function secureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

export const SESSION_COOKIE = () => (secureCookies() ? "__Secure-plaidoyer.session" : "plaidoyer.session");

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    useSecureCookies: secureCookies(),
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
      },
    },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const parsed = CredentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const address = clientAddress(request?.headers as Record<string, unknown> | undefined);
          // Fail closed: if the attempts cannot be counted, this throws and sign-in is refused.
          if (await isSignInLimited(email, address)) throw new Error(SIGN_IN_ERRORS.limited);
          const user = await db.user.findUnique({
            where: { email },
            select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true },
          });
          // The same work and the same answer whether the account exists or not.
          const valid = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
          const succeeded = Boolean(user && valid && !user.deactivatedAt);
          await recordSignInAttempt(email, address, succeeded);
          if (!user || !succeeded) return null;
          const sessionId = await createSession(user.id);
          return { id: user.id, name: user.name, email: user.email, sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user && "sessionId" in user) token.sid = user.sessionId as string;
        return token;
      },
      // Nothing but the name reaches the browser; the session id stays in the HttpOnly cookie.
      async session({ session }) {
        return { expires: session.expires, user: { name: session.user?.name ?? null } };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
