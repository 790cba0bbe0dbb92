"use client";
// The repeated parts of the meeting form: officials present, people or positions added on the spot,
// demands raised (existing or new), follow-up actions decided.
import { CheckboxListField, SelectField, TextField, type Option } from "@/components/ui/form-fields";
import { RepeatedRows } from "@/components/ui/repeated-rows";
import { interpolate } from "@/lib/i18n/interpolate";
import type { MeetingsFormMessages } from "@/lib/i18n/messages/meetings-form";
import type { MeetingFormChoices } from "@/lib/meetings/form-queries";
import { EMPTY_ROWS, MAX_ROWS } from "@/lib/meetings/form-schema";
import { PositionSelect } from "./position-select";

type Texts = MeetingsFormMessages["fields"];
type Row = Record<string, unknown>;

const rowLegend = (t: Texts, legend: string, n: number) => interpolate(t.rowLabel, { legend, n });
const fieldsetClass = "flex flex-col gap-3 rounded-md border border-slate-200 p-3";
const legendClass = "px-1 text-sm font-semibold text-slate-800";

export function OfficialRows({ choices, initial, day, t }: { choices: MeetingFormChoices; initial: Row[]; day: string | null; t: Texts }) {
  return (
    <RepeatedRows
      group="officials"
      savedCount={initial.length}
      emptyCount={EMPTY_ROWS.officials}
      max={MAX_ROWS}
      addLabel={t.addOfficial}
      removeLabel={(n) => `${t.remove} : ${rowLegend(t, t.officials, n)}`}
      renderRow={({ index, position, remove }) => (
        <div className="flex flex-col gap-1">
          <PositionSelect
            name={`officials[${index}].positionId`}
            label={rowLegend(t, t.officials, position)}
            emptyLabel={t.chooseOfficial}
            notHeldLabel={t.notHeldOnDate}
            positions={choices.positions}
            day={day}
            initial={initial[index]?.positionId as string | undefined}
          />
          {remove}
        </div>
      )}
    />
  );
}

export function NewOfficialRows({ choices, t }: { choices: MeetingFormChoices; t: Texts }) {
  return (
    <RepeatedRows
      group="newOfficials"
      savedCount={0}
      emptyCount={EMPTY_ROWS.newOfficials}
      max={MAX_ROWS}
      addLabel={t.addNewOfficial}
      removeLabel={(n) => `${t.remove} : ${rowLegend(t, t.newOfficialsLegend, n)}`}
      renderRow={({ index, position, remove }) => {
        const name = (field: string) => `newOfficials[${index}].${field}`;
        return (
          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{rowLegend(t, t.newOfficialsLegend, position)}</legend>
            <SelectField name={name("personId")} label={t.existingPerson} options={choices.officials} emptyLabel={t.newPerson} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name={name("firstName")} label={t.firstName} maxLength={100} />
              <TextField name={name("lastName")} label={t.lastName} maxLength={100} />
            </div>
            <TextField name={name("title")} label={t.title} maxLength={300} />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField name={name("institutionId")} label={t.institution} options={choices.institutions} emptyLabel={t.chooseInstitution} />
              <TextField name={name("startDate")} label={t.startDate} type="date" />
            </div>
            {remove}
          </fieldset>
        );
      }}
    />
  );
}

export function DemandRows({ choices, initial, t }: { choices: MeetingFormChoices; initial: Row[]; t: Texts }) {
  return (
    <RepeatedRows
      group="demands"
      savedCount={initial.length}
      emptyCount={EMPTY_ROWS.demands}
      max={MAX_ROWS}
      addLabel={t.addDemand}
      removeLabel={(n) => `${t.remove} : ${rowLegend(t, t.demand, n)}`}
      renderRow={({ index, position, remove }) => (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>{rowLegend(t, t.demand, position)}</legend>
          <SelectField
            name={`demands[${index}].demandId`}
            label={t.demand}
            options={choices.demands}
            emptyLabel={t.chooseDemand}
            initial={initial[index]?.demandId}
          />
          <TextField name={`demands[${index}].note`} label={t.demandNote} initial={initial[index]?.note} maxLength={2000} />
          {remove}
        </fieldset>
      )}
    />
  );
}

export function NewDemandRows({ choices, t }: { choices: MeetingFormChoices; t: Texts }) {
  return (
    <RepeatedRows
      group="newDemands"
      savedCount={0}
      emptyCount={EMPTY_ROWS.newDemands}
      max={MAX_ROWS}
      addLabel={t.addNewDemand}
      removeLabel={(n) => `${t.remove} : ${rowLegend(t, t.newDemandLegend, n)}`}
      renderRow={({ index, position, remove }) => {
        const name = (field: string) => `newDemands[${index}].${field}`;
        return (
          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{rowLegend(t, t.newDemandLegend, position)}</legend>
            <TextField name={name("titleFr")} label={t.newDemandTitleFr} maxLength={300} />
            <TextField name={name("titleEn")} label={t.newDemandTitleEn} maxLength={300} />
            <CheckboxListField name={name("targets")} label={t.targets} options={choices.institutions} />
            <TextField name={name("note")} label={t.demandNote} maxLength={2000} />
            {remove}
          </fieldset>
        );
      }}
    />
  );
}

export function ActionRows({ choices, t }: { choices: MeetingFormChoices; t: Texts }) {
  const organisations: Option[] = choices.organisations.map((o) => ({ value: o.value, label: o.label }));
  return (
    <RepeatedRows
      group="actions"
      savedCount={0}
      emptyCount={EMPTY_ROWS.actions}
      max={MAX_ROWS}
      addLabel={t.addAction}
      removeLabel={(n) => `${t.remove} : ${rowLegend(t, t.actionLegend, n)}`}
      renderRow={({ index, position, remove }) => {
        const name = (field: string) => `actions[${index}].${field}`;
        return (
          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{rowLegend(t, t.actionLegend, position)}</legend>
            <TextField name={name("title")} label={t.actionTitle} maxLength={300} />
            <div className="grid gap-3 sm:grid-cols-3">
              <SelectField name={name("assigneeOrganisationId")} label={t.assigneeOrganisation} options={organisations} emptyLabel={t.none} />
              <SelectField name={name("assigneeUserId")} label={t.assigneeUser} options={choices.users} emptyLabel={t.none} />
              <TextField name={name("dueOn")} label={t.dueOn} type="date" />
            </div>
            {remove}
          </fieldset>
        );
      }}
    />
  );
}
