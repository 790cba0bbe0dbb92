import type { Metadata } from "next";
import Link from "next/link";
import { CampaignLink } from "@/components/campaigns/campaign-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentsPanel, documentNotice } from "@/components/documents/documents-panel";
import { ReplyState } from "@/components/letters/reply-state";
import { MeetingLinkList } from "@/components/meetings/meeting-link-list";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { RecordToolbar } from "@/components/ui/record-toolbar";
import { TextBlock } from "@/components/ui/text-block";
import { NewDemandFromSourceLink, RecordFromSourceLinks } from "@/components/demands/record-from-source-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { interpolate } from "@/lib/i18n/interpolate";
import { formatDate, formatDateWithPrecision } from "@/lib/i18n/format";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { recipientLabels, senderLabel } from "@/lib/letters/correspondent";
import { getLetter } from "@/lib/letters/queries";

type Props = { params: Promise<{ letterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadLetter = cache(getLetter);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { letterId }, { locale }] = await Promise.all([requireUser(), params, getMessages()]);
  const letter = await loadLetter(user, letterId);
  return { title: letter ? localized(locale, letter.subjectFr, letter.subjectEn).text : undefined };
}

export default async function LetterPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ letterId }, { done, document: documentDone }] = await Promise.all([params, searchParams]);
  const [letter, { t, locale }] = await Promise.all([loadLetter(user, letterId), getMessages()]);
  if (!letter) notFound();
  const l = t.letters;
  const d = l.detail;
  const lf = t.lettersForm;
  const subject = localized(locale, letter.subjectFr, letter.subjectEn).text;
  const summary = localizedOptional(locale, letter.summaryFr, letter.summaryEn);
  const letterLink = (other: { id: string; subjectFr: string; subjectEn: string | null; date: Date }) => (
    <>
      <Link href={`/letters/${other.id}`}>
        <Localized value={localized(locale, other.subjectFr, other.subjectEn)} notes={t.lists} />
      </Link>{" "}
      ({formatDate(other.date, locale)})
    </>
  );
  return (
    <article>
      <PageHeader
        back={{ href: "/letters", label: t.lists.backToList }}
        title={<Localized value={localized(locale, letter.subjectFr, letter.subjectEn)} notes={t.lists} />}
        badges={
          <>
            <Badge tone="info">{l.directions[letter.direction]}</Badge>
            <ReplyState letter={letter} t={t} locale={locale} />
            <VisibilityBadge visibility={letter.visibility} labels={t.lists.visibilityLevels} />
          </>
        }
      />
      <RecordToolbar
        notice={done === "created" ? lf.created : done === "saved" ? lf.saved : null}
        links={
          can(user, "manage:letters")
            ? [
                { href: `/letters/${letter.id}/edit`, label: lf.edit, ariaLabel: interpolate(lf.editLabel, { subject }) },
                { href: `/letters/new?replyTo=${letter.id}`, label: lf.recordReply },
              ]
            : []
        }
      />
      <Details
        items={[
          { term: d.date, value: formatDateWithPrecision(letter.date, letter.datePrecision, locale) },
          { term: d.sender, value: senderLabel(letter, locale) },
          { term: d.recipients, value: recipientLabels(letter, locale).join(" ; ") },
          { term: d.replyExpectedBy, value: formatDate(letter.replyExpectedBy, locale) },
          { term: d.inReplyTo, value: letter.inReplyTo && letterLink(letter.inReplyTo) },
          {
            term: d.campaign,
            value: letter.campaign && <CampaignLink campaign={letter.campaign} locale={locale} notes={t.lists} />,
          },
        ]}
      />
      {summary && (
        <Section id="summary" title={d.summary}>
          <TextBlock text={summary.text} lang={summary.lang} />
        </Section>
      )}
      <Section id="replies" title={d.replies}>
        {letter.replies.length === 0 ? (
          <p className="text-sm text-slate-700">{d.noReplies}</p>
        ) : (
          <ul className="space-y-1">
            {letter.replies.map((reply) => (
              <li key={reply.id}>{letterLink(reply)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="demands" title={d.demands}>
        {letter.demands.length === 0 ? (
          <p className="text-sm text-slate-700">{d.none}</p>
        ) : (
          <ul className="space-y-1">
            {letter.demands.map(({ demand }) => (
              <li key={demand.id}>
                <Link href={`/demands/${demand.id}`}>
                  <Localized value={localized(locale, demand.titleFr, demand.titleEn)} notes={t.lists} />
                </Link>{" "}
                <Badge>{t.demands.statuses[demand.status]}</Badge>
                {can(user, "manage:demands") && <RecordFromSourceLinks demandId={demand.id} source={{ letterId: letter.id }} t={t.demandWork} />}
              </li>
            ))}
          </ul>
        )}
        {can(user, "manage:demands") && (
          <NewDemandFromSourceLink source={{ letterId: letter.id }} label={t.demandsForm.raisedHere} />
        )}
      </Section>
      <Section id="meetings" title={d.followUpMeetings}>
        <MeetingLinkList items={letter.followUpMeetings.map((meeting) => ({ meeting }))} empty={d.none} locale={locale} t={t.lists} />
      </Section>
      <DocumentsPanel
        actor={user}
        parent={{ type: "letter", id: letter.id, visibility: letter.visibility }}
        locale={locale}
        t={t}
        notice={documentNotice(documentDone, t)}
      />
      {"confidentialNotes" in letter && letter.confidentialNotes && (
        <Section id="confidential" title={t.lists.confidentialNotes}>
          <p className="mb-2 text-sm text-slate-600">{t.lists.confidentialNotesHint}</p>
          <TextBlock text={letter.confidentialNotes} />
        </Section>
      )}
    </article>
  );
}
