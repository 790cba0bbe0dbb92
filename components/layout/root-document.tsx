import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import "@/app/globals.css";

/**
 * The <html> of each root layout. The public site and the members' workspace have their own root
 * layouts so that public pages take their language from the URL (and can be cached), while the
 * workspace keeps taking it from the reader's cookie. See docs/decisions/005-public-site-routing-and-caching.md.
 */
export function RootDocument({ lang, children }: { lang: Locale; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
