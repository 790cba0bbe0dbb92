// The records a document can be attached to, and what a document needs to know of each: its
// title, its visibility (an organisation is public: the members list is), and its page.
import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { DocumentParentType } from "./schema";

export type DocumentParent = { type: DocumentParentType; id: string; title: string; visibility: Visibility };

export const PARENT_FIELD = {
  meeting: "meetingId",
  letter: "letterId",
  statement: "statementId",
  organisation: "organisationId",
} as const satisfies Record<DocumentParentType, string>;

const PARENT_PAGE: Record<DocumentParentType, string> = {
  meeting: "/meetings",
  letter: "/letters",
  statement: "/statements",
  organisation: "/organisations",
};

export const parentPath = (type: DocumentParentType, id: string) => `${PARENT_PAGE[type]}/${id}`;

const RANK: Record<Visibility, number> = { PUBLIC: 0, MEMBERS: 1, COORDINATION: 2 };

/** A document may be as visible as its parent, or less; never more. */
export const isWiderThan = (visibility: Visibility, parent: Visibility) => RANK[visibility] < RANK[parent];

export async function findDocumentParent(type: DocumentParentType, id: string, client: Tx = db): Promise<DocumentParent | null> {
  switch (type) {
    case "meeting": {
      const row = await client.meeting.findUnique({ where: { id }, select: { titleFr: true, visibility: true } });
      return row && { type, id, title: row.titleFr, visibility: row.visibility };
    }
    case "letter": {
      const row = await client.letter.findUnique({ where: { id }, select: { subjectFr: true, visibility: true } });
      return row && { type, id, title: row.subjectFr, visibility: row.visibility };
    }
    case "statement": {
      const row = await client.statement.findUnique({ where: { id }, select: { titleFr: true, visibility: true } });
      return row && { type, id, title: row.titleFr, visibility: row.visibility };
    }
    case "organisation": {
      const row = await client.organisation.findUnique({ where: { id }, select: { name: true } });
      return row && { type, id, title: row.name, visibility: "PUBLIC" };
    }
  }
}

/** The parent named by a document row's foreign keys. */
export function parentOf(row: { meetingId: string | null; letterId: string | null; statementId: string | null; organisationId: string | null }): {
  type: DocumentParentType;
  id: string;
} | null {
  for (const type of Object.keys(PARENT_FIELD) as DocumentParentType[]) {
    const id = row[PARENT_FIELD[type]];
    if (id) return { type, id };
  }
  return null;
}
