"use client";
// The report alone: a member of the delegation drafts it; a coordinator also validates it.
import { ActionForm, VersionField } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { saveMeetingReportAction } from "@/lib/meetings/actions";

type Texts = {
  report: string;
  markdownHint: string;
  reportStatus: string;
  reportValidatedOn: string;
  reportValidatedAt: string;
  reportValidatedAtHint: string;
  noPlenary: string;
  statuses: { DRAFT: string; VALIDATED: string };
  submit: string;
  pending: string;
  conflictBody: string;
  conflictBy: string;
};

export function MeetingReportForm({
  meeting,
  plenaries,
  coordinator,
  t,
}: {
  meeting: { id: string; version: number; report: string | null; reportStatus: string | null; reportValidatedOn: string | null; reportValidatedAtId: string | null };
  plenaries: Option[];
  coordinator: boolean;
  t: Texts;
}) {
  return (
    <ActionForm action={saveMeetingReportAction} texts={t} className="max-w-4xl">
      <input type="hidden" name="meetingId" value={meeting.id} />
      <VersionField version={meeting.version} />
      <TextAreaField name="report" label={t.report} initial={meeting.report} hint={t.markdownHint} rows={16} />
      {/* Only a coordinator sends the validation: the server refuses it from anyone else. */}
      {coordinator && (
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="reportStatus"
            label={t.reportStatus}
            options={[
              { value: "DRAFT", label: t.statuses.DRAFT },
              { value: "VALIDATED", label: t.statuses.VALIDATED },
            ]}
            initial={meeting.reportStatus ?? "DRAFT"}
          />
          <TextField name="reportValidatedOn" label={t.reportValidatedOn} type="date" initial={meeting.reportValidatedOn} />
          <SelectField
            name="reportValidatedAtId"
            label={t.reportValidatedAt}
            options={plenaries}
            initial={meeting.reportValidatedAtId}
            emptyLabel={t.noPlenary}
            hint={t.reportValidatedAtHint}
          />
        </div>
      )}
    </ActionForm>
  );
}
