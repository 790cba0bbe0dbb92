import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemandForm } from "@/components/demands/demand-form";
import { sourceFromQuery } from "@/components/demands/demand-form-frame";
import { demandFormChoices, demandFormTexts } from "@/components/demands/demand-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { createDemandAction } from "@/lib/demands/actions";
import { findDemandFormChoices } from "@/lib/demands/form-queries";
import { findNewDemandSources } from "@/lib/demands/history-form-queries";
import { dateToInput } from "@/lib/forms/fields";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { todayAsDate } from "@/lib/lists/where";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.demandsForm.newTitle };
}

// `?meetingId=` / `?letterId=`: created from a meeting's or a letter's page, which is its first step's source.
export default async function NewDemandPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "manage:demands")) notFound();
  const [{ t, locale }, query] = await Promise.all([getMessages(), searchParams]);
  const [choices, sources] = await Promise.all([findDemandFormChoices(user, locale), findNewDemandSources(user, sourceFromQuery(query), locale)]);
  if (!choices || !sources) notFound();
  const f = t.demandsForm;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/demands", label: f.back }} title={f.newTitle} />
      <p className="max-w-3xl text-slate-700">{f.newIntro}</p>
      <DemandForm
        action={createDemandAction}
        submissionId={newSubmissionId()}
        firstStep={{ options: sources, preselected: sources.preselected }}
        initial={{ raisedOn: dateToInput(todayAsDate()), visibility: "MEMBERS" }}
        choices={demandFormChoices(choices, t)}
        t={demandFormTexts(t, false)}
      />
    </div>
  );
}
