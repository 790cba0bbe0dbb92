import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemandForm } from "@/components/demands/demand-form";
import { demandFormChoices, demandFormTexts, demandFormValues } from "@/components/demands/demand-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { updateDemandAction } from "@/lib/demands/actions";
import { findDemandFormChoices, getDemandForEdit } from "@/lib/demands/form-queries";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.demandsForm.editTitle };
}

// The publishing page links here to complete a demand's missing title or description.
export default async function EditDemandPage({ params }: { params: Promise<{ demandId: string }> }) {
  const user = await requireUser();
  const [{ demandId }, { t, locale }] = await Promise.all([params, getMessages()]);
  const [demand, choices] = await Promise.all([getDemandForEdit(user, demandId), findDemandFormChoices(user, locale)]);
  if (!demand || !choices) notFound();
  const f = t.demandsForm;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: `/demands/${demand.id}`, label: f.backToDemand }} title={f.editTitle} />
      <p className="max-w-3xl text-slate-700">{f.editIntro}</p>
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <DemandForm
        key={demand.version}
        action={updateDemandAction}
        record={{ id: demand.id, version: demand.version }}
        initial={demandFormValues(demand)}
        choices={demandFormChoices(choices, t)}
        t={demandFormTexts(t, true)}
      />
    </div>
  );
}
