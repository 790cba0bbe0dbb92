import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getActor } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Connexion" };

function safeCallback(value: string | string[] | undefined): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/dashboard";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const { t, locale } = await getMessages();
  return (
    <main id="content" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4">
      <div className="flex items-center justify-between">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          {t.common.appName}
        </Link>
        <LanguageSwitch locale={locale} t={{ switchTo: t.common.switchTo, switchToLabel: t.common.switchToLabel }} />
      </div>
      <h1 className="text-2xl font-semibold">{t.auth.signInTitle}</h1>
      <SignInForm t={t.auth} callbackUrl={callbackUrl} />
      <p className="text-sm">
        <Link href="/password/forgot">{t.auth.forgotPassword}</Link>
      </p>
    </main>
  );
}
