/**
 * Characters a provider's text must not hold. Every check here is one linear
 * scan (no regular expression that can backtrack), and the module imports
 * nothing, so the submission form's bundle uses the very same checks.
 */

/** What is wrong with a text: a character no output format can carry safely, or one that can spoof the display. */
export type TextProblem = "control" | "spoofing";

/** A character found by `textProblem`, with its place (1-based, in UTF-16 code units as editors count). */
export interface FoundCharacter {
  readonly problem: TextProblem;
  readonly codePoint: number;
  readonly position: number;
}

/**
 * C0 and C1 controls except tab and line break, the non-characters U+FFFE and
 * U+FFFF, and lone surrogates: XML cannot carry them, terminals act on them.
 */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/**
 * Bidirectional marks, overrides and isolates, zero-width spaces and joiners
 * and the byte-order mark: they let a text look like another. The zero-width
 * joiner and non-joiner (U+200D, U+200C) stay allowed: emoji such as 👩‍🏫 and
 * Persian or Arabic words need them.
 */
function isSpoofing(code: number): boolean {
  return (
    code === 0x200b ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x061c
  );
}

/**
 * The first character in `text` that it must not hold; with `strict`, also
 * bidi and zero-width characters (for titles, names and summaries).
 * @example textProblem("Kurs\u0007")?.problem // "control"
 * @example textProblem("Kurs\u202e", { strict: true })?.problem // "spoofing"
 */
export function textProblem(text: string, options: { readonly strict?: boolean } = {}): FoundCharacter | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return { problem: "control", codePoint: code, position: index + 1 };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { problem: "control", codePoint: code, position: index + 1 };
    if (isControl(code)) return { problem: "control", codePoint: code, position: index + 1 };
    if (options.strict === true && isSpoofing(code))
      return { problem: "spoofing", codePoint: code, position: index + 1 };
  }
  return undefined;
}

/**
 * A text for a message: at most `max` characters (with "…"), every control,
 * spoofing and line-break character shown as its code, e.g. `\x1B`, `\u202E`.
 * @example visibleText("a\u001b[2Jb") // "a\\x1B[2Jb"
 */
export function visibleText(text: string, max = 80): string {
  const pieces: string[] = [];
  let length = 0;
  for (let index = 0; index < text.length && length <= max; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    let piece: string;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      piece = text.slice(index, index + 2);
      index++;
    } else if (code === 0x0a) piece = "\\n";
    else if (code === 0x09) piece = "\\t";
    else if (code < 0x100 && isControl(code)) piece = `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (
      isControl(code) ||
      isSpoofing(code) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0x2028 ||
      code === 0x2029
    ) {
      piece = `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    } else piece = text[index] ?? "";
    pieces.push(piece);
    length += piece.length;
  }
  if (length <= max) return pieces.join("");
  while (length > max - 1) length -= pieces.pop()?.length ?? length;
  return `${pieces.join("")}…`;
}

/**
 * The name of a character for a message.
 * @example characterName(0x1b) // "U+001B"
 */
export const characterName = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
