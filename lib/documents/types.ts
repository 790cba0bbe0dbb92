// The three kinds of file the coalition keeps, and how each is named and shown. Safe for the browser.
import { formatFileSize } from "@/lib/i18n/format";

export type DocumentType = { mimeType: string; label: "PDF" | "ODT" | "DOCX"; extension: "pdf" | "odt" | "docx" };

export const DOCUMENT_TYPES = {
  pdf: { mimeType: "application/pdf", label: "PDF", extension: "pdf" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", label: "ODT", extension: "odt" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "DOCX", extension: "docx" },
} as const satisfies Record<string, DocumentType>;

/** 20 MB, counted as the browser and Next count a "mb": 20 × 1024 × 1024 bytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_EXTENSIONS = Object.values(DOCUMENT_TYPES).map((type) => type.extension);

/** The type's short label from the stored content type: "PDF". */
export function documentTypeLabel(mimeType: string): string {
  return Object.values(DOCUMENT_TYPES).find((type) => type.mimeType === mimeType)?.label ?? mimeType.split("/").pop()?.toUpperCase() ?? "";
}

/** "PDF - 496.2 kB", as the coalition's site shows a document. */
export function documentTypeAndSize(mimeType: string, sizeBytes: number): string {
  return `${documentTypeLabel(mimeType)} - ${formatFileSize(sizeBytes)}`;
}
