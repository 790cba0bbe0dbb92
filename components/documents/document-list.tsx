import type { Locale } from "@/lib/i18n/locales";
import { formatFileSize } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { Localized } from "@/components/ui/localized-text";

export type DocumentItem = { id: string; titleFr: string; titleEn: string | null; fileName: string; mimeType: string; sizeBytes: number };

function fileType(document: DocumentItem): string {
  const extension = document.fileName.split(".").pop();
  return (extension && extension !== document.fileName ? extension : document.mimeType.split("/").pop() ?? "").toUpperCase();
}

/** Attached documents, their type and size as the Collective's site shows them ("PDF - 496.2 kB"). */
export function DocumentList({
  documents,
  locale,
  t,
}: {
  documents: DocumentItem[];
  locale: Locale;
  t: { noDocuments: string; inFrench: string; inEnglish: string };
}) {
  if (documents.length === 0) return <p className="text-sm text-slate-700">{t.noDocuments}</p>;
  return (
    <ul className="space-y-1">
      {documents.map((document) => (
        <li key={document.id}>
          <Localized value={localized(locale, document.titleFr, document.titleEn)} notes={t} />{" "}
          <span className="text-sm text-slate-600">
            ({fileType(document)} - {formatFileSize(document.sizeBytes)})
          </span>
        </li>
      ))}
    </ul>
  );
}
