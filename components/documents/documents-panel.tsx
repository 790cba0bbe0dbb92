// The documents section of a meeting, letter, statement or organisation page: what the reader may
// download and, for coordinators, the upload form and a delete button per document.
import { Section } from "@/components/ui/details";
import type { Actor } from "@/lib/authz";
import { can } from "@/lib/authz";
import { findAttachedDocuments } from "@/lib/documents/queries";
import { DOCUMENT_KINDS, type DocumentParentType } from "@/lib/documents/schema";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { newSubmissionId } from "@/lib/forms/submission";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { AttachedDocuments } from "./attached-documents";
import { DocumentUploadForm } from "./document-upload-form";
import { visibilityChoices } from "@/lib/forms/fields";
import { SavedNotice } from "@/components/ui/saved-notice";

/** "?document=uploaded" after an upload, "deleted" after a deletion: the sentence to show. */
export function documentNotice(value: string | string[] | undefined, t: Messages): string | null {
  return value === "uploaded" ? t.documents.uploaded : value === "deleted" ? t.documents.deleted : null;
}

export async function DocumentsPanel({
  actor,
  parent,
  locale,
  t,
  notice,
  expanded = false,
}: {
  actor: Actor;
  parent: { type: DocumentParentType; id: string; visibility: Visibility };
  locale: Locale;
  t: Messages;
  notice?: string | null;
  /** The upload form shown open rather than behind a disclosure. */
  expanded?: boolean;
}) {
  const documents = await findAttachedDocuments(actor, parent.type, parent.id);
  const manage = can(actor, "manage:documents");
  const d = t.documents;
  return (
    <Section id="documents" title={t.lists.documents}>
      {notice && (
        <SavedNotice className="mb-3">
          {notice}
        </SavedNotice>
      )}
      <AttachedDocuments documents={documents} locale={locale} t={t} canDelete={manage} />
      {manage && (
        <details className="no-print mt-4 rounded-md border border-slate-200 p-3" open={expanded || undefined}>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{d.uploadTitle}</summary>
          <div className="mt-3">
            <DocumentUploadForm
              key={documents.length}
              parentType={parent.type}
              parentId={parent.id}
              submissionId={newSubmissionId()}
              defaultVisibility={parent.visibility}
              kinds={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: d.kinds[kind] }))}
              visibilities={visibilityChoices(t.common.visibility)}
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
          </div>
        </details>
      )}
    </Section>
  );
}
