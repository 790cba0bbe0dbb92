import { CommitmentForm } from "@/components/demands/commitment-form";
import { commitmentFormOptions, DemandFormFrame, demandFormMetadata, type DemandFormPageProps, loadDemandForm } from "@/components/demands/demand-form-frame";
import { newSubmissionId } from "@/lib/forms/submission";

export const generateMetadata = demandFormMetadata("recordCommitment");

export default async function RecordCommitmentPage(props: DemandFormPageProps) {
  const { t, context, title } = await loadDemandForm(props);
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.recordCommitment} forDemand={w.forDemand}>
      <CommitmentForm
        demand={{ id: context.demand.id, visibility: context.demand.visibility }}
        submissionId={newSubmissionId()}
        options={commitmentFormOptions(t, context)}
        preselected={context.preselected}
        t={{ form: { submit: w.recordCommitment, pending: t.forms.saving, conflictBody: t.forms.conflictBody }, fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
