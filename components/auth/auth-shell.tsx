import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getMessages } from "@/lib/i18n/server";

/** The frame of the pages reached without being signed in: sign-in, invitation, password reset. */
export async function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t, locale } = await getMessages();
  return (
    <main id="content" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4">
      <div className="flex items-center justify-between">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          {t.common.appName}
        </Link>
        <LanguageSwitch locale={locale} t={{ switchTo: t.common.switchTo, switchToLabel: t.common.switchToLabel }} />
      </div>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
