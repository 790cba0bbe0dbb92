"use server";
// Server actions of the status-change and commitment forms, to record and to correct: parse, one
// mutation, revalidate the demand's page, the lists that show its status and the public site, back
// to the demand.
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";
import { getMessages } from "@/lib/i18n/server";
import { recordCommitment, recordDemandStatus, updateCommitment, updateDemandStatus } from "./history-mutations";
import { ZRecordCommitmentSchema, ZRecordDemandStatusSchema, ZUpdateCommitmentSchema, ZUpdateDemandStatusSchema } from "./history-schema";

/**
 * After a saved form: the demand's page, the lists that show its status and the public site read
 * anew; back to the demand's section, with the notice of what was saved.
 */
async function backToDemand(demandId: string, done: keyof DemandWorkMessages["saved"], section: "history" | "commitments"): Promise<never> {
  revalidatePath(`/demands/${demandId}`);
  revalidatePath("/demands");
  revalidatePath("/demands/board");
  revalidatePath("/dashboard");
  await revalidatePublicContent();
  redirect(`/demands/${encodeURIComponent(demandId)}?done=${done}#${section}`);
}

export async function recordDemandStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(formData, ZRecordDemandStatusSchema, (data) => recordDemandStatus({ actor, data }), t.demandWork.errors);
  return outcome.ok ? backToDemand(outcome.value.demandId, "status", "history") : outcome.state;
}

export async function recordCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(formData, ZRecordCommitmentSchema, (data) => recordCommitment({ actor, data }), t.demandWork.errors);
  return outcome.ok ? backToDemand(outcome.value.demandId, "commitment", "commitments") : outcome.state;
}

export async function updateDemandStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const w = t.demandWork;
  const texts = { labels: w.fields, values: { status: t.demands.statuses, milestone: w.milestoneValues } };
  const outcome = await runForm(formData, ZUpdateDemandStatusSchema, (data) => updateDemandStatus({ actor, data, texts }), w.errors);
  return outcome.ok ? backToDemand(outcome.value.demandId, "statusUpdated", "history") : outcome.state;
}

export async function updateCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const w = t.demandWork;
  const texts = { labels: { ...w.fields, status: w.fields.commitmentStatus }, values: { status: t.demands.commitmentStatuses, visibility: t.common.visibility } };
  const outcome = await runForm(formData, ZUpdateCommitmentSchema, (data) => updateCommitment({ actor, data, texts }), w.errors);
  return outcome.ok ? backToDemand(outcome.value.demandId, "commitmentUpdated", "commitments") : outcome.state;
}
