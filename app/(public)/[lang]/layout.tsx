import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/layout/root-document";
import { SiteFooter } from "@/components/public/site-footer";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { feedHref } from "@/lib/public/paths";

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

// The root layout of the public site: its language comes from the URL (French at /, English under
// /en), never from a cookie or the session, so that every public page can be served from the cache.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const p = messages[locale].publicSite;
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: p.siteName, template: `%s · ${p.siteName}` },
    description: p.homeDescription,
    alternates: { types: { "application/atom+xml": [{ url: feedHref(locale), title: p.feedTitle }] } },
    openGraph: { siteName: p.siteName, locale: locale === "fr" ? "fr_FR" : "en_GB", type: "website" },
  };
}

export default async function PublicRootLayout({ children, params }: Props) {
  // An unknown language still gets a frame: its pages answer 404 inside it (see not-found.tsx).
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  return (
    <RootDocument lang={locale}>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {messages[locale].publicSite.skipToContent}
      </a>
      {children}
      <SiteFooter locale={locale} />
    </RootDocument>
  );
}
