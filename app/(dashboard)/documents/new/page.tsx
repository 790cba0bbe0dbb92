import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachedDocuments } from "@/components/documents/attached-documents";
import { DocumentUploadForm } from "@/components/documents/document-upload-form";
import { requireUser } from "@/lib/auth";
import { parentPath, PARENT_FIELD } from "@/lib/documents/parents";
import { findAttachedDocuments, findUploadTarget } from "@/lib/documents/queries";
import { DOCUMENT_KINDS, DOCUMENT_PARENTS, type DocumentParentType } from "@/lib/documents/schema";
import { newSubmissionId } from "@/lib/forms/submission";
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

export default async function DocumentsOfRecordPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const target = targetOf(params);
  if (!target) notFound();
  const [parent, { t, locale }] = await Promise.all([findUploadTarget(user, target.type, target.id), getMessages()]);
  if (!parent) notFound();
  const documents = await findAttachedDocuments(user, parent.type, parent.id);
  const d = t.documents;
  const notice = params.done === "uploaded" ? d.uploaded : params.done === "deleted" ? d.deleted : null;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={parentPath(parent.type, parent.id)}>{d.backToParent}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{d.pageTitle}</h1>
        <p className="mt-1 text-slate-700">{interpolate(d.attachedTo, { parent: `${d.parents[parent.type]} « ${parent.title} »` })}</p>
      </div>
      {notice && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {notice}
        </p>
      )}
      <section aria-labelledby="existing-heading" className="flex flex-col gap-2">
        <h2 id="existing-heading" className="text-lg font-semibold">
          {d.existing}
        </h2>
        <AttachedDocuments documents={documents} locale={locale} t={t} canDelete />
      </section>
      <section aria-labelledby="upload-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
        <h2 id="upload-heading" className="text-lg font-semibold">
          {d.uploadTitle}
        </h2>
        {/* A new submission id per rendering: after an upload the page renders a fresh form. */}
        <DocumentUploadForm
          key={documents.length}
          parentType={parent.type}
          parentId={parent.id}
          submissionId={newSubmissionId()}
          defaultVisibility={parent.visibility}
          kinds={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: d.kinds[kind] }))}
          visibilities={(["PUBLIC", "MEMBERS", "COORDINATION"] as const).map((level) => ({ value: level, label: t.common.visibility[level] }))}
          t={{
            ...d.fields,
            upload: d.upload,
            uploading: d.uploading,
            conflictBody: d.conflictBody,
            formHasErrors: t.forms.formHasErrors,
            unexpected: d.errors.unexpectedUpload,
            fileErrors: { ...t.forms.errors, ...d.errors },
          }}
        />
      </section>
    </div>
  );
}
