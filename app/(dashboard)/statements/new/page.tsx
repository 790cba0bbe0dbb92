import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatementForm } from "@/components/statements/statement-form";
import { EMPTY_STATEMENT, statementFormChoices, statementFormTexts } from "@/components/statements/statement-form-props";
import { requireUser } from "@/lib/auth";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { findStatementFormChoices } from "@/lib/statements/form-queries";

export const metadata: Metadata = { title: "Nouvelle prise de position" };

export default async function NewStatementPage() {
  const user = await requireUser();
  const { t, locale } = await getMessages();
  const choices = await findStatementFormChoices(user, locale);
  if (!choices) notFound();
  const s = t.statementsForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/statements">← {s.backToStatements}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{s.newTitle}</h1>
      <StatementForm
        identity={{ submissionId: newSubmissionId() }}
        initial={EMPTY_STATEMENT}
        choices={statementFormChoices(choices.campaigns, t)}
        t={statementFormTexts(t, false)}
      />
    </div>
  );
}
