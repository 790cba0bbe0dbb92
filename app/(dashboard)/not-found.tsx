import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t.common.errors.notFoundTitle}</h1>
      <p className="mt-3 text-slate-700">{t.common.errors.notFoundBody}</p>
      <p className="mt-6">
        <Link href="/">{t.common.errors.backHome}</Link>
      </p>
    </main>
  );
}
