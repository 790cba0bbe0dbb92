"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { createOrganisation, deleteMembershipEvent, recordMembershipEvent, updateOrganisation } from "./mutations";
import { ZCreateOrganisationSchema, ZDeleteMembershipEventSchema, ZRecordMembershipEventSchema, ZUpdateOrganisationSchema } from "./schema";

async function context() {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  return { actor, f: t.organisationsForm };
}

async function revalidateOrganisation(organisationId: string) {
  revalidatePath("/organisations");
  revalidatePath(`/organisations/${organisationId}`);
  await revalidatePublicContent();
  // The coordinator's dashboard lists observers whose admission vote is due.
  revalidatePath("/dashboard");
}

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(formData, ZCreateOrganisationSchema, (data) => createOrganisation({ actor, data }), f.errors);
  if (!outcome.ok) return outcome.state;
  await revalidateOrganisation(outcome.value.id);
  redirect(`/organisations/${outcome.value.id}`);
}

export async function updateOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZUpdateOrganisationSchema,
    async (data) => {
      await updateOrganisation({ actor, data, texts: { labels: f.fields } });
      return data.organisationId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  await revalidateOrganisation(outcome.value);
  redirect(`/organisations/${outcome.value}`);
}

export async function recordMembershipEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZRecordMembershipEventSchema,
    async (data) => {
      await recordMembershipEvent({ actor, data });
      return data.organisationId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  await revalidateOrganisation(outcome.value);
  redirect(`/organisations/${outcome.value}/membership`);
}

export async function deleteMembershipEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { actor, f } = await context();
  const outcome = await runForm(
    formData,
    ZDeleteMembershipEventSchema,
    async (data) => {
      await deleteMembershipEvent({ actor, data });
      return data.organisationId;
    },
    f.errors,
  );
  if (!outcome.ok) return outcome.state;
  await revalidateOrganisation(outcome.value);
  redirect(`/organisations/${outcome.value}/membership`);
}
