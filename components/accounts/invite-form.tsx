"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { inviteAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/accounts/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { describe, FormMessage, selectClass } from "./form-message";

type Role = "COORDINATOR" | "MEMBER" | "OBSERVER";
const ROLES: Role[] = ["MEMBER", "OBSERVER", "COORDINATOR"];

export type InviteFormText = {
  name: string;
  email: string;
  role: string;
  organisation: string;
  organisationHint: string;
  chooseOrganisation: string;
  mailLanguage: string;
  languages: Record<Locale, string>;
  roles: Record<Role, string>;
  sendInvitation: string;
  sending: string;
  invitationLink: string;
};

export function InviteForm({ t, organisations, locale }: { t: InviteFormText; organisations: { id: string; name: string }[]; locale: Locale }) {
  const [state, formAction, pending] = useActionState(inviteAction, IDLE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // React resets the form after each submission, and a select only takes its defaultValue when
  // it mounts: the keys remount the selects on the values handed back, so a refusal keeps them.
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4" aria-describedby={state.message ? "invite-message" : undefined}>
      <FormMessage state={state} id="invite-message" />
      {state.link && (
        <Field label={t.invitationLink} name="invitation-link">
          <Input id="invitation-link" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} className="font-mono" />
        </Field>
      )}
      <Field label={t.name} name="name" error={errors.name}>
        <Input id="name" name="name" autoComplete="off" required defaultValue={values.name} {...describe("name", errors.name)} />
      </Field>
      <Field label={t.email} name="email" error={errors.email}>
        <Input id="email" name="email" type="email" autoComplete="off" required defaultValue={values.email} {...describe("email", errors.email)} />
      </Field>
      <Field label={t.role} name="role" error={errors.role}>
        <select key={values.role} id="role" name="role" defaultValue={values.role ?? "MEMBER"} className={selectClass} {...describe("role", errors.role)}>
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
          defaultValue={values.organisationId ?? ""}
          className={selectClass}
          {...describe("organisationId", errors.organisationId, true)}
        >
          <option value="">{t.chooseOrganisation}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.mailLanguage} name="locale">
        <select key={values.locale} id="locale" name="locale" defaultValue={values.locale ?? locale} className={selectClass}>
          {(Object.keys(t.languages) as Locale[]).map((code) => (
            <option key={code} value={code} lang={code}>
              {t.languages[code]}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t.sending : t.sendInvitation}
      </Button>
    </form>
  );
}
