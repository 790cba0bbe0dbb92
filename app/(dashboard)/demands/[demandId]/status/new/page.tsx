import type { Metadata } from "next";
import { DemandFormFrame, loadDemandForm, type DemandFormPageProps } from "@/components/demands/demand-form-frame";
import { DemandStatusForm } from "@/components/demands/demand-status-form";
import { DEMAND_STATUSES } from "@/lib/demands/history-schema";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { todayAsDate } from "@/lib/lists/where";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.recordStatus };
}

export default async function RecordDemandStatusPage(props: DemandFormPageProps) {
  const { t, context, title } = await loadDemandForm(props);
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.recordStatus} forDemand={w.forDemand}>
      <DemandStatusForm
        demand={{ id: context.demand.id, version: context.demand.version }}
        submissionId={newSubmissionId()}
        options={{
          statuses: DEMAND_STATUSES.map((status) => ({ value: status, label: t.demands.statuses[status] })),
          meetings: context.meetings,
          letters: context.letters,
          statements: context.statements,
        }}
        preselected={context.preselected}
        today={todayAsDate().toISOString().slice(0, 10)}
        t={{ form: { submit: w.recordStatus, pending: t.forms.saving, conflictBody: t.forms.conflictBody }, fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
