import { requireUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";

export default async function DashboardPage() {
  const user = await requireUser();
  const { t } = await getMessages();
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t.common.nav.dashboard}</h1>
      <p className="mt-2 text-slate-700">
        {t.common.signedInAs} {user.name} ({t.common.roles[user.role]})
      </p>
    </div>
  );
}
