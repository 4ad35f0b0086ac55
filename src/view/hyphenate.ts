/**
 * German hyphenation at build time: soft hyphens (U+00AD) at the break points
 * of TeX's German patterns (new orthography, the `hyphen` package). Browsers
 * without German hyphenation dictionaries (headless Chromium among them) ignore
 * `hyphens: auto`; with soft hyphens a long compound such as
 * „Qualifizierungschancengesetz“ breaks between syllables, never mid-letter.
 * The search index, JSON-LD and meta tags get the plain text.
 */
import german from "hyphen/de/index.js";

/** The soft hyphen the break points are marked with. */
export const softHyphen = "\u00ad";

/** A break opportunity without a hyphen, after the slash of „Fachlageristin/Fachlagerist“. */
const zeroWidthSpace = "\u200b";

/** Words shorter than this stay whole: they fit any line. */
const minWordLength = 6;

/**
 * Addresses, e-mail, phone numbers and anything with digits: breaking them inside a syllable misleads.
 * A full stop or colon only counts inside a word („example.org“), not at a sentence's end.
 */
const unbreakable = /[@\d]|[.:]\S|^www/;

/**
 * Break points that would leave a piece of one letter are dropped
 * ("Ex-am-p-le" → "Ex-am-ple"): a single letter on a line reads as a typo.
 */
function dropSingleLetters(word: string): string {
  const parts = word.split(softHyphen);
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.length - 1;
    if (last >= 0 && (part.length < 2 || (joined[last] ?? "").length < 2)) joined[last] += part;
    else joined.push(part);
  }
  return joined.join(softHyphen);
}

/** Directories repeat their words thousands of times: each distinct word is hyphenated once per build. */
const hyphenated = new Map<string, string>();

function hyphenateWord(word: string): string {
  if (word.length < minWordLength || word.includes(softHyphen)) return word;
  let result = hyphenated.get(word);
  if (result === undefined) {
    result = dropSingleLetters(german.hyphenateSync(word, { minWordLength }));
    hyphenated.set(word, result);
  }
  return result;
}

/**
 * The text without the break opportunities `hyphenate` adds, e.g. to compare it with the source.
 * @example unhyphenate(hyphenate("Fachlageristin/Fachlagerist")) // "Fachlageristin/Fachlagerist"
 */
export const unhyphenate = (text: string): string => text.replaceAll(softHyphen, "").replaceAll(zeroWidthSpace, "");

/**
 * The text with soft hyphens inserted at German break points, and a break
 * opportunity after a slash between words. Plain text in, plain text out
 * (escape it afterwards, as Nunjucks does).
 * @example hyphenate("Qualifizierungschancengesetz") // "Qua­li­fi­zie­rungs­chan­cen­ge­setz" (with U+00AD)
 * @example hyphenate("info@example.org") // unchanged
 */
export function hyphenate(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (unbreakable.test(word) ? word : word.split("/").map(hyphenateWord).join(`/${zeroWidthSpace}`)))
    .join("");
}
