import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

// What a record the reader may not see answers, exactly as one that does not exist.
export default async function WorkspaceNotFound() {
  const { t } = await getMessages();
  return (
    <div className="py-10">
      <h1 className="text-2xl font-semibold">{t.common.errors.notFoundTitle}</h1>
      <p className="mt-2 text-slate-700">{t.common.errors.notFoundBody}</p>
      <p className="mt-4">
        <Link href="/dashboard">{t.common.nav.dashboard}</Link>
      </p>
    </div>
  );
}
