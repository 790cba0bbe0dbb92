import { CommitmentForm } from "@/components/demands/commitment-form";
import { commitmentFormOptions, DemandFormFrame, demandFormMetadata, loadDemandEditForm } from "@/components/demands/demand-form-frame";
import { getCommitmentForEdit } from "@/lib/demands/history-form-queries";
import { dateToInput } from "@/lib/forms/fields";
import { actionFormTexts } from "@/lib/forms/texts";

export const generateMetadata = demandFormMetadata("editCommitment");

export default async function UpdateCommitmentPage({ params }: { params: Promise<{ demandId: string; commitmentId: string }> }) {
  const { t, context, title, record } = await loadDemandEditForm(
    params,
    (user, { demandId, commitmentId }) => getCommitmentForEdit(user, demandId, commitmentId),
    (commitment) => ({ meetingId: commitment.sourceMeetingId, letterId: commitment.sourceLetterId, positionId: commitment.promisedByPositionId }),
  );
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.editCommitment} forDemand={w.forDemand}>
      <CommitmentForm
        key={record.version}
        demand={{ id: context.demand.id, visibility: context.demand.visibility }}
        record={{ id: record.id, version: record.version }}
        initial={{ ...record, promisedOn: dateToInput(record.promisedOn), dueOn: dateToInput(record.dueOn), keptOn: dateToInput(record.keptOn) }}
        options={commitmentFormOptions(t, context)}
        preselected={{}}
        t={{ form: actionFormTexts(t, w.saveChanges), fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
