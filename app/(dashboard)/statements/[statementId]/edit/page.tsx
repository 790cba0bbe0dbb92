import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteStatementForm } from "@/components/statements/delete-statement-form";
import { StatementForm } from "@/components/statements/statement-form";
import { statementFormChoices, statementFormTexts, statementFormValues } from "@/components/statements/statement-form-props";
import { requireUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";
import { findStatementFormChoices, getStatementForEdit } from "@/lib/statements/form-queries";

export const metadata: Metadata = { title: "Modifier la prise de position" };

export default async function EditStatementPage({ params }: { params: Promise<{ statementId: string }> }) {
  const user = await requireUser();
  const [{ statementId }, { t, locale }] = await Promise.all([params, getMessages()]);
  const [statement, choices] = await Promise.all([getStatementForEdit(user, statementId), findStatementFormChoices(user, locale)]);
  if (!statement || !choices) notFound();
  const s = t.statementsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/statements/${statement.id}`}>← {s.backToStatement}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{s.editTitle}</h1>
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <StatementForm
        key={statement.version}
        identity={{ statementId: statement.id, version: statement.version }}
        initial={statementFormValues(statement)}
        choices={statementFormChoices(choices.campaigns, t)}
        t={statementFormTexts(t, true)}
      />
      <section aria-labelledby="delete-heading" className="mt-6 flex max-w-xl flex-col gap-2 border-t border-slate-200 pt-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          {s.delete.title}
        </h2>
        <p className="text-sm text-slate-700">{s.delete.hint}</p>
        <DeleteStatementForm statementId={statement.id} version={statement.version} t={{ ...s.delete, conflictBody: s.conflictBody }} />
      </section>
    </div>
  );
}
