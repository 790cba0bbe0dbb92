// A record's documents as the coalition's site shows them ("PDF - 496.2 kB"), each a download
// link through the authorised route; coordinators also get a delete button per document.
import { documentTypeAndSize } from "@/lib/documents/types";
import type { AttachedDocument } from "@/lib/documents/queries";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { DeleteDocumentButton } from "./delete-document-button";

export function AttachedDocuments({
  documents,
  locale,
  t,
  canDelete,
}: {
  documents: AttachedDocument[];
  locale: Locale;
  t: Messages;
  canDelete: boolean;
}) {
  const d = t.documents;
  if (documents.length === 0) return <p className="text-sm text-slate-700">{d.none}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {documents.map((document) => {
        const title = locale === "en" && document.titleEn ? document.titleEn : document.titleFr;
        return (
          <li key={document.id} className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 pb-2">
            <div>
              <a href={`/documents/${document.id}`} download aria-label={interpolate(d.downloadLabel, { title })} className="font-medium">
                {title}
              </a>
              <p className="text-sm text-slate-600">
                {documentTypeAndSize(document.mimeType, document.sizeBytes)} · {d.kinds[document.kind as keyof typeof d.kinds]} ·{" "}
                {t.common.visibility[document.visibility as keyof typeof t.common.visibility]}
              </p>
            </div>
            {canDelete && (
              <DeleteDocumentButton
                documentId={document.id}
                version={document.version}
                t={{ submit: d.delete, pending: d.deleting, conflictBody: d.conflictBody, label: interpolate(d.deleteLabel, { title }) }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
