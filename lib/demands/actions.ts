"use server";
// Server actions of the demand forms, to create and to edit: parse, one mutation, revalidate the
// lists that show demands and the public site, then to the demand's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { createDemand, updateDemand } from "./mutations";
import { ZCreateDemandSchema, ZUpdateDemandSchema } from "./schema";

async function showDemand(demandId: string, done: "created" | "saved"): Promise<never> {
  revalidatePath("/demands");
  revalidatePath("/demands/board");
  revalidatePath(`/demands/${demandId}`);
  revalidatePath("/dashboard");
  await revalidatePublicContent();
  redirect(`/demands/${encodeURIComponent(demandId)}?done=${done}`);
}

export async function createDemandAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const errors = { ...t.demandWork.errors, ...t.demandsForm.errors };
  const outcome = await runForm(formData, ZCreateDemandSchema, (data) => createDemand({ actor, data }), errors);
  return outcome.ok ? showDemand(outcome.value.id, "created") : outcome.state;
}

export async function updateDemandAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const f = t.demandsForm;
  const texts = { labels: f.fields, values: { visibility: t.common.visibility } };
  const outcome = await runForm(formData, ZUpdateDemandSchema, (data) => updateDemand({ actor, data, texts }), { ...t.demandWork.errors, ...f.errors });
  return outcome.ok ? showDemand(outcome.value.id, "saved") : outcome.state;
}
