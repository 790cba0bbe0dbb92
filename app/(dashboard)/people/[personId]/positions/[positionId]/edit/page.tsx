import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { positionFormTexts } from "@/components/people/people-form-texts";
import { PositionForm } from "@/components/people/position-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { dateToInput } from "@/lib/forms/fields";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { updatePositionAction } from "@/lib/people/actions";
import { getPositionForEdit } from "@/lib/people/form-queries";

export const metadata: Metadata = { title: "Corriger une fonction" };

export default async function CorrectPositionPage({ params }: { params: Promise<{ personId: string; positionId: string }> }) {
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
      <h1 className="text-2xl font-semibold">{interpolate(f.correctTitle, { name })}</h1>
      {/* A correction rewrites how past meetings read: say so, and point at the change instead. */}
      <div className="max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        <p>{interpolate(f.correctWarning, { meetings: position._count.meetings, letters: position._count.letterRecipients })}</p>
        {!position.endDate && (
          <p className="mt-1">
            <Link href={`/people/${personId}/positions/${position.id}/next`}>{f.endAndStart}</Link>
          </p>
        )}
      </div>
      <PositionForm
        key={position.version}
        action={updatePositionAction}
        personId={personId}
        record={{ id: position.id, version: position.version }}
        initial={{
          title: position.title,
          titleEn: position.titleEn ?? "",
          institutionId: position.institutionId,
          startDate: dateToInput(position.startDate),
          endDate: dateToInput(position.endDate),
        }}
        institutions={institutions}
        t={positionFormTexts(t, f.savePosition)}
      />
    </div>
  );
}
