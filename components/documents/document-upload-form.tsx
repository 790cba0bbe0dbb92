"use client";
// The small upload form shown on a meeting, letter, statement or organisation. The file part of
// the shared schema runs here first, so that a file over 20 MB is refused beside its field without
// being sent; the server checks everything again, the content included.
import { ActionForm, useField } from "@/components/ui/action-form";
import { SelectField, TextField, type Option } from "@/components/ui/form-fields";
import { uploadDocumentAction } from "@/lib/documents/actions";
import { ZDocumentFile, type DocumentParentType } from "@/lib/documents/schema";
import type { FormState } from "@/lib/forms/state";

export type DocumentUploadTexts = {
  file: string;
  fileHint: string;
  titleFr: string;
  titleEn: string;
  kind: string;
  visibility: string;
  visibilityHint: string;
  upload: string;
  uploading: string;
  conflictBody: string;
  formHasErrors: string;
  unexpected: string;
  /** Messages of the file checks, by key ("fileTooLarge"…). */
  fileErrors: Record<string, string>;
};

function textValues(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([key, value]) => typeof value === "string" && !key.startsWith("$")));
}

export function DocumentUploadForm({
  parentType,
  parentId,
  submissionId,
  defaultVisibility,
  kinds,
  visibilities,
  t,
}: {
  parentType: DocumentParentType;
  parentId: string;
  submissionId: string;
  defaultVisibility: string;
  kinds: Option[];
  visibilities: Option[];
  t: DocumentUploadTexts;
}) {
  async function upload(state: FormState, formData: FormData): Promise<FormState> {
    const checked = ZDocumentFile.safeParse(formData.get("file"));
    if (!checked.success) {
      const key = checked.error.issues[0]?.message ?? "fileRequired";
      return { status: "error", values: textValues(formData), fieldErrors: { file: t.fileErrors[key] ?? t.unexpected }, formError: t.formHasErrors };
    }
    try {
      return await uploadDocumentAction(state, formData);
    } catch (error) {
      // A redirect after success is how the action ends: let Next follow it.
      if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) throw error;
      return { status: "error", values: textValues(formData), formError: t.unexpected };
    }
  }
  return (
    <ActionForm action={upload} encType="multipart/form-data" texts={{ submit: t.upload, pending: t.uploading, conflictBody: t.conflictBody }} className="max-w-xl">
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="parentType" value={parentType} />
      <input type="hidden" name="parentId" value={parentId} />
      <FileField name="file" label={t.file} hint={t.fileHint} />
      <TextField name="titleFr" label={t.titleFr} required maxLength={300} />
      <TextField name="titleEn" label={t.titleEn} maxLength={300} />
      <SelectField name="kind" label={t.kind} options={kinds} initial="OTHER" />
      <SelectField name="visibility" label={t.visibility} hint={t.visibilityHint} options={visibilities} initial={defaultVisibility} />
    </ActionForm>
  );
}

/** A file input with its error beside it. A browser never lets a page refill one: after an error the user picks the file again. */
function FileField({ name, label, hint }: { name: string; label: string; hint: string }) {
  const { error, state } = useField(name);
  const describedBy = [error ? `${name}-error` : null, `${name}-hint`].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input
        key={state.status}
        id={name}
        name={name}
        type="file"
        required
        accept=".pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="text-sm"
      />
      <p id={`${name}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {error && (
        <p id={`${name}-error`} className="text-sm text-accent-600">
          {error}
        </p>
      )}
    </div>
  );
}
