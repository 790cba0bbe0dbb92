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
import { getMessages } from "@/lib/i18n/server";
import { recordCommitment, recordDemandStatus, updateCommitment, updateDemandStatus } from "./history-mutations";
import { ZRecordCommitmentSchema, ZRecordDemandStatusSchema, ZUpdateCommitmentSchema, ZUpdateDemandStatusSchema } from "./history-schema";

async function revalidateDemand(demandId: string) {
  revalidatePath(`/demands/${demandId}`);
  revalidatePath("/demands");
  revalidatePath("/demands/board");
  revalidatePath("/dashboard");
  await revalidatePublicContent();
}

export async function recordDemandStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(formData, ZRecordDemandStatusSchema, (data) => recordDemandStatus({ actor, data }), t.demandWork.errors);
  if (!outcome.ok) return outcome.state;
  await revalidateDemand(outcome.value.demandId);
  redirect(`/demands/${encodeURIComponent(outcome.value.demandId)}?done=status#history`);
}

export async function recordCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(formData, ZRecordCommitmentSchema, (data) => recordCommitment({ actor, data }), t.demandWork.errors);
  if (!outcome.ok) return outcome.state;
  await revalidateDemand(outcome.value.demandId);
  redirect(`/demands/${encodeURIComponent(outcome.value.demandId)}?done=commitment#commitments`);
}

export async function updateDemandStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const w = t.demandWork;
  const texts = { labels: w.fields, values: { status: t.demands.statuses, milestone: w.milestoneValues } };
  const outcome = await runForm(formData, ZUpdateDemandStatusSchema, (data) => updateDemandStatus({ actor, data, texts }), w.errors);
  if (!outcome.ok) return outcome.state;
  await revalidateDemand(outcome.value.demandId);
  redirect(`/demands/${encodeURIComponent(outcome.value.demandId)}?done=statusUpdated#history`);
}

export async function updateCommitmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const w = t.demandWork;
  const texts = { labels: { ...w.fields, status: w.fields.commitmentStatus }, values: { status: t.demands.commitmentStatuses, visibility: t.common.visibility } };
  const outcome = await runForm(formData, ZUpdateCommitmentSchema, (data) => updateCommitment({ actor, data, texts }), w.errors);
  if (!outcome.ok) return outcome.state;
  await revalidateDemand(outcome.value.demandId);
  redirect(`/demands/${encodeURIComponent(outcome.value.demandId)}?done=commitmentUpdated#commitments`);
}
