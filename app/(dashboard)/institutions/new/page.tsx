import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { institutionFormTexts } from "@/components/institutions/institution-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { createInstitutionAction } from "@/lib/institutions/actions";
import { listInstitutionOptions } from "@/lib/institutions/options";

export const metadata: Metadata = { title: "Nouvelle institution" };

export default async function NewInstitutionPage() {
  const user = await requireUser();
  if (!can(user, "manage:institutions")) notFound();
  const { t, locale } = await getMessages();
  const successors = await listInstitutionOptions(user, locale);
  const f = t.institutionsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/institutions">{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{f.newTitle}</h1>
      <p className="text-slate-700">{f.newIntro}</p>
      <InstitutionForm action={createInstitutionAction} submissionId={newSubmissionId()} successors={successors} t={institutionFormTexts(t, f.create)} />
    </div>
  );
}
