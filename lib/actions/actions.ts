"use server";
// The follow-up action forms' server actions: parse with the form's schema, one mutation,
// revalidate, redirect back to the action's page with a notice.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { addActionComment, changeActionStatus } from "./mutations";
import { ZAddActionCommentSchema, ZChangeActionStatusSchema } from "./schema";

function revalidateAction(actionId: string) {
  revalidatePath(`/actions/${actionId}`);
  revalidatePath("/actions");
  revalidatePath("/dashboard");
}

export async function changeActionStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(
    formData,
    ZChangeActionStatusSchema,
    (data) => changeActionStatus({ actor, data, labels: { status: t.actionPage.status } }),
    t.actionPage.errors,
  );
  if (!outcome.ok) return outcome.state;
  revalidateAction(outcome.value.id);
  redirect(`/actions/${encodeURIComponent(outcome.value.id)}?done=status`);
}

export async function addActionCommentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([requireUser(), getMessages()]);
  const outcome = await runForm(formData, ZAddActionCommentSchema, (data) => addActionComment({ actor, data }), t.actionPage.errors);
  if (!outcome.ok) return outcome.state;
  const actionId = String(formData.get("actionId"));
  revalidateAction(actionId);
  redirect(`/actions/${encodeURIComponent(actionId)}?done=comment#comments`);
}
