"use server";
// The meeting forms' server actions: parse with the form's own schema, run one mutation,
// revalidate, redirect. Expected refusals come back to the form with the user's input.
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { ZCancelMeetingSchema, ZCreateMeetingSchema, ZDeleteMeetingSchema, ZMeetingReportSchema, ZUpdateMeetingSchema } from "./form-schema";
import type { ConflictLabels } from "./meeting-conflict";
import { cancelMeeting, createMeeting, deleteMeeting, saveMeetingReport, updateMeeting } from "./mutations";

/** The words a version conflict is told with: the form's labels, and the choices' names. */
function conflictLabels(t: Messages): ConflictLabels {
  const f = t.meetingsForm.fields;
  return {
    fields: {
      titleFr: f.titleFr,
      titleEn: f.titleEn,
      startsAt: f.startsAt,
      allDay: f.allDay,
      endsAt: f.endsAt,
      place: f.place,
      kind: f.kind,
      status: f.status,
      visibility: f.visibility,
      agenda: f.agenda,
      report: f.report,
      reportStatus: f.reportStatus,
      reportValidatedOn: f.reportValidatedOn,
      summaryFr: f.summaryFr,
      summaryEn: f.summaryEn,
      confidentialNotes: f.confidentialNotes,
      followsLetterId: f.followsLetter,
      followsMeetingId: f.followsMeeting,
      campaignId: f.campaign,
      institutions: f.institutions,
      officials: t.meetingsForm.sections.officials,
      delegation: f.delegation,
      delegates: f.delegates,
      demands: t.meetingsForm.sections.demands,
    },
    values: {
      ...t.meetingsForm.kinds,
      ...t.meetingsForm.statuses,
      ...t.meetingsForm.reportStatuses,
      ...t.common.visibility,
      true: t.meetingsForm.yes,
      false: t.meetingsForm.no,
    },
  };
}

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export async function createMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateMeetingSchema, (data) => createMeeting({ actor, data }), t.meetingsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/meetings");
  await revalidatePublicContent();
  redirect(`${meetingPath(outcome.value.id)}?done=created`);
}

export async function updateMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const labels = conflictLabels(t);
  const outcome = await runForm(formData, ZUpdateMeetingSchema, (data) => updateMeeting({ actor, data, labels }), t.meetingsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/meetings");
  await revalidatePublicContent();
  revalidatePath(meetingPath(outcome.value.id));
  redirect(`${meetingPath(outcome.value.id)}?done=saved`);
}

export async function cancelMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCancelMeetingSchema, async (data) => {
    await cancelMeeting({ actor, data, labels: conflictLabels(t) });
    return data.meetingId;
  }, t.meetingsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/meetings");
  await revalidatePublicContent();
  revalidatePath(meetingPath(outcome.value));
  redirect(`${meetingPath(outcome.value)}?done=cancelled`);
}

export async function deleteMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZDeleteMeetingSchema, (data) => deleteMeeting({ actor, data }), t.meetingsForm.errors);
  if (!outcome.ok) {
    // A refusal that concerns the whole form (other records depend on it) is said at the top.
    const { state } = outcome;
    return state.fieldErrors?._form ? { ...state, formError: state.fieldErrors._form } : state;
  }
  revalidatePath("/meetings");
  await revalidatePublicContent();
  redirect("/meetings?done=deleted");
}

export async function saveMeetingReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const labels = conflictLabels(t);
  const outcome = await runForm(formData, ZMeetingReportSchema, (data) => saveMeetingReport({ actor, data, labels }), t.meetingsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath(meetingPath(outcome.value.id));
  redirect(`${meetingPath(outcome.value.id)}/report?done=saved`);
}
