import type { Metadata } from "next";
import { DemandFormFrame, loadDemandEditForm } from "@/components/demands/demand-form-frame";
import { DemandStatusForm } from "@/components/demands/demand-status-form";
import { getDemandStatusChangeForEdit } from "@/lib/demands/history-form-queries";
import { DEMAND_STATUSES } from "@/lib/demands/history-schema";
import { dateToInput } from "@/lib/forms/fields";
import { actionFormTexts } from "@/lib/forms/texts";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.editStatus };
}

// The publishing page links here to complete a public milestone's missing English note.
export default async function CorrectDemandStatusPage({ params }: { params: Promise<{ demandId: string; changeId: string }> }) {
  const { t, context, title, record } = await loadDemandEditForm(
    params,
    (user, { demandId, changeId }) => getDemandStatusChangeForEdit(user, demandId, changeId),
    (step) => ({ meetingId: step.sourceMeetingId ?? undefined, letterId: step.sourceLetterId ?? undefined, statementId: step.sourceStatementId ?? undefined }),
  );
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.editStatus} forDemand={w.forDemand}>
      <DemandStatusForm
        key={record.version}
        demand={{ id: context.demand.id, version: context.demand.version }}
        step={{ id: record.id, version: record.version }}
        initial={{
          date: dateToInput(record.date),
          status: record.status,
          sourceMeetingId: record.sourceMeetingId ?? "",
          sourceLetterId: record.sourceLetterId ?? "",
          sourceStatementId: record.sourceStatementId ?? "",
          sourceLabel: record.sourceLabel ?? "",
          noteFr: record.noteFr,
          noteEn: record.noteEn ?? "",
          milestone: record.milestone,
        }}
        options={{
          statuses: DEMAND_STATUSES.map((status) => ({ value: status, label: t.demands.statuses[status] })),
          meetings: context.meetings,
          letters: context.letters,
          statements: context.statements,
        }}
        preselected={{}}
        t={{ form: actionFormTexts(t, w.saveChanges), fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
