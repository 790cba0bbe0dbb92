// Reading documents. A document is reachable when the reader may see it AND the record it is
// attached to, both checked in the query: "not yours" reads exactly as "not found".
import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findDocumentParent, type DocumentParent } from "./parents";
import type { DocumentParentType } from "./schema";

/** The `where` that lets a reader reach a document: its level and its parent's, both visible. */
export function reachableDocument(actor: Actor): Prisma.DocumentWhereInput {
  const visible = { in: visibleLevels(actor) };
  return {
    visibility: visible,
    OR: [
      { meeting: { visibility: visible } },
      { letter: { visibility: visible } },
      { statement: { visibility: visible } },
      // Organisations are public (the members list is), so their documents go by their own level.
      { organisationId: { not: null } },
    ],
  };
}

export async function findDownloadableDocument(actor: Actor, documentId: string) {
  return db.document.findFirst({
    where: { id: documentId, ...reachableDocument(actor) },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, storageKey: true, visibility: true, sha256: true },
  });
}

export type AttachedDocument = {
  id: string;
  titleFr: string;
  titleEn: string | null;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  visibility: string;
  version: number;
};

/** A record's documents that the reader can reach, oldest first. */
export async function findAttachedDocuments(actor: Actor, type: DocumentParentType, parentId: string): Promise<AttachedDocument[]> {
  const parentField = { meeting: "meetingId", letter: "letterId", statement: "statementId", organisation: "organisationId" }[type];
  return db.document.findMany({
    where: { [parentField]: parentId, ...reachableDocument(actor) },
    select: { id: true, titleFr: true, titleEn: true, kind: true, fileName: true, mimeType: true, sizeBytes: true, visibility: true, version: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The record a coordinator is about to attach a document to, or null (not allowed, or no such record). */
export async function findUploadTarget(actor: Actor, type: DocumentParentType, parentId: string): Promise<DocumentParent | null> {
  if (!can(actor, "manage:documents")) return null;
  return findDocumentParent(type, parentId);
}
