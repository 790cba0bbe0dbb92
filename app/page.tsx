import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getMessages();
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">{t.common.collective}</h1>
      <p className="mt-4">
        <Link href="/login">{t.common.signIn}</Link>
      </p>
    </main>
  );
}
