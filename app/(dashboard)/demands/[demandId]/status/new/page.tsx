import { DemandFormFrame, demandFormMetadata, type DemandFormPageProps, loadDemandForm, statusFormOptions } from "@/components/demands/demand-form-frame";
import { DemandStatusForm } from "@/components/demands/demand-status-form";
import { newSubmissionId } from "@/lib/forms/submission";
import { todayAsDate } from "@/lib/lists/where";

export const generateMetadata = demandFormMetadata("recordStatus");

export default async function RecordDemandStatusPage(props: DemandFormPageProps) {
  const { t, context, title } = await loadDemandForm(props);
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.recordStatus} forDemand={w.forDemand}>
      <DemandStatusForm
        demand={{ id: context.demand.id, version: context.demand.version }}
        submissionId={newSubmissionId()}
        options={statusFormOptions(t, context)}
        preselected={context.preselected}
        today={todayAsDate().toISOString().slice(0, 10)}
        t={{ form: { submit: w.recordStatus, pending: t.forms.saving, conflictBody: t.forms.conflictBody }, fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
