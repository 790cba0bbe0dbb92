// Account forms, shared by the browser and the server.
import { z } from "zod";

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "motdepasse", "123456789", "1234567890", "azertyuiop", "qwertyuiop",
  "plaidoyer", "iloveyou", "admin12345", "bonjour123", "soleil123", "changeme", "letmein123", "welcome123",
]);

export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon" | "containsEmail";

/** Why a password is too weak, or null: long enough, not a common one, not the e-mail itself. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > 200) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return "tooCommon";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "containsEmail";
  return null;
}

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(320));
export const ZRole = z.enum(["COORDINATOR", "MEMBER", "OBSERVER"]);

export const ZCreateAccountSchema = z
  .object({
    email: ZEmail,
    name: z.string().trim().min(1).max(200),
    role: ZRole,
    organisationId: z.string().min(1).max(64).nullable(),
    password: z.string(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type TCreateAccountInput = z.infer<typeof ZCreateAccountSchema>;
