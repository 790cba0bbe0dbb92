import type { ReactNode } from "react";

/** What was just saved or done, said once above the page or the form; read out by screen readers. */
export function SavedNotice({ children, id, className = "" }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <p id={id} role="status" className={`rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900 ${className}`.trim()}>
      {children}
    </p>
  );
}
