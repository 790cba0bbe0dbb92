"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { createPerson, createPosition, endPositionAndStartNext, updatePerson, updatePosition } from "./mutations";
import { ZCreatePersonSchema, ZCreatePositionSchema, ZEndAndStartPositionSchema, ZUpdatePersonSchema, ZUpdatePositionSchema } from "./schema";

async function context() {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  return { actor, f: t.peopleForm };
}

async function showPerson(personId: string): Promise<never> {
  revalidatePath("/people");
  revalidatePath(`/people/${personId}`);
  await revalidatePublicContent();
  redirect(`/people/${personId}`);
}

export async function createPersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(formData, ZCreatePersonSchema, (data) => createPerson({ actor, data }), f.errors);
  if (!outcome.ok) return outcome.state;
  return showPerson(outcome.value.id);
}

export async function updatePersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZUpdatePersonSchema,
    async (data) => {
      await updatePerson({ actor, data, texts: { labels: f.fields } });
      return data.personId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  return showPerson(outcome.value);
}

export async function createPositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZCreatePositionSchema,
    async (data) => {
      await createPosition({ actor, data });
      return data.personId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  return showPerson(outcome.value);
}

export async function updatePositionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(formData, ZUpdatePositionSchema, (data) => updatePosition({ actor, data, texts: { labels: f.fields } }), f.errors);
  if (!outcome.ok) return outcome.state;
  return showPerson(outcome.value);
}

export async function endPositionAndStartNextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZEndAndStartPositionSchema,
    async (data) => (await endPositionAndStartNext({ actor, data, texts: { labels: f.fields } })).personId,
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  return showPerson(outcome.value);
}
