import type { Metadata } from "next";
import { CampaignLink } from "@/components/campaigns/campaign-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentsPanel, documentNotice } from "@/components/documents/documents-panel";
import { VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { RecordToolbar } from "@/components/ui/record-toolbar";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatDateWithPrecision } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { getStatement } from "@/lib/statements/queries";

type Props = { params: Promise<{ statementId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadStatement = cache(getStatement);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { statementId }, { locale }] = await Promise.all([requireUser(), params, getMessages()]);
  const statement = await loadStatement(user, statementId);
  return { title: statement ? localized(locale, statement.titleFr, statement.titleEn).text : undefined };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ statementId }, { done, document: documentDone }] = await Promise.all([params, searchParams]);
  const [statement, { t, locale }] = await Promise.all([loadStatement(user, statementId), getMessages()]);
  if (!statement) notFound();
  const d = t.statements.detail;
  const text = localized(locale, statement.textFr, statement.textEn);
  const sf = t.statementsForm;
  const title = localized(locale, statement.titleFr, statement.titleEn).text;
  return (
    <article>
      <PageHeader
        back={{ href: "/statements", label: t.lists.backToList }}
        title={<Localized value={localized(locale, statement.titleFr, statement.titleEn)} notes={t.lists} />}
        badges={<VisibilityBadge visibility={statement.visibility} labels={t.lists.visibilityLevels} />}
      />
      <RecordToolbar
        notice={done === "created" ? sf.created : done === "saved" ? sf.saved : null}
        links={can(user, "manage:statements") ? [{ href: `/statements/${statement.id}/edit`, label: sf.edit, ariaLabel: interpolate(sf.editLabel, { title }) }] : []}
      />
      <Details
        items={[
          { term: d.date, value: formatDateWithPrecision(statement.date, statement.datePrecision, locale) },
          { term: d.bill, value: statement.bill },
          {
            term: d.campaign,
            value: statement.campaign && <CampaignLink campaign={statement.campaign} locale={locale} notes={t.lists} />,
          },
        ]}
      />
      <Section id="text" title={d.text}>
        {text.fallback && <p className="mb-2 text-sm text-slate-600">{t.lists.inFrench}</p>}
        {/* The text is Markdown, sanitised by the one renderer that inserts user HTML. */}
        <div lang={text.lang}>
          <Markdown source={text.text} />
        </div>
      </Section>
      <DocumentsPanel
        actor={user}
        parent={{ type: "statement", id: statement.id, visibility: statement.visibility }}
        locale={locale}
        t={t}
        notice={documentNotice(documentDone, t)}
      />
    </article>
  );
}
