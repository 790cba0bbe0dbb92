import Link from "next/link";

export type ManageLink = { href: string; label: string; ariaLabel?: string };

/** What a coordinator can do from a list or a record's page: new, edit… shown only to them. */
export function ManageLinks({ links, className = "" }: { links: ManageLink[]; className?: string }) {
  if (links.length === 0) return null;
  return (
    <p className={`no-print flex flex-wrap gap-2 ${className}`}>
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-label={link.ariaLabel}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50"
        >
          {link.label}
        </Link>
      ))}
    </p>
  );
}
