import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteMembershipEventButton } from "@/components/organisations/delete-membership-event-button";
import { MembershipEventForm } from "@/components/organisations/membership-event-form";
import { membershipEventFormTexts } from "@/components/organisations/organisations-form-texts";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { deleteMembershipEventAction, recordMembershipEventAction } from "@/lib/organisations/actions";
import { getMembershipHistory, listPlenaryChoices } from "@/lib/organisations/form-queries";

export const metadata: Metadata = { title: "Historique d'adhésion" };

export default async function MembershipPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:organisations")) notFound();
  const { organisationId } = await params;
  const { t, locale } = await getMessages();
  const [organisation, plenaries] = await Promise.all([getMembershipHistory(user, organisationId), listPlenaryChoices(user, locale)]);
  if (!organisation) notFound();
  const f = t.organisationsForm;
  const o = t.organisations;
  const submissionId = newSubmissionId();
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/organisations/${organisation.id}`}>{interpolate(f.backToOrganisation, { name: organisation.name })}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{interpolate(f.membershipTitle, { name: organisation.name })}</h1>
        <p className="mt-1 max-w-2xl text-slate-700">{f.membershipIntro}</p>
      </div>
      <dl className="flex gap-2 text-base">
        <dt className="font-medium">{f.currentStatus} :</dt>
        <dd data-testid="membership-status" className="font-semibold">
          {organisation.status ? o.statuses[organisation.status] : f.noStatus}
        </dd>
      </dl>
      {organisation.membershipEvents.length === 0 ? (
        <p className="text-sm text-slate-600">{f.noEvents}</p>
      ) : (
        <ol className="flex max-w-2xl flex-col gap-3">
          {organisation.membershipEvents.map((event) => {
            const what = event.kind === "ADMISSION_VOTE" && event.voteResult ? `${o.eventKinds[event.kind]} : ${o.voteResults[event.voteResult]}` : o.eventKinds[event.kind];
            const date = formatDate(event.date, locale);
            return (
              <li key={event.id} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-200 p-3 text-sm" data-testid="membership-event">
                <div>
                  <p className="font-medium">
                    {what} — {date}
                  </p>
                  {event.meeting && (
                    <p className="text-slate-700">
                      {interpolate(f.decidedAt, { meeting: (locale === "en" && event.meeting.titleEn) || event.meeting.titleFr })}
                    </p>
                  )}
                  {event.note && <p className="text-slate-600">{event.note}</p>}
                </div>
                <DeleteMembershipEventButton
                  action={deleteMembershipEventAction}
                  organisationId={organisation.id}
                  eventId={event.id}
                  label={f.deleteEvent}
                  accessibleLabel={interpolate(f.deleteEventLabel, { event: what, date })}
                  pendingLabel={f.deleting}
                />
              </li>
            );
          })}
        </ol>
      )}
      <section aria-labelledby="record-event-heading" className="flex flex-col gap-3 border-t border-slate-200 pt-4">
        <h2 id="record-event-heading" className="text-lg font-semibold">
          {f.recordEvent}
        </h2>
        {/* Keyed by the one-time id: after an event is saved, an empty form for the next one. */}
        <MembershipEventForm
          key={submissionId}
          action={recordMembershipEventAction}
          organisationId={organisation.id}
          submissionId={submissionId}
          plenaries={plenaries}
          t={membershipEventFormTexts(t)}
        />
      </section>
    </div>
  );
}
