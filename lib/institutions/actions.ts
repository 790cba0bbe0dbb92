"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { createInstitution, updateInstitution } from "./mutations";
import { ZCreateInstitutionSchema, ZUpdateInstitutionSchema } from "./schema";

export async function createInstitutionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZCreateInstitutionSchema, (data) => createInstitution({ actor, data }), t.institutionsForm.errors);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/institutions");
  await revalidatePublicContent();
  redirect(`/institutions/${outcome.value.id}`);
}

export async function updateInstitutionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const f = t.institutionsForm;
  const outcome = await runForm(
    formData,
    ZUpdateInstitutionSchema,
    async (data) => {
      await updateInstitution({ actor, data, texts: { labels: f.fields, values: { kind: t.institutions.kinds } } });
      return data.institutionId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/institutions");
  await revalidatePublicContent();
  revalidatePath(`/institutions/${outcome.value}`);
  redirect(`/institutions/${outcome.value}`);
}
