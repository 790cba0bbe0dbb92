import type { ReactNode } from "react";

/** A record's facts as a description list: term and value, one per row. */
export function Details({ items }: { items: { term: string; value: ReactNode }[] }) {
  const shown = items.filter((item) => item.value !== null && item.value !== undefined && item.value !== "");
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {shown.map((item) => (
        <div key={item.term} className="contents">
          <dt className="font-medium text-slate-700">{item.term}</dt>
          <dd className="text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled part of a detail page; `id` ties the section to its heading. */
export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
