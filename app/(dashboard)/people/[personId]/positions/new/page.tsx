import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { positionFormTexts } from "@/components/people/people-form-texts";
import { PositionForm } from "@/components/people/position-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { createPositionAction } from "@/lib/people/actions";
import { getPersonName } from "@/lib/people/form-queries";

export const metadata: Metadata = { title: "Nouvelle fonction" };

export default async function NewPositionPage({ params }: { params: Promise<{ personId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:people")) notFound();
  const { personId } = await params;
  const { t, locale } = await getMessages();
  const [person, institutions] = await Promise.all([getPersonName(user, personId), listInstitutionOptions(user, locale)]);
  if (!person) notFound();
  const f = t.peopleForm;
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/people/${person.id}`}>{interpolate(f.backToPerson, { name })}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.addPositionTitle, { name })}</h1>
      <PositionForm
        action={createPositionAction}
        personId={person.id}
        submissionId={newSubmissionId()}
        institutions={institutions}
        t={positionFormTexts(t, f.createPosition)}
      />
    </div>
  );
}
