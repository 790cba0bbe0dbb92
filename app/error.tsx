"use client";

// Unexpected errors end here: a plain message in both languages, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Une erreur est survenue</h1>
      <p className="mt-3 text-slate-700">
        La page n&apos;a pas pu être affichée. Réessayez dans un instant ; si le problème persiste, prévenez la coordination.
      </p>
      <p lang="en" className="mt-3 text-slate-600">
        Something went wrong and the page could not be shown. Try again in a moment.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
        Réessayer · Try again
      </button>
    </main>
  );
}
