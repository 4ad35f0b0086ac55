import { describe, expect, it } from "vitest";
import { checkMarkdown, renderMarkdown } from "./markdown.js";

const hostile = [
  '<script>alert("xss")</script>',
  "<SCRIPT SRC=https://example.org/x.js></SCRIPT>",
  '<iframe src="https://example.org"></iframe>',
  "<style>body { display: none }</style>",
  'Text <img src="x" onerror="alert(1)"> im Satz.',
  '<a href="https://example.org" onclick="alert(1)">klick</a>',
  "[Link](javascript:alert(1))",
  "[Link](JaVaScRiPt:alert(1))",
  "[Link](java\u0000script:alert(1))",
  "[Link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[Link][ref]\n\n[ref]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "![Bild](https://example.org/bild.png)",
  "<!-- Kommentar --><svg onload=alert(1)>",
];

const allowedTags = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "strong",
  "em",
  "ul",
  "ol",
  "li",
  "a",
  "code",
  "pre",
  "blockquote",
  "hr",
  "br",
]);

/** Every opening tag of the output with its attributes, read with a simple tag pattern. */
function tags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-zA-Z0-9]+)([^>]*)>/g)].map((match) => ({
    name: (match[1] ?? "").toLowerCase(),
    attributes: (match[2] ?? "").trim(),
  }));
}

describe("renderMarkdown", () => {
  it.each(hostile)("emits no markup of its own from %j", (markdown) => {
    const html = renderMarkdown(markdown);
    for (const tag of tags(html)) {
      expect(allowedTags).toContain(tag.name);
      // The only attribute the renderer writes is a checked href on links.
      expect(tag.attributes).toMatch(tag.name === "a" ? /^href="(https:\/\/|mailto:|tel:)[^"]*"$/ : /^$/);
    }
    expect(html).not.toMatch(/<(script|iframe|style|img|svg)/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
  });

  it("renders Markdown formatting and safe links", () => {
    expect(renderMarkdown("**fett** und [Anmeldung](https://example.org/a)")).toBe(
      '<p><strong>fett</strong> und <a href="https://example.org/a">Anmeldung</a></p>\n',
    );
    expect(renderMarkdown("[Mail](mailto:info@example.org) [Anruf](tel:+492021234567)")).toContain(
      '<a href="mailto:info@example.org">Mail</a> <a href="tel:+492021234567">Anruf</a>',
    );
  });

  it("keeps quotes in text from breaking out of an attribute", () => {
    expect(renderMarkdown('![Bild](x" onerror="alert(1))')).toBe("<p>![Bild](x&quot; onerror=&quot;alert(1))</p>\n");
  });

  it("shows raw HTML as text instead of dropping it", () => {
    expect(renderMarkdown("<b>fett</b>")).toBe("<p>&lt;b&gt;fett&lt;/b&gt;</p>\n");
  });

  it("renders http links as text: only https leaves the page", () => {
    expect(renderMarkdown("[alt](http://example.org)")).toBe("<p>[alt](http://example.org)</p>\n");
  });

  it("turns a first-level heading into h2, because the page owns the h1", () => {
    expect(renderMarkdown("# Inhalte")).toBe("<h2>Inhalte</h2>\n");
  });
});

describe("checkMarkdown", () => {
  const check = (markdown: string, startLine = 10) =>
    checkMarkdown("offers/a/b.md", markdown, startLine).map((diagnostic) => ({
      line: diagnostic.line,
      message: diagnostic.message,
    }));

  it("accepts plain Markdown with https, mailto and tel links", () => {
    expect(check("## Inhalte\n\n- **Punkt** mit [Link](https://example.org)\n- [Mail](mailto:a@example.org)")).toEqual(
      [],
    );
  });

  it("reports HTML blocks and inline HTML with the line in the file", () => {
    expect(check("Absatz\n\n<div>Block</div>\n\nText mit <b>fett</b>.")).toEqual([
      {
        line: 12,
        message:
          "HTML ist in der Beschreibung nicht erlaubt (<div>Block</div>). Nutzen Sie Markdown, z. B. **fett** oder ## Überschrift.",
      },
      {
        line: 14,
        message:
          "HTML ist in der Beschreibung nicht erlaubt (<b>). Nutzen Sie Markdown, z. B. **fett** oder ## Überschrift.",
      },
      {
        line: 14,
        message:
          "HTML ist in der Beschreibung nicht erlaubt (</b>). Nutzen Sie Markdown, z. B. **fett** oder ## Überschrift.",
      },
    ]);
  });

  it("counts lines inside a paragraph", () => {
    expect(check("erste Zeile\nzweite Zeile\ndritte mit ![Bild](https://example.org/b.png)", 5)).toEqual([
      { line: 7, message: "Bilder sind in der Beschreibung nicht erlaubt. Entfernen Sie die Zeile mit ![…](…)." },
    ]);
  });

  it("reports links that are not https, mailto or tel", () => {
    const lines = check(
      "[a](http://example.org)\n\n[b](javascript:alert(1))\n\n[c](data:text/html,x)\n\n<http://example.org>",
    );
    expect(lines.map((entry) => entry.line)).toEqual([10, 12, 14, 16]);
    expect(lines[0]?.message).toBe(
      "Der Link „http://example.org“ ist nicht erlaubt. Links müssen mit https://, mailto: oder tel: beginnen.",
    );
    expect(lines[1]?.message).toContain("„javascript:alert(1)“");
  });

  it("finds a bad link hidden in a reference definition", () => {
    expect(check("Siehe [hier][1].\n\n[1]: javascript:alert(1)")).toEqual([
      {
        line: 10,
        message:
          "Der Link „javascript:alert(1)“ ist nicht erlaubt. Links müssen mit https://, mailto: oder tel: beginnen.",
      },
    ]);
  });

  it.each(hostile)("reports %j", (markdown) => {
    expect(check(markdown)).not.toEqual([]);
  });
});
