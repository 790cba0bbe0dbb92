import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.help.title };
}

// Rendered on each request in the reader's language, and reads no database: the benchmark
// measures it as the framework's floor (see bench/README.md).
export default async function HelpPage() {
  await connection();
  const { t } = await getMessages();
  const h = t.help;
  return (
    <main id="content" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <p className="text-sm">
        <Link href="/dashboard">{t.dashboard.title}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{h.title}</h1>
      <p>{h.intro}</p>
      {h.sections.map((section, index) => (
        <section key={section.title} aria-labelledby={`help-${index}`}>
          <h2 id={`help-${index}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          <p className="mt-1 text-slate-800">{section.body}</p>
        </section>
      ))}
      <p className="text-sm text-slate-700">{h.contact}</p>
    </main>
  );
}
