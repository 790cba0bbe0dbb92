import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/layout/root-document";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { WorkspaceNav } from "@/components/layout/workspace-nav";
import { HeaderSearch } from "@/components/search/header-search";
import { getActor } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = {
  title: { default: "Plaidoyer", template: "%s · Plaidoyer" },
  description: "Le suivi du plaidoyer du Collectif « Ensemble contre la traite des êtres humains ».",
  robots: { index: false, follow: false },
};

// The root layout and frame of the members' area; its language is the reader's cookie. It is not a
// guard: every page calls requireUser() itself.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const [actor, { t, locale }] = await Promise.all([getActor(), getMessages()]);
  return (
    <RootDocument lang={locale}>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t.common.skipToContent}
      </a>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Link href="/dashboard" className="font-semibold text-white">
              {t.common.appName} <span className="font-normal text-brand-100">· {t.common.collective}</span>
            </Link>
            {actor && <HeaderSearch t={t.common.nav} />}
            <div className="flex items-center gap-4 rounded bg-white px-3 py-1">
              {actor && (
                <span className="text-sm text-slate-700">
                  {actor.name} · {t.common.roles[actor.role]}
                </span>
              )}
              <LanguageSwitch locale={locale} t={{ switchTo: t.common.switchTo, switchToLabel: t.common.switchToLabel }} />
              {actor && (
                <Link href="/account/password" className="text-sm text-brand-700">
                  {t.accounts.navPassword}
                </Link>
              )}
              {actor && <SignOutButton label={t.common.signOut} />}
            </div>
          </div>
          {actor && <WorkspaceNav actor={actor} t={t.common} />}
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </RootDocument>
  );
}
