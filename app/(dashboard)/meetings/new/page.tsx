import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm, type MeetingFormValues } from "@/components/meetings/meeting-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { getMeetingForEdit, getMeetingFormChoices } from "@/lib/meetings/form-queries";

export const metadata: Metadata = { title: "Nouvelle rencontre" };

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "manage:meetings")) notFound();
  const { follows } = await searchParams;
  const [choices, followed, { t }] = await Promise.all([
    getMeetingFormChoices(user),
    typeof follows === "string" ? getMeetingForEdit(user, follows) : null,
    getMessages(),
  ]);
  if (!choices) notFound();
  // A follow-up meeting starts from the meeting it follows: same institutions, delegation, campaign.
  const values: MeetingFormValues = followed
    ? {
        followsMeetingId: followed.id,
        kind: followed.values.kind,
        visibility: followed.values.visibility,
        institutions: followed.values.institutions,
        delegation: followed.values.delegation,
        delegates: followed.values.delegates,
        campaignId: followed.values.campaignId,
        followsLetterId: followed.values.followsLetterId,
      }
    : {};
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={followed ? `/meetings/${followed.id}` : "/meetings"}>{followed ? t.meetingsForm.backToMeeting : t.meetingsForm.backToMeetings}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{followed ? t.meetingsForm.newFollowUp : t.meetingsForm.newTitle}</h1>
        <p className="mt-1 text-slate-700">{t.meetingsForm.newIntro}</p>
      </div>
      <MeetingForm mode="create" submissionId={newSubmissionId()} values={values} choices={choices} t={t.meetingsForm} formTexts={{ conflictBody: t.forms.conflictBody }} />
    </div>
  );
}
