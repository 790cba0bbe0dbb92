import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { getAllEntryRefs } from "@/lib/public/cached";
import { entryHref, localePath, timelineHref } from "@/lib/public/paths";

// Every public page in both languages; read at request time from the cached public read model.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const url = (path: string) => new URL(path, base).toString();
  const both = (fr: string, en: string) => ({ languages: { fr: url(fr), en: url(en) } });
  const pages = [
    { fr: localePath("fr", "/"), en: localePath("en", "/") },
    { fr: timelineHref("fr"), en: timelineHref("en") },
    { fr: localePath("fr", "/about"), en: localePath("en", "/about") },
  ];
  const entries = await getAllEntryRefs();
  return [
    ...pages.flatMap((page) => [
      { url: url(page.fr), alternates: both(page.fr, page.en) },
      { url: url(page.en), alternates: both(page.fr, page.en) },
    ]),
    ...entries.flatMap((entry) => {
      const fr = entryHref("fr", entry.kind, entry.id);
      const en = entryHref("en", entry.kind, entry.id);
      const lastModified = new Date(entry.date);
      return [
        { url: url(fr), lastModified, alternates: both(fr, en) },
        { url: url(en), lastModified, alternates: both(fr, en) },
      ];
    }),
  ];
}
