"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { ZCreateStatementSchema, ZDeleteStatementSchema, ZUpdateStatementSchema } from "./form-schema";
import { createStatement, deleteStatement, updateStatement } from "./mutations";

export async function createStatementAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateStatementSchema, (data) => createStatement({ actor, data }), t.statementsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/statements");
  await revalidatePublicContent();
  redirect(`/statements/${outcome.value.id}?done=created`);
}

export async function updateStatementAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZUpdateStatementSchema, (data) => updateStatement({ actor, data, labels: t.statementsForm.fields }), t.statementsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/statements");
  await revalidatePublicContent();
  revalidatePath(`/statements/${outcome.value.id}`);
  redirect(`/statements/${outcome.value.id}?done=saved`);
}

export async function deleteStatementAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZDeleteStatementSchema, (data) => deleteStatement({ actor, data }), t.statementsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/statements");
  await revalidatePublicContent();
  redirect("/statements?done=deleted");
}
