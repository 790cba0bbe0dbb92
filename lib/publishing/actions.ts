"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { setPublication } from "./mutations";
import { ZPublicationSchema } from "./schema";

export type PublicationState = { status: "idle" | "done" | "conflict" | "forbidden" | "not-found" | "invalid"; key?: string };

/** Publishes or withdraws one item, then expires every cached public page and feed at once. */
export async function publicationAction(_previous: PublicationState, formData: FormData): Promise<PublicationState> {
  const parsed = ZPublicationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid" };
  const key = `${parsed.data.kind}-${parsed.data.id}`;
  try {
    await setPublication({ actor: await getActor(), data: parsed.data });
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return { status: "conflict", key };
    if (isAppError(error, "FORBIDDEN")) return { status: "forbidden", key };
    if (isAppError(error, "NOT_FOUND")) return { status: "not-found", key };
    throw error;
  }
  await revalidatePublicContent();
  revalidatePath("/publishing");
  return { status: "done", key };
}
