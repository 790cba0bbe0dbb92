import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { institutionFormTexts } from "@/components/institutions/institution-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { dateToInput } from "@/lib/forms/fields";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { updateInstitutionAction } from "@/lib/institutions/actions";
import { getInstitutionForEdit } from "@/lib/institutions/form-queries";
import { listInstitutionOptions } from "@/lib/institutions/options";

export const metadata: Metadata = { title: "Modifier une institution" };

export default async function EditInstitutionPage({ params }: { params: Promise<{ institutionId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:institutions")) notFound();
  const { institutionId } = await params;
  const [institution, { t, locale }] = await Promise.all([getInstitutionForEdit(user, institutionId), getMessages()]);
  if (!institution) notFound();
  const successors = await listInstitutionOptions(user, locale);
  const f = t.institutionsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/institutions/${institution.id}`}>{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.editTitle, { name: institution.name })}</h1>
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <InstitutionForm
        key={institution.version}
        action={updateInstitutionAction}
        record={{ id: institution.id, version: institution.version }}
        initial={{
          name: institution.name,
          nameEn: institution.nameEn ?? "",
          acronym: institution.acronym ?? "",
          kind: institution.kind,
          address: institution.address ?? "",
          website: institution.website ?? "",
          endedOn: dateToInput(institution.endedOn),
          successorId: institution.successorId ?? "",
        }}
        successors={successors}
        t={institutionFormTexts(t, f.save)}
      />
    </div>
  );
}
