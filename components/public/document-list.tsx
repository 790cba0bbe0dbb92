import type { Locale } from "@/lib/i18n/locales";
import { formatFileSize } from "@/lib/i18n/format";
import { documentHref } from "@/lib/public/paths";
import type { PublicDocument } from "@/lib/public/queries";
import { Localized } from "./localized";

const TYPES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/msword": "DOC",
};

/** "PDF - 496.2 kB", as the coalition's site shows a document. */
export function documentType(document: PublicDocument): string {
  return `${TYPES[document.mimeType] ?? document.mimeType.split("/").pop()?.toUpperCase() ?? ""} - ${formatFileSize(document.sizeBytes)}`;
}

export function DocumentList({ documents, locale }: { documents: PublicDocument[]; locale: Locale }) {
  return (
    <ul className="flex flex-col gap-2">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={documentHref(document.id)}>
            <Localized text={document.title} locale={locale} />
          </a>{" "}
          <span className="text-sm text-slate-700">({documentType(document)})</span>
        </li>
      ))}
    </ul>
  );
}
