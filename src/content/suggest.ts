/** "Meinten Sie …?" suggestions for misspelt vocabulary values and keys, and slugs proposed from German text. */

/**
 * Edit distance with adjacent swaps counted as one edit (optimal string alignment):
 * „Pflgee“ is one edit from „Pflege“. Exits early above `limit`.
 * @example editDistance("pflgee", "pflege") // 1
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let previousMinimum = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    // A swap reaches back two rows, so only two rows above the limit end the search.
    if (rowMinimum > limit && previousMinimum > limit) return limit + 1;
    previousMinimum = rowMinimum;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The closest candidate to a misspelt value, if it is close enough to be a typo.
 * Case and umlaut spellings are forgiven first ("Präsenz" → "praesenz").
 * @example suggest("sprache-integratoin", ["sprache-integration", "existenzgruendung"]) // "sprache-integration"
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const simplified = simplify(value);
  const exact = candidates.find((candidate) => simplify(candidate) === simplified);
  if (exact !== undefined) return exact;
  const limit = Math.max(2, Math.floor(simplified.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(simplified, simplify(candidate), limit);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function simplify(value: string): string {
  return transliterate(value.trim()).replace(/[\s_]+/g, "-");
}

/**
 * Lower case with umlauts written out, as in slugs.
 * @example transliterate("Präsenz") // "praesenz"
 */
export function transliterate(value: string): string {
  return value.toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss");
}

/**
 * A slug from German text: umlauts written out, accents dropped, every other
 * run of characters outside a–z and 0–9 one hyphen.
 * @example slugify("Übungsfirma Büro") // "uebungsfirma-buero"
 */
export function slugify(text: string): string {
  return transliterate(text)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
