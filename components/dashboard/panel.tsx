import type { ReactNode } from "react";

/** A titled block of the dashboard with its empty state. */
export function Panel({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children.length ? <ul className="mt-3 flex flex-col gap-3">{children}</ul> : <p className="mt-3 text-sm text-slate-600">{empty}</p>}
    </section>
  );
}
