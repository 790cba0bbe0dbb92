import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { personFormTexts } from "@/components/people/people-form-texts";
import { PersonForm } from "@/components/people/person-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { listOrganisationOptions } from "@/lib/organisations/options";
import { updatePersonAction } from "@/lib/people/actions";
import { getPersonForEdit } from "@/lib/people/form-queries";

export const metadata: Metadata = { title: "Modifier une personne" };

export default async function EditPersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:people")) notFound();
  const { personId } = await params;
  const [person, organisations, { t }] = await Promise.all([getPersonForEdit(user, personId), listOrganisationOptions(user), getMessages()]);
  if (!person) notFound();
  const f = t.peopleForm;
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/people/${person.id}`}>{interpolate(f.backToPerson, { name })}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.editTitle, { name })}</h1>
      <PersonForm
        key={person.version}
        action={updatePersonAction}
        record={{ id: person.id, version: person.version }}
        initial={{ firstName: person.firstName, lastName: person.lastName, organisationId: person.organisationId ?? "", notes: person.notes ?? "" }}
        organisations={organisations}
        t={personFormTexts(t, f.save)}
      />
    </div>
  );
}
