import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LetterForm } from "@/components/letters/letter-form";
import { EMPTY_LETTER, letterFormChoices, letterFormTexts } from "@/components/letters/letter-form-props";
import { requireUser } from "@/lib/auth";
import { newSubmissionId } from "@/lib/forms/submission";
import { getMessages } from "@/lib/i18n/server";
import { findLetterFormChoices } from "@/lib/letters/form-queries";

export const metadata: Metadata = { title: "Nouveau courrier" };

export default async function NewLetterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [{ replyTo }, { t, locale }] = await Promise.all([searchParams, getMessages()]);
  const choices = await findLetterFormChoices(user, locale);
  if (!choices) notFound();
  // "Record a reply" from a letter's page: the reply answers it and goes the other way.
  const original = typeof replyTo === "string" ? choices.letters.find((letter) => letter.value === replyTo) : undefined;
  const initial = original
    ? { ...EMPTY_LETTER, inReplyToId: original.value, direction: original.direction === "SENT" ? "RECEIVED" : "SENT" }
    : EMPTY_LETTER;
  const l = t.lettersForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/letters">← {l.backToLetters}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{original ? l.newReplyTitle : l.newTitle}</h1>
      <LetterForm identity={{ submissionId: newSubmissionId() }} initial={initial} choices={letterFormChoices(choices, t)} t={letterFormTexts(t, false)} />
    </div>
  );
}
