import { renderMarkdown } from "@/lib/markdown";

/** Markdown text, sanitised (lib/markdown.ts); the only place HTML from users is inserted. */
export function Markdown({ source, className = "" }: { source: string | null | undefined; className?: string }) {
  const html = renderMarkdown(source);
  if (!html) return null;
  return <div className={`prose-plaidoyer ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
