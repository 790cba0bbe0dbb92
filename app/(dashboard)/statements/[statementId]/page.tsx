import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentList } from "@/components/documents/document-list";
import { VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TextBlock } from "@/components/ui/text-block";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { getStatement } from "@/lib/statements/queries";

type Props = { params: Promise<{ statementId: string }> };

const loadStatement = cache(getStatement);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { statementId }, { locale }] = await Promise.all([requireUser(), params, getMessages()]);
  const statement = await loadStatement(user, statementId);
  return { title: statement ? localized(locale, statement.titleFr, statement.titleEn).text : undefined };
}

export default async function StatementPage({ params }: Props) {
  const user = await requireUser();
  const { statementId } = await params;
  const [statement, { t, locale }] = await Promise.all([loadStatement(user, statementId), getMessages()]);
  if (!statement) notFound();
  const d = t.statements.detail;
  const text = localized(locale, statement.textFr, statement.textEn);
  return (
    <article>
      <PageHeader
        back={{ href: "/statements", label: t.lists.backToList }}
        title={<Localized value={localized(locale, statement.titleFr, statement.titleEn)} notes={t.lists} />}
        badges={<VisibilityBadge visibility={statement.visibility} labels={t.lists.visibilityLevels} />}
      />
      <Details
        items={[
          { term: d.date, value: formatDate(statement.date, locale) },
          { term: d.bill, value: statement.bill },
          {
            term: d.campaign,
            value: statement.campaign && (
              <Link href={`/campaigns/${statement.campaign.id}`}>
                <Localized value={localized(locale, statement.campaign.nameFr, statement.campaign.nameEn)} notes={t.lists} />
              </Link>
            ),
          },
        ]}
      />
      <Section id="text" title={d.text}>
        {text.fallback && <p className="mb-2 text-sm text-slate-600">{t.lists.inFrench}</p>}
        <TextBlock text={text.text} lang={text.lang} />
      </Section>
      <Section id="documents" title={t.lists.documents}>
        <DocumentList documents={statement.documents} locale={locale} t={t.lists} />
      </Section>
    </article>
  );
}
