import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationButton } from "@/components/publishing/publication-button";
import { MissingTranslations, TranslationGaps } from "@/components/publishing/translation-gaps";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { entryHref } from "@/lib/public/paths";
import { findMissingTranslations, findPublishableItems, PUBLISHING_PAGE_SIZE, type PublishableItem } from "@/lib/publishing/queries";
import { PUBLISHABLE_KINDS, type PublishableKind } from "@/lib/publishing/schema";

export const metadata: Metadata = { title: "Publication" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export default async function PublishingPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser();
  // Not a coordinator: the page does not exist for them.
  if (!can(actor, "publish:timeline")) notFound();
  const { t, locale } = await getMessages();
  const m = t.publishing;
  const query = await searchParams;
  // The view of missing translations, or one kind of item.
  const translations = one(query.view) === "translations";
  const kind: PublishableKind = (PUBLISHABLE_KINDS as readonly string[]).includes(one(query.kind) ?? "") ? (one(query.kind) as PublishableKind) : "meeting";
  const requested = Number(one(query.page) ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const gaps = translations ? await findMissingTranslations({ actor, page }) : null;
  const { items, total } = gaps ? { items: [], total: gaps.total } : await findPublishableItems({ actor, kind, page });
  const pages = Math.max(1, Math.ceil(total / PUBLISHING_PAGE_SIZE));
  const href = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const next = { ...(translations ? { view: "translations" } : { kind }), page: undefined as string | undefined, ...changes };
    for (const [key, value] of Object.entries(next)) if (value && !(key === "page" && value === "1")) params.set(key, value);
    return `/publishing?${params.toString()}`;
  };
  const title = (item: PublishableItem) => (locale === "en" ? item.titleEn || item.titleFr : item.titleFr);
  const statusMessages = { done: m.done, conflict: m.conflict, forbidden: m.forbidden, "not-found": m.notFound, invalid: m.invalid };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{m.intro}</p>
      </div>
      <nav aria-label={m.title} className="flex flex-wrap gap-2">
        {[
          ...PUBLISHABLE_KINDS.map((k) => ({ key: k, label: m.kinds[k], to: `/publishing?kind=${k}`, current: !translations && k === kind })),
          { key: "translations", label: m.translations.tab, to: "/publishing?view=translations", current: translations },
        ].map((tab) => (
          <Link
            key={tab.key}
            href={tab.to}
            aria-current={tab.current ? "page" : undefined}
            className={`rounded-md px-3 py-1 text-sm ${tab.current ? "bg-brand-700 text-white" : "border border-slate-300 bg-white"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {translations && <p className="max-w-3xl text-sm text-slate-700">{m.translations.intro}</p>}
      <p className="text-sm">{interpolate(m.count, { count: total })}</p>
      {gaps ? (
        gaps.gaps.length === 0 ? (
          <p className="text-slate-700">{m.translations.empty}</p>
        ) : (
          <TranslationGaps gaps={gaps.gaps} locale={locale} m={m} notes={t.lists} />
        )
      ) : items.length === 0 ? (
        <p className="text-slate-700">{m.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">{m.columns.date}</th>
                <th scope="col" className="py-2 pr-4">{m.columns.title}</th>
                <th scope="col" className="py-2 pr-4">{m.columns.visibility}</th>
                <th scope="col" className="py-2 pr-4">{m.columns.translations}</th>
                <th scope="col" className="py-2">{m.columns.action}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const published = item.visibility === "PUBLIC";
                const withdrawTo = t.common.visibility[item.withdrawTo ?? "MEMBERS"];
                return (
                  <tr key={item.id} className="border-b border-slate-200 align-top" data-item={`${item.kind}-${item.id}`}>
                    <td className="py-2 pr-4 whitespace-nowrap">{formatDate(item.date, locale)}</td>
                    <td className="py-2 pr-4">
                      {title(item)}
                      {published && item.kind !== "demand" && (
                        <>
                          {" "}
                          <a href={entryHref(locale, item.kind, item.id)} className="text-xs">
                            {m.viewPublic}
                          </a>
                        </>
                      )}
                      {item.kind === "demand" && item.publicMilestones !== undefined && (
                        <span className="block text-xs text-slate-600">{interpolate(m.milestones, { count: item.publicMilestones })}</span>
                      )}
                    </td>
                    <td className="py-2 pr-4">{t.common.visibility[item.visibility]}</td>
                    <td className="py-2 pr-4">
                      {item.missing.length === 0 ? (
                        <span className="text-slate-600">{m.complete}</span>
                      ) : (
                        <MissingTranslations missing={item.missing} m={m} />
                      )}
                    </td>
                    <td className="py-2">
                      <PublicationButton
                        kind={item.kind}
                        id={item.id}
                        version={item.version}
                        published={published}
                        labels={{
                          publish: m.publish,
                          withdraw: interpolate(m.withdraw, { visibility: withdrawTo }),
                          label: interpolate(published ? m.withdrawLabel : m.publishLabel, { title: title(item), visibility: withdrawTo }),
                          messages: statusMessages,
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={m.pagination} className="flex gap-4 text-sm">
          {page > 1 && <Link href={href({ page: String(page - 1) })}>{m.previous}</Link>}
          <span>
            {page} / {pages}
          </span>
          {page < pages && <Link href={href({ page: String(page + 1) })}>{m.next}</Link>}
        </nav>
      )}
    </div>
  );
}
