import { DemandFormFrame, demandFormMetadata, loadDemandEditForm, statusFormOptions } from "@/components/demands/demand-form-frame";
import { DemandStatusForm } from "@/components/demands/demand-status-form";
import { getDemandStatusChangeForEdit } from "@/lib/demands/history-form-queries";
import { dateToInput } from "@/lib/forms/fields";
import { actionFormTexts } from "@/lib/forms/texts";

export const generateMetadata = demandFormMetadata("editStatus");

// The publishing page links here to complete a public milestone's missing English note.
export default async function CorrectDemandStatusPage({ params }: { params: Promise<{ demandId: string; changeId: string }> }) {
  const { t, context, title, record } = await loadDemandEditForm(
    params,
    (user, { demandId, changeId }) => getDemandStatusChangeForEdit(user, demandId, changeId),
    (step) => ({ meetingId: step.sourceMeetingId, letterId: step.sourceLetterId, statementId: step.sourceStatementId }),
  );
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.editStatus} forDemand={w.forDemand}>
      <DemandStatusForm
        key={record.version}
        demand={{ id: context.demand.id, version: context.demand.version }}
        step={{ id: record.id, version: record.version }}
        initial={{ ...record, date: dateToInput(record.date) }}
        options={statusFormOptions(t, context)}
        preselected={{}}
        t={{ form: actionFormTexts(t, w.saveChanges), fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
