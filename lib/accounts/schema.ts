// Account forms, shared by the browser and the server.
import { z } from "zod";
import { storableString } from "@/lib/forms/fields";

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

export const ZEmail = storableString().trim().toLowerCase().pipe(z.email().max(320));
export const ZRole = z.enum(["COORDINATOR", "MEMBER", "OBSERVER"]);

export const ZCreateAccountSchema = z
  .object({
    email: ZEmail,
    name: storableString().trim().min(1).max(200),
    role: ZRole,
    organisationId: storableString().min(1).max(64).nullable(),
    password: storableString(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type TCreateAccountInput = z.infer<typeof ZCreateAccountSchema>;

// Form values arrive as strings; an empty select means "none".
const ZOptionalId = storableString()
  .trim()
  .max(64)
  .transform((value) => value || null)
  .nullable()
  .default(null);
const ZVersion = z.coerce.number().int().positive();
const ZLocale = z.enum(["fr", "en"]);

/** The roles that belong to an association: their account must name it. */
export const needsOrganisation = (role: z.infer<typeof ZRole>) => role !== "COORDINATOR";

export const ZInviteSchema = z
  .object({
    email: ZEmail,
    name: storableString().trim().min(1).max(200),
    role: ZRole,
    organisationId: ZOptionalId,
    locale: ZLocale.default("fr"),
  })
  .superRefine((value, ctx) => {
    if (needsOrganisation(value.role) && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "organisationRequired" });
    }
  });
export type TInviteInput = z.infer<typeof ZInviteSchema>;

/** A new password typed twice: the rules of `passwordProblem`, and the two must match. */
export const ZNewPasswordSchema = z
  .object({ password: storableString().max(1024), confirmation: storableString().max(1024) })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password !== value.confirmation) ctx.addIssue({ code: "custom", path: ["confirmation"], message: "mismatch" });
  });

export const ZAcceptInvitationSchema = ZNewPasswordSchema.and(z.object({ token: storableString().min(1).max(200) }));
export type TAcceptInvitationInput = z.infer<typeof ZAcceptInvitationSchema>;

export const ZResetPasswordSchema = ZAcceptInvitationSchema;
export type TResetPasswordInput = TAcceptInvitationInput;

export const ZForgotPasswordSchema = z.object({ email: ZEmail });

export const ZChangeOwnPasswordSchema = ZNewPasswordSchema.and(z.object({ current: storableString().min(1).max(1024) }));
export type TChangeOwnPasswordInput = z.infer<typeof ZChangeOwnPasswordSchema>;

export const ZUpdateAccountSchema = z
  .object({ userId: storableString().min(1).max(64), version: ZVersion, role: ZRole, organisationId: ZOptionalId })
  .superRefine((value, ctx) => {
    if (needsOrganisation(value.role) && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "organisationRequired" });
    }
  });
export type TUpdateAccountInput = z.infer<typeof ZUpdateAccountSchema>;

export const ZSetAccountActiveSchema = z.object({
  userId: storableString().min(1).max(64),
  version: ZVersion,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type TSetAccountActiveInput = z.infer<typeof ZSetAccountActiveSchema>;

export const ZRevokeInvitationSchema = z.object({ invitationId: storableString().min(1).max(64) });

/** Why an account action was refused: each code has its sentence in the `accounts` messages. */
export type AccountFailureCode =
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "LINK_INVALID"
  | "EMAIL_TAKEN"
  | "ORGANISATION_UNKNOWN"
  | "PASSWORD_WEAK"
  | "PASSWORD_WRONG"
  | "SELF_DEMOTION"
  | "SELF_DEACTIVATION";

export type AccountFailure = { ok: false; code: AccountFailureCode; field?: string; problem?: PasswordProblem };
export type AccountOutcome<T extends object = object> = ({ ok: true } & T) | AccountFailure;
