import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndAndStartForm } from "@/components/people/end-and-start-form";
import { endAndStartFormTexts } from "@/components/people/people-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { endPositionAndStartNextAction } from "@/lib/people/actions";
import { getPositionForEdit } from "@/lib/people/form-queries";

export const metadata: Metadata = { title: "Changement de fonction" };

export default async function EndAndStartPositionPage({ params }: { params: Promise<{ personId: string; positionId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:people")) notFound();
  const { personId, positionId } = await params;
  const { t, locale } = await getMessages();
  const [position, institutions] = await Promise.all([getPositionForEdit(user, personId, positionId), listInstitutionOptions(user, locale)]);
  if (!position) notFound();
  const f = t.peopleForm;
  const name = `${position.person.firstName} ${position.person.lastName}`;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/people/${personId}`}>{interpolate(f.backToPerson, { name })}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.endAndStartTitle, { name })}</h1>
      <p className="max-w-2xl text-slate-700">
        {interpolate(f.endAndStartIntro, {
          title: (locale === "en" && position.titleEn) || position.title,
          institution: (locale === "en" && position.institution.nameEn) || position.institution.name,
        })}
      </p>
      {position.endDate ? (
        <p className="text-sm text-accent-600">{f.errors.positionAlreadyEnded}</p>
      ) : (
        <EndAndStartForm
          key={position.version}
          action={endPositionAndStartNextAction}
          position={{ id: position.id, version: position.version, institutionId: position.institutionId }}
          institutions={institutions}
          t={endAndStartFormTexts(t)}
        />
      )}
    </div>
  );
}
