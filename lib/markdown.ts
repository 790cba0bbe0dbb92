// Markdown written by coordinators and members (reports, agendas, statements) becomes HTML here,
// and only here: rendered by marked, then sanitised by an allow-list, so a pasted <script>, an
// event handler or a javascript: link never reaches a reader's browser.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "a", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: {
    // Headings start below the page's own h1.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
};

/** Plain text as HTML that reads back as the same text: what a feed's `type="html"` element carries. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return "";
  const html = marked.parse(source, { async: false, gfm: true, breaks: true }) as string;
  return sanitizeHtml(html, ALLOWED);
}

// Where a block ends or a line breaks, the text keeps a line break instead of running words together.
const BLOCK_END = /<br \/>|<\/(?:p|li|h[2-4]|blockquote|pre|tr|th|td)>/g;

/** The words of a Markdown text without its markup: what a list's excerpt or a page's description shows. */
export function markdownToText(source: string | null | undefined): string {
  const html = renderMarkdown(source).replace(BLOCK_END, "$&\n");
  // With no tag allowed, sanitize-html keeps only text, escaping exactly these four characters.
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s*\n\s*/g, "\n").trim();
}
