import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { requireUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Mot de passe" };

export default async function OwnPasswordPage() {
  await requireUser();
  const { t } = await getMessages();
  const a = t.accounts;
  return (
    <div className="flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-semibold">{a.changeTitle}</h1>
      <p className="text-slate-700">{a.changeIntro}</p>
      <ChangePasswordForm
        t={{
          currentPassword: a.currentPassword,
          newPassword: a.newPassword,
          confirmation: a.confirmation,
          passwordHint: a.passwordHint,
          changeSubmit: a.changeSubmit,
          sending: a.sending,
        }}
      />
    </div>
  );
}
