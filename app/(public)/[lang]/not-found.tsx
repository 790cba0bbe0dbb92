import { messages } from "@/lib/i18n/messages";

// The same plain page for an unknown, malformed or withdrawn entry: never a hint that it exists.
// A not-found page receives no params, so it speaks both languages, each marked as such.
export default function PublicNotFound() {
  const fr = messages.fr.publicSite.notFound;
  const en = messages.en.publicSite.notFound;
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <div lang="fr">
        <h1 className="text-2xl font-semibold">{fr.title}</h1>
        <p className="mt-3 text-slate-700">{fr.body}</p>
        <p className="mt-3">
          <a href="/">{fr.back}</a>
        </p>
      </div>
      <div lang="en" className="mt-10 border-t border-slate-200 pt-6">
        <h2 className="text-xl font-semibold">{en.title}</h2>
        <p className="mt-3 text-slate-700">{en.body}</p>
        <p className="mt-3">
          <a href="/en">{en.back}</a>
        </p>
      </div>
    </main>
  );
}
