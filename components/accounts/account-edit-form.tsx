"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { updateAccountAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/accounts/form-state";
import { describe, FormMessage, selectClass } from "./form-message";

type Role = "COORDINATOR" | "MEMBER" | "OBSERVER";
const ROLES: Role[] = ["COORDINATOR", "MEMBER", "OBSERVER"];

/** Role and organisation of an account, saved against the version the page was rendered from. */
export function AccountEditForm({
  account,
  organisations,
  t,
}: {
  account: { id: string; version: number; role: Role; organisationId: string | null };
  organisations: { id: string; name: string }[];
  t: { role: string; organisation: string; organisationHint: string; noOrganisation: string; roles: Record<Role, string>; saveChanges: string };
}) {
  const [state, formAction, pending] = useActionState(updateAccountAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // Keys remount the selects on the values handed back after a refusal (see InviteForm).
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4" aria-describedby={state.message ? "account-message" : undefined}>
      <FormMessage state={state} id="account-message" />
      <input type="hidden" name="userId" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
      <Field label={t.role} name="role" error={errors.role}>
        <select key={values.role} id="role" name="role" defaultValue={values.role ?? account.role} className={selectClass} {...describe("role", errors.role)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.organisation} name="organisationId" error={errors.organisationId} hint={t.organisationHint}>
        <select
          key={values.organisationId}
          id="organisationId"
          name="organisationId"
          defaultValue={values.organisationId ?? account.organisationId ?? ""}
          className={selectClass}
          {...describe("organisationId", errors.organisationId, true)}
        >
          <option value="">{t.noOrganisation}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t.saveChanges}
      </Button>
    </form>
  );
}
