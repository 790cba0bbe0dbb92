// Playwright fixtures: sign in without the UI (a real server-side session and its signed cookie),
// and reach the database the app under test uses.
import { test as base, type BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { findRunningEmbeddedDatabase } from "../../lib/database/embedded";

export const DEMO_PASSWORD = "plaidoyer-demo";
export const DEMO = {
  coordinator: "coordinator@example.org",
  member: "member@example.org",
  observer: "observer@example.org",
} as const;

function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const url = findRunningEmbeddedDatabase(path.join(process.env.PLAIDOYER_DATA_DIR || ".data/e2e", "pglite"));
  if (!url) throw new Error("The app under test is not serving its embedded database.");
  return url;
}

let prisma: PrismaClient | undefined;
export function testDb(): PrismaClient {
  prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: 2 }) });
  return prisma;
}

export const SESSION_COOKIE = "plaidoyer.session";

/** A signed session cookie's value for the account with this e-mail: a real server-side session. */
export async function sessionTokenFor(email: string): Promise<string> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true } });
  const sid = randomBytes(32).toString("base64url");
  await testDb().session.create({ data: { id: sid, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
  return encode({ token: { name: user.name, email: user.email, sub: user.id, sid }, secret: process.env.AUTH_SECRET! });
}

/** Signs the context in as the account with this e-mail, as the sign-in form would. */
export async function signInAs(context: BrowserContext, email: string, baseURL: string): Promise<void> {
  const token = await sessionTokenFor(email);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

export const test = base.extend<{ asCoordinator: void; asMember: void; asObserver: void }>({
  asCoordinator: async ({ context, baseURL }, use) => {
    await signInAs(context, DEMO.coordinator, baseURL!);
    await use();
  },
  asMember: async ({ context, baseURL }, use) => {
    await signInAs(context, DEMO.member, baseURL!);
    await use();
  },
  asObserver: async ({ context, baseURL }, use) => {
    await signInAs(context, DEMO.observer, baseURL!);
    await use();
  },
});

export { expect } from "@playwright/test";
