import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentForm } from "@/components/demands/commitment-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { getDemandFormContext } from "@/lib/demands/history-form-queries";
import { COMMITMENT_STATUSES } from "@/lib/demands/history-schema";
import { newSubmissionId } from "@/lib/forms/submission";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.recordCommitment };
}

type Props = { params: Promise<{ demandId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function RecordCommitmentPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "manage:demands")) notFound();
  const [{ demandId }, query, { t, locale }] = await Promise.all([params, searchParams, getMessages()]);
  const context = await getDemandFormContext(user, demandId, { meetingId: one(query.meetingId), letterId: one(query.letterId) }, locale);
  if (!context) notFound();
  const w = t.demandWork;
  const title = (locale === "en" && context.demand.titleEn) || context.demand.titleFr;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/demands/${context.demand.id}`}>← {title}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{w.recordCommitment}</h1>
      <p className="text-slate-700">{interpolate(w.forDemand, { title })}</p>
      <CommitmentForm
        demand={{ id: context.demand.id, visibility: context.demand.visibility }}
        submissionId={newSubmissionId()}
        options={{
          statuses: COMMITMENT_STATUSES.map((status) => ({ value: status, label: t.demands.commitmentStatuses[status] })),
          visibilities: (["PUBLIC", "MEMBERS", "COORDINATION"] as const).map((level) => ({ value: level, label: t.common.visibility[level] })),
          positions: context.positions,
          meetings: context.meetings,
          letters: context.letters,
        }}
        preselected={context.preselected}
        t={{ form: { submit: w.recordCommitment, pending: t.forms.saving, conflictBody: t.forms.conflictBody }, fields: w.fields }}
      />
    </div>
  );
}
