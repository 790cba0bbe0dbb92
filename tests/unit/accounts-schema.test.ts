import { describe, expect, test } from "vitest";
import { ZInviteSchema, ZNewPasswordSchema, ZUpdateAccountSchema } from "@/lib/accounts/schema";
import { invitationMail, passwordResetMail } from "@/lib/mail/templates";

describe("the account forms' rules", () => {
  test("a new password must follow the rules, then match its confirmation", () => {
    const issue = (password: string, confirmation: string) => ZNewPasswordSchema.safeParse({ password, confirmation }).error?.issues[0];
    expect(issue("short", "short")).toMatchObject({ path: ["password"], message: "tooShort" });
    expect(issue("azertyuiop", "azertyuiop")).toMatchObject({ path: ["password"], message: "tooCommon" });
    expect(issue("a-long-enough-password", "a-long-enough-passw0rd")).toMatchObject({ path: ["confirmation"], message: "mismatch" });
    expect(issue("a-long-enough-password", "a-long-enough-password")).toBeUndefined();
  });

  test("an invitation's e-mail is trimmed and lowercased; an empty organisation is none", () => {
    const parsed = ZInviteSchema.parse({ email: "  Awa.Diallo@Example.ORG ", name: " Awa ", role: "COORDINATOR", organisationId: "", locale: "en" });
    expect(parsed).toEqual({ email: "awa.diallo@example.org", name: "Awa", role: "COORDINATOR", organisationId: null, locale: "en" });
    expect(ZInviteSchema.safeParse({ email: "not-an-address", name: "X", role: "COORDINATOR" }).error?.issues[0].path).toEqual(["email"]);
    expect(ZInviteSchema.safeParse({ email: "a@b.org", name: "X", role: "ADMIN" }).success).toBe(false);
  });

  test("an edit names the version it read, as a number", () => {
    expect(ZUpdateAccountSchema.parse({ userId: "u1", version: "3", role: "COORDINATOR", organisationId: "" })).toEqual({
      userId: "u1",
      version: 3,
      role: "COORDINATOR",
      organisationId: null,
    });
    expect(ZUpdateAccountSchema.safeParse({ userId: "u1", version: "zero", role: "MEMBER", organisationId: "o" }).success).toBe(false);
  });
});

describe("the mails", () => {
  const expiresAt = new Date("2026-03-01T10:00:00Z");

  test("an invitation reads in the language chosen for the recipient", () => {
    const base = { to: "a@b.org", name: "Awa", inviterName: "Geneviève", role: "MEMBER" as const, organisationName: "OICEM", link: "https://x/invitation/t", expiresAt };
    const fr = invitationMail({ ...base, locale: "fr" });
    const en = invitationMail({ ...base, locale: "en" });
    expect(fr.text).toContain("Geneviève vous invite");
    expect(fr.text).toContain("comme membre pour OICEM");
    expect(fr.text).toContain("1 mars 2026 à 11:00");
    expect(en.text).toContain("as a member for OICEM");
    expect(en.text).toContain("https://x/invitation/t");
    expect(en.locale).toBe("en");
  });

  test("a reset link reads in the account's language", () => {
    expect(passwordResetMail({ to: "a@b.org", name: "Awa", link: "https://x/password/reset/t", locale: "en", expiresAt }).subject).toBe(
      "Your new Plaidoyer password",
    );
  });
});
