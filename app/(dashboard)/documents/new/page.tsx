import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentsPanel } from "@/components/documents/documents-panel";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { parentPath, PARENT_FIELD } from "@/lib/documents/parents";
import { findUploadTarget } from "@/lib/documents/queries";
import { DOCUMENT_PARENTS, type DocumentParentType } from "@/lib/documents/schema";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Documents" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?meetingId=…` (or letterId, statementId, organisationId): the record the documents belong to. */
function targetOf(params: Record<string, string | string[] | undefined>): { type: DocumentParentType; id: string } | null {
  for (const type of DOCUMENT_PARENTS) {
    const value = params[PARENT_FIELD[type]];
    if (typeof value === "string" && value.length > 0 && value.length <= 64) return { type, id: value };
  }
  return null;
}

/** A record's documents on a page of their own, for coordinators (each record's page also shows them). */
export default async function DocumentsOfRecordPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const target = targetOf(await searchParams);
  if (!can(user, "manage:documents")) notFound();
  const { t, locale } = await getMessages();
  const d = t.documents;
  if (!target) {
    // Named without a record: say where documents are attached.
    return (
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{d.pageTitle}</h1>
        <p className="text-slate-700">{d.chooseRecord}</p>
      </div>
    );
  }
  const parent = await findUploadTarget(user, target.type, target.id);
  if (!parent) notFound();
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <Link href={parentPath(parent.type, parent.id)}>← {d.backToParent}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{d.pageTitle}</h1>
      <p className="text-slate-700">{interpolate(d.attachedTo, { parent: `${d.parents[parent.type]} « ${parent.title} »` })}</p>
      <DocumentsPanel actor={user} parent={parent} locale={locale} t={t} expanded />
    </div>
  );
}
