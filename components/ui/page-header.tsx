import Link from "next/link";
import type { ReactNode } from "react";

/** A detail page's heading: back to its list, the title, and its badges. */
export function PageHeader({ back, title, badges }: { back: { href: string; label: string }; title: ReactNode; badges?: ReactNode }) {
  return (
    <header className="mb-6">
      <p className="no-print mb-2 text-sm">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {badges && <div className="mt-2 flex flex-wrap gap-2">{badges}</div>}
    </header>
  );
}
