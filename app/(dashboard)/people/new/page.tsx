import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { personFormTexts } from "@/components/people/people-form-texts";
import { PersonForm } from "@/components/people/person-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { listOrganisationOptions } from "@/lib/organisations/options";
import { createPersonAction } from "@/lib/people/actions";

export const metadata: Metadata = { title: "Nouvelle personne" };

export default async function NewPersonPage() {
  const user = await requireUser();
  if (!can(user, "manage:people")) notFound();
  const { t, locale } = await getMessages();
  const [organisations, institutions] = await Promise.all([listOrganisationOptions(user), listInstitutionOptions(user, locale)]);
  const f = t.peopleForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/people">{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{f.newTitle}</h1>
      <p className="text-slate-700">{f.newIntro}</p>
      <PersonForm
        action={createPersonAction}
        submissionId={newSubmissionId()}
        organisations={organisations}
        institutions={institutions}
        t={personFormTexts(t, f.create)}
      />
    </div>
  );
}
