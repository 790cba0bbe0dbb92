import type { Metadata } from "next";
import { CommitmentForm } from "@/components/demands/commitment-form";
import { DemandFormFrame, loadDemandEditForm } from "@/components/demands/demand-form-frame";
import { getCommitmentForEdit } from "@/lib/demands/history-form-queries";
import { COMMITMENT_STATUSES } from "@/lib/demands/history-schema";
import { dateToInput, visibilityChoices } from "@/lib/forms/fields";
import { actionFormTexts } from "@/lib/forms/texts";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.editCommitment };
}

export default async function UpdateCommitmentPage({ params }: { params: Promise<{ demandId: string; commitmentId: string }> }) {
  const { t, context, title, record } = await loadDemandEditForm(
    params,
    (user, { demandId, commitmentId }) => getCommitmentForEdit(user, demandId, commitmentId),
    (commitment) => ({
      meetingId: commitment.sourceMeetingId ?? undefined,
      letterId: commitment.sourceLetterId ?? undefined,
      positionId: commitment.promisedByPositionId ?? undefined,
    }),
  );
  const w = t.demandWork;
  return (
    <DemandFormFrame demandId={context.demand.id} title={title} heading={w.editCommitment} forDemand={w.forDemand}>
      <CommitmentForm
        key={record.version}
        demand={{ id: context.demand.id, visibility: context.demand.visibility }}
        record={{ id: record.id, version: record.version }}
        initial={{
          descriptionFr: record.descriptionFr,
          descriptionEn: record.descriptionEn ?? "",
          promisedByPositionId: record.promisedByPositionId ?? "",
          promisedOn: dateToInput(record.promisedOn),
          dueOn: dateToInput(record.dueOn),
          keptOn: dateToInput(record.keptOn),
          sourceMeetingId: record.sourceMeetingId ?? "",
          sourceLetterId: record.sourceLetterId ?? "",
          status: record.status,
          visibility: record.visibility,
          note: record.note ?? "",
        }}
        options={{
          statuses: COMMITMENT_STATUSES.map((status) => ({ value: status, label: t.demands.commitmentStatuses[status] })),
          visibilities: visibilityChoices(t.common.visibility),
          positions: context.positions,
          meetings: context.meetings,
          letters: context.letters,
        }}
        preselected={{}}
        t={{ form: actionFormTexts(t, w.saveChanges), fields: w.fields }}
      />
    </DemandFormFrame>
  );
}
