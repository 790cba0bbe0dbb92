import Link from "next/link";
import { SavedNotice } from "@/components/ui/saved-notice";

/** Under a record's heading: what was just done to it, and what the reader may do next (coordinators' links). */
export function RecordToolbar({ notice, links }: { notice?: string | null; links: { href: string; label: string; ariaLabel?: string }[] }) {
  if (!notice && links.length === 0) return null;
  return (
    <div className="no-print mb-6 flex flex-col gap-3">
      {notice && (
        <SavedNotice>
          {notice}
        </SavedNotice>
      )}
      {links.length > 0 && (
        <ul className="flex flex-wrap gap-3">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-label={link.ariaLabel} className="inline-flex rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-50">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
