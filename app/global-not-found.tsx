import type { Metadata } from "next";
import "./globals.css";

// Any address that matches no route (the app has one root layout per area, so no single layout
// can frame this page). Both languages, no data, no session.
export const metadata: Metadata = { title: "Page introuvable · Page not found", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body className="min-h-screen">
        <main id="content" className="mx-auto max-w-xl px-4 py-16">
          <h1 className="text-2xl font-semibold">Page introuvable</h1>
          <p className="mt-3 text-slate-700">Cette page n&apos;existe pas ou vous n&apos;y avez pas accès.</p>
          <p lang="en" className="mt-3 text-slate-700">
            Page not found: this page does not exist or you do not have access to it.
          </p>
          <p className="mt-6">
            <a href="/">Retour à l&apos;accueil</a> · <a href="/en" lang="en">Back to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
