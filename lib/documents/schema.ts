// The document forms, shared by the browser and the server. What can be told without reading the
// file (there is one, its size, its name) is checked here, so that an oversized file is refused
// before a byte of it is read; its content is checked by the mutation (lib/documents/mutations.ts).
import { z } from "zod";
import { enumOf, id, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";
import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES } from "./types";

export const DOCUMENT_KINDS = ["PREPARATION", "SUMMARY", "REPORT", "RECOMMENDATIONS", "LETTER", "STATEMENT", "ACTIVITY_REPORT", "OTHER"] as const;
export const DOCUMENT_PARENTS = ["meeting", "letter", "statement", "organisation"] as const;
export type DocumentParentType = (typeof DOCUMENT_PARENTS)[number];

// Path separators, parent steps, control characters and the bidirectional overrides that make
// "report‮fdp.exe" read as "reportexe.pdf".
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]|\.\./;

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Why a file cannot be taken without reading it, as a message key; null when it may be read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_DOCUMENT_BYTES) return "fileTooLarge";
  if (UNSAFE_NAME.test(file.name)) return "fileNameUnsafe";
  if (file.name.trim().length > 200) return "fileNameTooLong";
  if (!(DOCUMENT_EXTENSIONS as string[]).includes(fileExtension(file.name))) return "fileExtension";
  if (file.size === 0) return "fileEmpty";
  return null;
}

const uploadedFile = () =>
  z.unknown().transform((value, ctx) => {
    // An empty file input still sends a nameless, empty File.
    if (typeof File === "undefined" || !(value instanceof File) || (value.size === 0 && value.name === "")) {
      ctx.addIssue({ code: "custom", message: "fileRequired" });
      return z.NEVER;
    }
    const problem = fileProblem(value);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return value;
  });

export const ZUploadDocumentSchema = z
  .object({
    submissionId: submissionId(),
    parentType: enumOf(DOCUMENT_PARENTS),
    parentId: id(),
    titleFr: requiredText(300),
    titleEn: optionalText(300),
    kind: enumOf(DOCUMENT_KINDS),
    visibility: visibility(),
    file: uploadedFile(),
  })
  .strict();
export type TUploadDocumentInput = z.output<typeof ZUploadDocumentSchema>;

/** The file part alone, run in the browser before sending, so a 30 MB file never leaves it. */
export const ZDocumentFile = uploadedFile();

export const ZDeleteDocumentSchema = z.object({ documentId: id(), version: version() }).strict();
export type TDeleteDocumentInput = z.output<typeof ZDeleteDocumentSchema>;
