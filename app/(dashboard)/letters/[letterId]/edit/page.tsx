import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteLetterForm } from "@/components/letters/delete-letter-form";
import { LetterForm } from "@/components/letters/letter-form";
import { letterFormChoices, letterFormTexts, letterFormValues } from "@/components/letters/letter-form-props";
import { requireUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";
import { findLetterFormChoices, getLetterForEdit } from "@/lib/letters/form-queries";

export const metadata: Metadata = { title: "Modifier le courrier" };

export default async function EditLetterPage({ params }: { params: Promise<{ letterId: string }> }) {
  const user = await requireUser();
  const [{ letterId }, { t, locale }] = await Promise.all([params, getMessages()]);
  const [letter, choices] = await Promise.all([getLetterForEdit(user, letterId), findLetterFormChoices(user, locale)]);
  if (!letter || !choices) notFound();
  const l = t.lettersForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/letters/${letter.id}`}>← {l.backToLetter}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{l.editTitle}</h1>
      <p className="text-sm">
        <Link href={`/documents/new?letterId=${letter.id}`}>{l.manageDocuments}</Link>
      </p>
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <LetterForm
        key={letter.version}
        identity={{ letterId: letter.id, version: letter.version }}
        initial={letterFormValues(letter)}
        choices={letterFormChoices(choices, t)}
        t={letterFormTexts(t, true)}
      />
      <section aria-labelledby="delete-heading" className="mt-6 flex max-w-xl flex-col gap-2 border-t border-slate-200 pt-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          {l.delete.title}
        </h2>
        <p className="text-sm text-slate-700">{l.delete.hint}</p>
        <DeleteLetterForm letterId={letter.id} version={letter.version} t={{ ...l.delete, conflictBody: l.conflictBody }} />
      </section>
    </div>
  );
}
