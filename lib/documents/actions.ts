"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicContent } from "@/lib/public/revalidate";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { runForm } from "@/lib/forms/run";
import type { FormState } from "@/lib/forms/state";
import { getMessages } from "@/lib/i18n/server";
import { deleteDocument, uploadDocument } from "./mutations";
import { parentPath } from "./parents";
import { ZDeleteDocumentSchema, ZUploadDocumentSchema, type DocumentParentType } from "./schema";

/** Back to the record's page, at its documents, saying what was done. */
const backToDocuments = (type: DocumentParentType, id: string, done: "uploaded" | "deleted") => `${parentPath(type, id)}?document=${done}#documents`;

export async function uploadDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZUploadDocumentSchema, (data) => uploadDocument({ actor, data }).then(() => data), t.documents.errors);
  if (!outcome.ok) return outcome.state;
  const { parentType, parentId } = outcome.value;
  await revalidatePublicContent();
  revalidatePath(parentPath(parentType, parentId));
  redirect(backToDocuments(parentType, parentId, "uploaded"));
}

export async function deleteDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [actor, { t }] = await Promise.all([getActor(), getMessages()]);
  const outcome = await runForm(formData, ZDeleteDocumentSchema, (data) => deleteDocument({ actor, data }), t.documents.errors);
  if (!outcome.ok) return outcome.state;
  const parent = outcome.value.parent;
  if (!parent) redirect("/dashboard");
  await revalidatePublicContent();
  revalidatePath(parentPath(parent.type, parent.id));
  redirect(backToDocuments(parent.type, parent.id, "deleted"));
}
