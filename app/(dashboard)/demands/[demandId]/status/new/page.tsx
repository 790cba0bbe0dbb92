import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemandStatusForm } from "@/components/demands/demand-status-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { getDemandFormContext } from "@/lib/demands/history-form-queries";
import { DEMAND_STATUSES } from "@/lib/demands/history-schema";
import { newSubmissionId } from "@/lib/forms/submission";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { todayAsDate } from "@/lib/lists/where";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.recordStatus };
}

type Props = { params: Promise<{ demandId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function RecordDemandStatusPage({ params, searchParams }: Props) {
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
      <h1 className="text-2xl font-semibold">{w.recordStatus}</h1>
      <p className="text-slate-700">{interpolate(w.forDemand, { title })}</p>
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
    </div>
  );
}
