"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { getActor, getSessionId } from "@/lib/auth";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import type { AccountsMessages } from "@/lib/i18n/messages/accounts";
import { sendMail } from "@/lib/mail/send";
import type { FormState } from "./form-state";
import { acceptInvitation, inviteAccount, revokeInvitation } from "./invitations";
import { changeOwnPassword, setAccountActive, updateAccount } from "./mutations";
import { requestPasswordReset, resetPassword } from "./password-reset";
import {
  ZAcceptInvitationSchema,
  ZChangeOwnPasswordSchema,
  ZForgotPasswordSchema,
  ZInviteSchema,
  ZResetPasswordSchema,
  ZRevokeInvitationSchema,
  ZSetAccountActiveSchema,
  ZUpdateAccountSchema,
  type AccountFailure,
} from "./schema";

type Errors = AccountsMessages["errors"];

const PASSWORD_FIELDS = new Set(["password", "confirmation", "current"]);

/** The form's text fields, to put back after a refusal; passwords are never sent back. */
function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !PASSWORD_FIELDS.has(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** One sentence per wrong field: our own codes when the schema gave one, else by the field. */
function fieldErrors(error: z.ZodError, errors: Errors): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (result[field]) continue;
    if (issue.message in errors) result[field] = errors[issue.message as keyof Errors] as string;
    else if (field === "email") result[field] = errors.email;
    else if (field === "name") result[field] = errors.name;
    else result[field] = errors.required;
  }
  return result;
}

function invalid(error: z.ZodError, errors: Errors, formData: FormData): FormState {
  return { status: "error", fieldErrors: fieldErrors(error, errors), values: keptValues(formData) };
}

/** A refusal from the data layer, as a sentence beside its field or above the form. */
function refused(failure: AccountFailure, errors: Errors, formData: FormData, overrides: Partial<Record<string, string>> = {}): FormState {
  const sentence =
    overrides[failure.code] ??
    (failure.code === "PASSWORD_WEAK" ? errors[failure.problem ?? "tooShort"] : errors[failure.code]);
  const values = keptValues(formData);
  if (failure.field) return { status: "error", fieldErrors: { [failure.field]: sentence }, values };
  return { status: "error", message: sentence, values };
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function inviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [{ t }, actor] = await Promise.all([getMessages(), getActor()]);
  const parsed = ZInviteSchema.safeParse({
    email: text(formData, "email"),
    name: text(formData, "name"),
    role: text(formData, "role"),
    organisationId: text(formData, "organisationId"),
    locale: text(formData, "locale"),
  });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  const result = await inviteAccount({ actor, data: parsed.data });
  if (!result.ok) return refused(result, t.accounts.errors, formData);
  revalidatePath("/accounts");
  const sentence = result.mailed ? t.accounts.invitationSent : t.accounts.invitationNotMailed;
  return { status: "success", message: interpolate(sentence, { email: parsed.data.email }), link: result.link };
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [{ t }, actor] = await Promise.all([getMessages(), getActor()]);
  const parsed = ZRevokeInvitationSchema.safeParse({ invitationId: text(formData, "invitationId") });
  if (!parsed.success) return { status: "error", message: t.accounts.errors.NOT_FOUND };
  const result = await revokeInvitation({ actor, invitationId: parsed.data.invitationId });
  if (!result.ok) return refused(result, t.accounts.errors, formData);
  revalidatePath("/accounts");
  // The invitation leaves the list, and its button with it: the page says it was revoked.
  redirect("/accounts?done=revoked");
}

export async function updateAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [{ t }, actor] = await Promise.all([getMessages(), getActor()]);
  const parsed = ZUpdateAccountSchema.safeParse({
    userId: text(formData, "userId"),
    version: text(formData, "version"),
    role: text(formData, "role"),
    organisationId: text(formData, "organisationId"),
  });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  const result = await updateAccount({ actor, data: parsed.data });
  if (!result.ok) return refused(result, t.accounts.errors, formData);
  revalidatePath("/accounts");
  redirect(`/accounts/${encodeURIComponent(parsed.data.userId)}?done=saved`);
}

export async function setAccountActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [{ t }, actor] = await Promise.all([getMessages(), getActor()]);
  const parsed = ZSetAccountActiveSchema.safeParse({
    userId: text(formData, "userId"),
    version: text(formData, "version"),
    active: text(formData, "active"),
  });
  if (!parsed.success) return { status: "error", message: t.accounts.errors.unexpected };
  const result = await setAccountActive({ actor, data: parsed.data });
  if (!result.ok) return refused({ ...result, field: undefined }, t.accounts.errors, formData);
  revalidatePath("/accounts");
  redirect(`/accounts/${encodeURIComponent(parsed.data.userId)}?done=${parsed.data.active ? "reactivated" : "deactivated"}`);
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getMessages();
  const parsed = ZAcceptInvitationSchema.safeParse({
    token: text(formData, "token"),
    password: text(formData, "password"),
    confirmation: text(formData, "confirmation"),
  });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  const result = await acceptInvitation({ data: parsed.data, locale });
  if (!result.ok) return refused(result, t.accounts.errors, formData, { EMAIL_TAKEN: t.accounts.errors.EMAIL_TAKEN_ACCEPT });
  redirect("/login?notice=account-created");
}

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getMessages();
  const parsed = ZForgotPasswordSchema.safeParse({ email: text(formData, "email") });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  await requestPasswordReset({
    email: parsed.data.email,
    // Sent once the answer has left: how long it takes says nothing about the address.
    deliver: (mail) =>
      after(() => sendMail(mail).then(() => undefined, (error: Error) => console.error(`A password-reset mail could not be sent: ${error.message}`))),
  });
  return { status: "success", message: t.accounts.forgotSent, values: keptValues(formData) };
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getMessages();
  const parsed = ZResetPasswordSchema.safeParse({
    token: text(formData, "token"),
    password: text(formData, "password"),
    confirmation: text(formData, "confirmation"),
  });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  const result = await resetPassword({ data: parsed.data });
  if (!result.ok) return refused(result, t.accounts.errors, formData);
  redirect("/login?notice=password-reset");
}

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [{ t }, actor, sessionId] = await Promise.all([getMessages(), getActor(), getSessionId()]);
  if (!actor) redirect("/login");
  const parsed = ZChangeOwnPasswordSchema.safeParse({
    current: text(formData, "current"),
    password: text(formData, "password"),
    confirmation: text(formData, "confirmation"),
  });
  if (!parsed.success) return invalid(parsed.error, t.accounts.errors, formData);
  const result = await changeOwnPassword({ actor, sessionId, data: parsed.data });
  if (!result.ok) return refused(result, t.accounts.errors, formData);
  return { status: "success", message: t.accounts.passwordChanged };
}
