"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { createTheme, updateTheme } from "./mutations";
import { ZCreateThemeSchema, ZUpdateThemeSchema } from "./schema";

/** Back to the themes page, with the notice of what was saved; the public site names themes in its filter. */
async function backToThemes(done: "created" | "saved"): Promise<never> {
  revalidatePath("/demands/themes");
  revalidatePath("/demands");
  await revalidatePublicContent();
  redirect(`/demands/themes?done=${done}`);
}

export async function createThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateThemeSchema, (data) => createTheme({ actor, data }), t.themesForm.errors);
  return outcome.ok ? backToThemes("created") : outcome.state;
}

export async function updateThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const f = t.themesForm;
  const outcome = await runForm(formData, ZUpdateThemeSchema, (data) => updateTheme({ actor, data, texts: { labels: f.fields } }), f.errors);
  return outcome.ok ? backToThemes("saved") : outcome.state;
}
