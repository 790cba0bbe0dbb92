import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/layout/root-document";
import { getLocale } from "@/lib/i18n/server";

export const metadata: Metadata = {
  title: { default: "Plaidoyer", template: "%s · Plaidoyer" },
  description: "Le suivi du plaidoyer du Collectif « Ensemble contre la traite des êtres humains ».",
  robots: { index: false, follow: false },
};

// The root layout of the sign-in pages: the language is the reader's remembered choice.
export default async function AuthRootLayout({ children }: { children: ReactNode }) {
  return <RootDocument lang={await getLocale()}>{children}</RootDocument>;
}
