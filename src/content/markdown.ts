/**
 * Provider Markdown: checked by the validator and rendered safely. Raw HTML,
 * images and links other than https/mailto/tel are refused with an error; the
 * renderer additionally never emits raw HTML (`html: false`), so even an
 * unvalidated body cannot inject markup.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { characterName, textProblem } from "../schema/text.js";
import type { Diagnostic } from "./diagnostics.js";

const allowedLink = /^(https:\/\/|mailto:|tel:)/i;

const renderer = new MarkdownIt({ html: false, linkify: false, typographer: true });
renderer.disable(["image"]);
// Offer pages own the h1; body headings start at h2.
renderer.core.ruler.push("demote_h1", (state) => {
  for (const token of state.tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
  }
});
const defaultValidateLink = renderer.validateLink.bind(renderer);
renderer.validateLink = (url) => allowedLink.test(url.trim()) && defaultValidateLink(url);

// A second parser that recognises HTML and every link, only to find and report them.
const inspector = new MarkdownIt({ html: true, linkify: false });
inspector.validateLink = () => true;

/**
 * Renders a provider's Markdown to HTML that contains no raw HTML from the input.
 * @example renderMarkdown("**fett** <script>") // "<p><strong>fett</strong> &lt;script&gt;</p>\n"
 */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}

/** Errors for control characters, raw HTML, images and unsafe links in a Markdown body. */
export function checkMarkdown(file: string, markdown: string, startLine: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) =>
    diagnostics.push({ severity: "error", file, line, field: "Beschreibung", message });

  const control = textProblem(markdown);
  if (control !== undefined) {
    let line = startLine;
    for (
      let index = markdown.indexOf("\n");
      index !== -1 && index < control.position - 1;
      index = markdown.indexOf("\n", index + 1)
    )
      line++;
    report(
      line,
      `Die Beschreibung enthält ein Steuerzeichen (${characterName(control.codePoint)}), das keine Webseite tragen kann. Löschen Sie es; oft kommt es aus einem kopierten Text.`,
    );
  }

  const visit = (tokens: readonly Token[], line: number) => {
    // Inline tokens carry no line map; count the line breaks before them instead.
    let inlineLine = line;
    for (const token of tokens) {
      const tokenLine = token.map ? startLine + token.map[0] : inlineLine;
      if (token.type === "softbreak" || token.type === "hardbreak") inlineLine++;
      if (token.type === "html_block" || token.type === "html_inline") {
        report(
          tokenLine,
          `HTML ist in der Beschreibung nicht erlaubt (${preview(token.content)}). Nutzen Sie Markdown, z. B. **fett** oder ## Überschrift.`,
        );
      } else if (token.type === "image") {
        report(tokenLine, "Bilder sind in der Beschreibung nicht erlaubt. Entfernen Sie die Zeile mit ![…](…).");
      } else if (token.type === "link_open") {
        const href = String(token.attrGet("href") ?? "");
        if (!allowedLink.test(href.trim())) {
          report(
            tokenLine,
            `Der Link „${preview(href)}“ ist nicht erlaubt. Links müssen mit https://, mailto: oder tel: beginnen.`,
          );
        }
      }
      if (token.children) visit(token.children, tokenLine);
    }
  };
  visit(inspector.parse(markdown, {}), startLine);
  return diagnostics;
}

function preview(text: string): string {
  const singleLine = text.replace(/\s+/g, " ").trim();
  return singleLine.length > 40 ? `${singleLine.slice(0, 40)}…` : singleLine;
}
