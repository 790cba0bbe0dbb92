import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { organisationFormTexts } from "@/components/organisations/organisations-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { createOrganisationAction } from "@/lib/organisations/actions";

export const metadata: Metadata = { title: "Nouvelle association" };

export default async function NewOrganisationPage() {
  const user = await requireUser();
  if (!can(user, "manage:organisations")) notFound();
  const { t } = await getMessages();
  const f = t.organisationsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/organisations">{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{f.newTitle}</h1>
      <p className="text-slate-700">{f.newIntro}</p>
      <OrganisationForm action={createOrganisationAction} submissionId={newSubmissionId()} t={organisationFormTexts(t, f.create)} />
    </div>
  );
}
