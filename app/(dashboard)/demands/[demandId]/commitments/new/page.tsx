import type { Metadata } from "next";
import { CommitmentForm } from "@/components/demands/commitment-form";
import { DemandFormFrame, loadDemandForm, type DemandFormPageProps } from "@/components/demands/demand-form-frame";
import { COMMITMENT_STATUSES } from "@/lib/demands/history-schema";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { visibilityChoices } from "@/lib/forms/fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.recordCommitment };
}

export default async function RecordCommitmentPage(props: DemandFormPageProps) {
  const { t, context, title } = await loadDemandForm(props);
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.recordCommitment} forDemand={w.forDemand}>
      <CommitmentForm
        demand={{ id: context.demand.id, visibility: context.demand.visibility }}
        submissionId={newSubmissionId()}
        options={{
          statuses: COMMITMENT_STATUSES.map((status) => ({ value: status, label: t.demands.commitmentStatuses[status] })),
          visibilities: visibilityChoices(t.common.visibility),
          positions: context.positions,
          meetings: context.meetings,
          letters: context.letters,
        }}
        preselected={context.preselected}
        t={{ form: { submit: w.recordCommitment, pending: t.forms.saving, conflictBody: t.forms.conflictBody }, fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
