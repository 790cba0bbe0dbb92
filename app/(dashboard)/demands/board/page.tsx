import type { Metadata } from "next";
import Link from "next/link";
import { demandStatusTone } from "@/components/demands/demand-status";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth";
import { getDemandBoard } from "@/lib/demands/board-queries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demandWork.board.title };
}

export default async function DemandBoardPage() {
  const user = await requireUser();
  const [columns, { t, locale }] = await Promise.all([getDemandBoard(user), getMessages()]);
  const b = t.demandWork.board;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{b.title}</h1>
        <Link href="/demands" className="text-sm">
          {b.list}
        </Link>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7">
        {columns.map((column) => (
          <section key={column.status} aria-labelledby={`column-${column.status}`} className="rounded-lg bg-slate-50 p-2" data-testid={`board-${column.status}`}>
            <h2 id={`column-${column.status}`} className="flex items-center justify-between gap-2 text-sm font-semibold">
              <Badge tone={demandStatusTone[column.status]}>{t.demands.statuses[column.status]}</Badge>
              <span className="text-xs font-normal text-slate-700">{interpolate(b.count, { count: column.total })}</span>
            </h2>
            {column.cards.length === 0 ? (
              <p className="mt-2 text-xs text-slate-600">{b.empty}</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-2">
                {column.cards.map((card) => (
                  <li key={card.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm">
                    <Link href={`/demands/${card.id}`}>{(locale === "en" && card.titleEn) || card.titleFr}</Link>
                    <p className="mt-1 text-xs text-slate-600">{interpolate(b.since, { date: formatDate(card.statusDate, locale) })}</p>
                  </li>
                ))}
              </ul>
            )}
            {column.total > column.cards.length && (
              <p className="mt-2 text-xs">
                <Link href={`/demands?status=${column.status}`}>{interpolate(b.more, { count: column.total - column.cards.length })}</Link>
              </p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
