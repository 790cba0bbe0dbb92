import { describe, expect, test } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/markdown";

describe("Markdown from users", () => {
  test("keeps the structure of a report", () => {
    const html = renderMarkdown("## Objet\n\n- point 1\n- **point 2**\n\n[site](https://contrelatraite.org)");
    expect(html).toContain("<h2>Objet</h2>");
    expect(html).toContain("<li><strong>point 2</strong></li>");
    expect(html).toContain('<a href="https://contrelatraite.org" rel="noopener noreferrer nofollow">site</a>');
  });

  test("drops scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">y</a> <iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<iframe|<img/i);
    expect(html).toContain(">y</a>");
  });

  test("an empty text renders nothing", () => {
    expect(renderMarkdown(null)).toBe("");
    expect(renderMarkdown("")).toBe("");
  });
});

describe("Markdown read as plain text", () => {
  test("keeps the words, drops the markers, and keeps the characters it escaped", () => {
    const text = markdownToText("Le Collectif a **insisté** sur :\n\n- l’*hébergement* ;\n- la [formation](https://example.org) & <b>le reste</b>.");
    expect(text).toBe("Le Collectif a insisté sur :\nl’hébergement ;\nla formation & le reste.");
    expect(markdownToText("Vrai & faux < 3 > 2 \"cité\"")).toBe('Vrai & faux < 3 > 2 "cité"');
    expect(markdownToText(null)).toBe("");
  });
});
