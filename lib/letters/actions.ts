"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { ZCreateLetterSchema, ZDeleteLetterSchema, ZUpdateLetterSchema } from "./form-schema";
import { createLetter, deleteLetter, updateLetter } from "./mutations";

export async function createLetterAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateLetterSchema, (data) => createLetter({ actor, data }), t.lettersForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/letters");
  await revalidatePublicContent();
  redirect(`/letters/${outcome.value.id}?done=created`);
}

export async function updateLetterAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZUpdateLetterSchema, (data) => updateLetter({ actor, data, labels: t.lettersForm.fields }), t.lettersForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/letters");
  await revalidatePublicContent();
  revalidatePath(`/letters/${outcome.value.id}`);
  redirect(`/letters/${outcome.value.id}?done=saved`);
}

export async function deleteLetterAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZDeleteLetterSchema, (data) => deleteLetter({ actor, data }), t.lettersForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/letters");
  await revalidatePublicContent();
  redirect("/letters?done=deleted");
}
