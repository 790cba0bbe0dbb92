// Uploading and deleting documents. The file is stored first, under a new random key, then the
// row, its audit entry and the form's submission id are written in one transaction; if that
// fails, the file is removed, so nothing of a failed upload remains.
import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { detectDocumentType, type SniffFailure } from "./file-type";
import { findDocumentParent, isWiderThan, PARENT_FIELD, parentOf } from "./parents";
import { fileExtension, fileProblem, type TDeleteDocumentInput, type TUploadDocumentInput } from "./schema";
import { documentStorage, newStorageKey, type DocumentStorage } from "./storage";

const SNIFF_MESSAGE: Record<SniffFailure, string> = {
  empty: "fileEmpty",
  unknownType: "fileUnknownType",
  polyglot: "filePolyglot",
  damaged: "fileDamaged",
};

const refuse = (fields: Record<string, string>) => new AppError("VALIDATION", "Invalid document", { fields });

/** The name as given, tidied: Unicode composed, spaces trimmed (unsafe names were refused). */
const tidyFileName = (name: string) => name.normalize("NFC").trim();

export async function uploadDocument({
  actor,
  data,
  storage = documentStorage(),
}: {
  actor: Actor;
  data: TUploadDocumentInput;
  storage?: DocumentStorage;
}): Promise<{ id: string; repeated: boolean }> {
  if (!actor || !can(actor, "manage:documents")) throw new AppError("FORBIDDEN");
  // The last guard before reading: the size and name are known without reading the file.
  const problem = fileProblem(data.file);
  if (problem) throw refuse({ file: problem });
  return createOnce(data.submissionId, async () => {
    const parent = await findDocumentParent(data.parentType, data.parentId);
    if (!parent) throw new AppError("NOT_FOUND");
    if (isWiderThan(data.visibility, parent.visibility)) throw refuse({ visibility: "widerThanParent" });
    const bytes = new Uint8Array(await data.file.arrayBuffer());
    const sniffed = detectDocumentType(bytes);
    if (!sniffed.ok) throw refuse({ file: SNIFF_MESSAGE[sniffed.reason] });
    if (fileExtension(data.file.name) !== sniffed.type.extension) throw refuse({ file: "fileExtensionMismatch" });
    const storageKey = newStorageKey();
    await storage.put(storageKey, bytes, sniffed.type.mimeType);
    try {
      return await db.$transaction(async (tx) => {
        const fields = {
          titleFr: data.titleFr,
          titleEn: data.titleEn,
          kind: data.kind,
          visibility: data.visibility,
          fileName: tidyFileName(data.file.name),
          mimeType: sniffed.type.mimeType,
          sizeBytes: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        };
        const document = await tx.document.create({
          data: { ...fields, storageKey, [PARENT_FIELD[parent.type]]: parent.id, uploadedById: actor.id },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "create",
          entityType: "Document",
          entityId: document.id,
          changes: { ...fields, [PARENT_FIELD[parent.type]]: parent.id },
        });
        await recordSubmission(tx, data.submissionId, "Document", document.id);
        return document.id;
      });
    } catch (error) {
      await storage.delete(storageKey).catch((cleanup) => console.error("Could not remove the file of a failed upload", cleanup));
      throw error;
    }
  });
}

/**
 * Deletes a document and its file. The row goes in the transaction; the file after it commits: a
 * file left behind by a failed removal is invisible, a row without its file would not be.
 */
export async function deleteDocument({
  actor,
  data,
  storage = documentStorage(),
}: {
  actor: Actor;
  data: TDeleteDocumentInput;
  storage?: DocumentStorage;
}): Promise<{ parent: ReturnType<typeof parentOf> }> {
  if (!actor || !can(actor, "manage:documents")) throw new AppError("FORBIDDEN");
  const removed = await db.$transaction(async (tx) => {
    const before = await tx.document.findUnique({
      where: { id: data.documentId },
      select: { version: true, storageKey: true, titleFr: true, fileName: true, sha256: true, meetingId: true, letterId: true, statementId: true, organisationId: true },
    });
    const { count } = await tx.document.deleteMany({ where: { id: data.documentId, version: data.version } });
    await assertUpdated(count, {
      entityType: "Document",
      entityId: data.documentId,
      current: before && { version: before.version, fields: {} },
      submitted: {},
      tx,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Document",
      entityId: data.documentId,
      changes: { titleFr: before!.titleFr, fileName: before!.fileName, sha256: before!.sha256 },
    });
    return before!;
  });
  await storage.delete(removed.storageKey).catch((error) => console.error(`Could not remove the file of deleted document ${data.documentId}`, error));
  return { parent: parentOf(removed) };
}

/** Removes the files of documents whose rows a parent's deletion has just removed. */
export async function removeStoredFiles(storageKeys: string[], storage: DocumentStorage = documentStorage()): Promise<void> {
  for (const key of storageKeys) {
    await storage.delete(key).catch((error) => console.error(`Could not remove stored file ${key}`, error));
  }
}
