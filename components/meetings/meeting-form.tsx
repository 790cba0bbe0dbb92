"use client";
// The meeting form, for a new meeting and for an edit: everything a meeting holds. Validated on the
// server with the schema of lib/meetings/form-schema.ts; refused input comes back with its messages.
import { useState, type FormEvent, type ReactNode } from "react";
import { ActionForm, useField, VersionField } from "@/components/ui/action-form";
import { CheckboxField, CheckboxListField, SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { MeetingsFormMessages } from "@/lib/i18n/messages/meetings-form";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import type { MeetingFormChoices } from "@/lib/meetings/form-queries";
import { MEETING_KINDS, MEETING_STATUSES, REPORT_STATUSES } from "@/lib/meetings/form-schema";
import { DelegationFields } from "./delegation-fields";
import { ActionRows, DemandRows, NewDemandRows, NewOfficialRows, OfficialRows } from "./meeting-rows";

/** The form's starting values, named as its inputs (see getMeetingForEdit). */
export type MeetingFormValues = {
  titleFr?: string | null;
  titleEn?: string | null;
  startsAt?: string | null;
  allDay?: boolean;
  endsAt?: string | null;
  place?: string | null;
  kind?: string;
  status?: string;
  visibility?: string;
  institutions?: string[];
  officials?: { positionId: string }[];
  delegation?: string[];
  delegates?: string[];
  agenda?: string | null;
  report?: string | null;
  reportStatus?: string | null;
  reportValidatedOn?: string | null;
  reportValidatedAtId?: string | null;
  summaryFr?: string | null;
  summaryEn?: string | null;
  confidentialNotes?: string | null;
  followsLetterId?: string | null;
  followsMeetingId?: string | null;
  campaignId?: string | null;
  demands?: { demandId: string; note: string | null }[];
};

export type ExistingAction = { id: string; title: string; dueOn: string | null; status: string; assignee: string };

type FormTexts = { conflictBody: string };

export function MeetingForm(
  props:
    | { mode: "create"; submissionId: string; values: MeetingFormValues; choices: MeetingFormChoices; t: MeetingsFormMessages; formTexts: FormTexts }
    | {
        mode: "edit";
        meetingId: string;
        version: number;
        values: MeetingFormValues;
        existingActions: ExistingAction[];
        choices: MeetingFormChoices;
        t: MeetingsFormMessages;
        formTexts: FormTexts;
      },
) {
  const { t, formTexts, mode } = props;
  return (
    <ActionForm
      action={mode === "create" ? createMeetingAction : updateMeetingAction}
      texts={{
        submit: mode === "create" ? t.create : t.save,
        pending: mode === "create" ? t.creating : t.saving,
        conflictBody: formTexts.conflictBody,
        conflictBy: t.conflictBy,
      }}
      className="max-w-4xl"
    >
      {mode === "create" ? (
        <input type="hidden" name="submissionId" value={props.submissionId} />
      ) : (
        <>
          <input type="hidden" name="meetingId" value={props.meetingId} />
          <VersionField version={props.version} />
        </>
      )}
      <MeetingFields {...props} existingActions={mode === "edit" ? props.existingActions : []} />
    </ActionForm>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-4">
      <legend className="pr-2 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((key) => ({ value: key, label: labels[key] }));

function MeetingFields({
  values,
  choices,
  t,
  existingActions,
}: {
  values: MeetingFormValues;
  choices: MeetingFormChoices;
  t: MeetingsFormMessages;
  existingActions: ExistingAction[];
}) {
  const f = t.fields;
  // The meeting's day decides which positions are offered for the officials present.
  const startsAt = useField("startsAt", values.startsAt);
  const dayOf = (value: unknown) => (typeof value === "string" && value.length >= 10 ? value.slice(0, 10) : null);
  const [day, setDay] = useState(() => dayOf(startsAt.value));
  const [previous, setPrevious] = useState(startsAt.state);
  if (previous !== startsAt.state) {
    setPrevious(startsAt.state);
    setDay(dayOf(startsAt.value));
  }
  const watchDay = (event: FormEvent<HTMLDivElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === "startsAt") setDay(dayOf(target.value));
  };
  const plenaries = choices.meetings.filter((m) => m.kind === "PLENARY").map(({ value, label }) => ({ value, label }));
  const meetings = choices.meetings.map(({ value, label }) => ({ value, label }));
  const visibilities = options(["PUBLIC", "MEMBERS", "COORDINATION"] as const, t.visibilities);

  return (
    <div className="flex flex-col gap-6" onChange={watchDay}>
      <Section title={t.sections.what}>
        <TextField name="titleFr" label={f.titleFr} initial={values.titleFr} required maxLength={300} />
        <TextField name="titleEn" label={f.titleEn} initial={values.titleEn} maxLength={300} />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField name="kind" label={f.kind} options={options(MEETING_KINDS, t.kinds)} initial={values.kind ?? "GOVERNMENT"} />
          <SelectField name="status" label={f.status} options={options(MEETING_STATUSES, t.statuses)} initial={values.status ?? "PLANNED"} />
          <SelectField name="visibility" label={f.visibility} options={visibilities} initial={values.visibility ?? "MEMBERS"} hint={f.visibilityHint} />
        </div>
      </Section>

      <Section title={t.sections.when}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="startsAt" label={f.startsAt} type="datetime-local" initial={values.startsAt} hint={f.startsAtHint} required />
          <TextField name="endsAt" label={f.endsAt} type="datetime-local" initial={values.endsAt} />
        </div>
        <CheckboxField name="allDay" label={f.allDay} initial={values.allDay} hint={f.allDayHint} />
        <TextField name="place" label={f.place} initial={values.place} maxLength={300} />
        <CheckboxListField name="institutions" label={f.institutions} options={choices.institutions} initial={values.institutions} />
      </Section>

      <Section title={t.sections.officials}>
        <p className="text-sm text-slate-700">{f.officialsHint}</p>
        <OfficialRows choices={choices} initial={values.officials ?? []} day={day} t={f} />
        <p className="text-sm text-slate-700">{f.newOfficialsHint}</p>
        <NewOfficialRows choices={choices} t={f} />
      </Section>

      <Section title={t.sections.delegation}>
        <DelegationFields
          organisations={choices.organisations}
          unattachedPeople={choices.unattachedPeople}
          initialOrganisations={values.delegation ?? []}
          initialPeople={values.delegates ?? []}
          t={{ delegation: f.delegation, delegates: f.delegates, delegatesHint: f.delegatesHint, noOrganisation: f.noOrganisation }}
        />
      </Section>

      <Section title={t.sections.content}>
        <TextAreaField name="agenda" label={f.agenda} initial={values.agenda} hint={f.markdownHint} rows={5} />
        <TextAreaField name="report" label={f.report} initial={values.report} hint={f.markdownHint} rows={10} />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField name="reportStatus" label={f.reportStatus} options={options(REPORT_STATUSES, t.reportStatuses)} initial={values.reportStatus} emptyLabel={f.noReport} />
          <TextField name="reportValidatedOn" label={f.reportValidatedOn} type="date" initial={values.reportValidatedOn} />
          <SelectField
            name="reportValidatedAtId"
            label={f.reportValidatedAt}
            options={plenaries}
            initial={values.reportValidatedAtId}
            emptyLabel={f.noPlenary}
            hint={f.reportValidatedAtHint}
          />
        </div>
      </Section>

      <Section title={t.sections.publication}>
        <TextAreaField name="summaryFr" label={f.summaryFr} initial={values.summaryFr} rows={4} />
        <TextAreaField name="summaryEn" label={f.summaryEn} initial={values.summaryEn} rows={4} />
        <TextAreaField name="confidentialNotes" label={f.confidentialNotes} initial={values.confidentialNotes} hint={f.confidentialNotesHint} rows={3} />
      </Section>

      <Section title={t.sections.links}>
        <SelectField name="followsLetterId" label={f.followsLetter} options={choices.letters} initial={values.followsLetterId} emptyLabel={f.none} />
        <SelectField name="followsMeetingId" label={f.followsMeeting} options={meetings} initial={values.followsMeetingId} emptyLabel={f.none} />
        <SelectField name="campaignId" label={f.campaign} options={choices.campaigns} initial={values.campaignId} emptyLabel={f.none} />
      </Section>

      <Section title={t.sections.demands}>
        <DemandRows choices={choices} initial={values.demands ?? []} t={f} />
        <NewDemandRows choices={choices} t={f} />
      </Section>

      <Section title={t.sections.actions}>
        {existingActions.length > 0 && (
          <div className="text-sm">
            <p className="font-medium">{f.existingActions}</p>
            <ul className="mt-1 list-disc pl-5">
              {existingActions.map((action) => (
                <li key={action.id}>
                  {action.title} — {t.actionStatuses[action.status as keyof typeof t.actionStatuses] ?? action.status}
                  {action.assignee && ` — ${action.assignee}`}
                  {action.dueOn && ` — ${action.dueOn}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ActionRows choices={choices} t={f} />
      </Section>
    </div>
  );
}
