import { beforeAll, describe, expect, test } from "vitest";
import { authOptions, SIGN_IN_ERRORS } from "@/lib/auth/options";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { makeOrganisation, makeUser, PASSWORD } from "./accounts-helpers";

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;

/** The provider's own authorize(), as next-auth calls it on a sign-in request. */
function authorize(email: string, password: string, address = "203.0.113.7") {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": address } });
}

let organisationId: string;
beforeAll(async () => {
  organisationId = (await makeOrganisation()).id;
});

describe("signing in", () => {
  test("the right password opens a server-side session", async () => {
    const member = await makeUser("MEMBER", organisationId);
    const user = (await authorize(member.email, PASSWORD)) as { id: string; sessionId: string };
    expect(user.id).toBe(member.id);
    expect(await db.session.count({ where: { id: user.sessionId, userId: member.id } })).toBe(1);
  });

  test(`after ${MAX_FAILURES_PER_ACCOUNT} failures the next attempt is refused, even with the right password`, async () => {
    const member = await makeUser("MEMBER", organisationId);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await authorize(member.email, `wrong-${i}`, `198.51.100.${i}`)).toBeNull();
    await expect(authorize(member.email, PASSWORD, "198.51.100.99")).rejects.toThrow(SIGN_IN_ERRORS.limited);
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
  });

  test("a deactivated account is refused with the right password", async () => {
    const member = await makeUser("MEMBER", organisationId);
    await db.user.update({ where: { id: member.id }, data: { deactivatedAt: new Date() } });
    expect(await authorize(member.email, PASSWORD, "192.0.2.1")).toBeNull();
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
  });
});
