"use client";
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * Navigates the plain links inside it in the browser, as `next/link` does, without a `next/link`
 * per link: a table of 25 rows has 50 of them, and each one is a client component that the server
 * renders on every request (a twentieth of the actions list's time). A click with a modifier key,
 * another button, a target or a download, or to another site, is left to the browser.
 */
export function ClientNavigation({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  function navigate(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(url.pathname + url.search + url.hash);
  }
  // Not an interactive element itself: it only hears the clicks of the links inside, which the
  // keyboard fires too (Enter on a link is a click).
  return (
    <div className={className} onClick={navigate}>
      {children}
    </div>
  );
}
