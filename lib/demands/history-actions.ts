"use server";
// Server actions of the status-change and commitment forms: parse, one mutation, revalidate the
// demand's page and the lists that show its status, back to the demand.
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { recordCommitment, recordDemandStatus } from "./history-mutations";
import { ZRecordCommitmentSchema, ZRecordDemandStatusSchema } from "./history-schema";

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
