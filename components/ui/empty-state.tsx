import Link from "next/link";

/** What an empty list says: why it is empty, and what to do next. */
export function EmptyState({
  title,
  body,
  action,
}: {
  title: string;
  body?: string;
  action?: { href: string; label: string };
}) {
  return (
    <div role="status" className="rounded-md border border-dashed border-slate-300 p-6 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      {body && <p className="mt-1 text-sm text-slate-700">{body}</p>}
      {action && (
        <p className="mt-3 text-sm">
          <Link href={action.href}>{action.label}</Link>
        </p>
      )}
    </div>
  );
}
