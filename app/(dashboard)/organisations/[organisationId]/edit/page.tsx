import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { organisationFormTexts } from "@/components/organisations/organisations-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { updateOrganisationAction } from "@/lib/organisations/actions";
import { getOrganisationForEdit } from "@/lib/organisations/form-queries";

export const metadata: Metadata = { title: "Modifier une association" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:organisations")) notFound();
  const { organisationId } = await params;
  const [organisation, { t }] = await Promise.all([getOrganisationForEdit(user, organisationId), getMessages()]);
  if (!organisation) notFound();
  const f = t.organisationsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/organisations/${organisation.id}`}>{interpolate(f.backToOrganisation, { name: organisation.name })}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.editTitle, { name: organisation.name })}</h1>
      <dl className="text-sm">
        <dt className="font-medium text-slate-800">{f.slug}</dt>
        <dd className="font-mono">{organisation.slug}</dd>
        <dd className="text-xs text-slate-600">{f.hints.slug}</dd>
      </dl>
      <OrganisationForm
        key={organisation.version}
        action={updateOrganisationAction}
        record={{ id: organisation.id, version: organisation.version }}
        initial={{
          name: organisation.name,
          acronym: organisation.acronym ?? "",
          website: organisation.website ?? "",
          publicContact: organisation.publicContact ?? "",
          descriptionFr: organisation.descriptionFr ?? "",
          descriptionEn: organisation.descriptionEn ?? "",
        }}
        t={organisationFormTexts(t, f.save)}
      />
      <p className="text-sm">
        <Link href={`/organisations/${organisation.id}/membership`}>{f.membershipLink}</Link>
      </p>
    </div>
  );
}
