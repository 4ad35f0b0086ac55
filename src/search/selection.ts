/**
 * What a filter selection means, in one place: values within a facet are
 * alternatives (Solingen or Wuppertal), facets narrow each other (Solingen and
 * Teilzeit). Pagefind gets the same meaning through `toPagefindFilters`; the
 * offline fallback applies it with `matchesSelection` and `countFacets`.
 * Browser-safe: no Node imports.
 */
import type { Facet, FacetKey, Selection } from "./model.js";

/** The facets with at least one chosen value, in selection order. */
export function activeFacets(selection: Selection): FacetKey[] {
  return (Object.keys(selection) as FacetKey[]).filter((key) => (selection[key]?.length ?? 0) > 0);
}

/**
 * True when the values satisfy every chosen facet, ignoring `skip`.
 * @example matchesSelection({ city: ["solingen"] }, { city: ["solingen", "wuppertal"] }) // true
 */
export function matchesSelection(values: Selection, selection: Selection, skip?: FacetKey): boolean {
  return activeFacets(selection).every((key) => key === skip || facetMatches(values, selection, key));
}

function facetMatches(values: Selection, selection: Selection, key: FacetKey): boolean {
  const chosen = selection[key] ?? [];
  const carried = values[key] ?? [];
  return chosen.some((slug) => carried.includes(slug));
}

/** Counts per facet and value: facet key → slug → number of offers. */
export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>>;

/**
 * Counts for the filter panel, in one pass. A facet's counts ignore the
 * facet's own choice (so its other values show how many offers choosing them
 * too would add) but respect every other facet.
 */
export function countFacets<T>(
  items: readonly T[],
  valuesOf: (item: T) => Selection,
  selection: Selection,
  facets: readonly Pick<Facet, "key">[],
): FacetCounts {
  const counts: FacetCounts = Object.fromEntries(facets.map((facet) => [facet.key, {}]));
  const active = activeFacets(selection);
  for (const item of items) {
    const values = valuesOf(item);
    const failed = active.filter((key) => !facetMatches(values, selection, key));
    if (failed.length > 1) continue;
    const counted = failed.length === 1 ? facets.filter((facet) => facet.key === failed[0]) : facets;
    for (const { key } of counted) {
      const bucket = counts[key] ?? {};
      for (const slug of values[key] ?? []) bucket[slug] = (bucket[slug] ?? 0) + 1;
    }
  }
  return counts;
}

/** Pagefind's filter argument for a selection: `any` within a facet, all facets together. */
export function toPagefindFilters(selection: Selection, skip?: FacetKey): Record<string, { any: string[] }> {
  return Object.fromEntries(
    activeFacets(selection)
      .filter((key) => key !== skip)
      .map((key) => [key, { any: [...(selection[key] ?? [])] }]),
  );
}

/**
 * Lower case without diacritics, ß as ss, words separated by single spaces.
 * @example foldText("Pflege-Basiskurs für Ärztinnen") // "pflege basiskurs fur arztinnen"
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The words of a query as the offline text match looks for them: folded, empty ones dropped.
 * @example queryWords("Deutsch  B2") // ["deutsch", "b2"]
 */
export function queryWords(query: string): string[] {
  return foldText(query).split(" ").filter(Boolean);
}

/**
 * The offline text match: every word occurs in the fields (as part of a word,
 * case and accents ignored). No stemming: that is Pagefind's job. Takes the
 * query's words and the fields already folded, so a list searched key by key
 * folds each offer's texts once, not on every keystroke.
 * @example textScore(queryWords("Deutsch B2"), ["Deutsch für den Beruf B2", "…"].map(foldText)) // > 0
 * @returns 0 when a word is missing; otherwise more for words found in earlier fields (the title first).
 */
export function textScore(words: readonly string[], foldedFields: readonly string[]): number {
  if (words.length === 0) return 1;
  let score = 0;
  for (const word of words) {
    const field = foldedFields.findIndex((text) => text.includes(word));
    if (field === -1) return 0;
    score += foldedFields.length - field;
  }
  return score;
}

/** A broader query to try when one finds nothing. */
export interface RelaxedQuery {
  readonly query: string;
  /** True when the query is the start of a word (a German compound cut short), not whole words. */
  readonly prefix: boolean;
}

/**
 * Broader queries to try, in order, when a query finds nothing. Several words:
 * leave one out, the shortest first, so the most telling words stay. One word:
 * cut letters from its end, so a German compound falls back to its first part.
 * @example relaxedQueries("Deutschkurs B2") // [{ query: "Deutschkurs", prefix: false }, { query: "B2", prefix: false }]
 * @example relaxedQueries("Pflegekurs").map((r) => r.query) // ["Pflegeku", "Pflegek", "Pflege", "Pfleg"]
 */
export function relaxedQueries(query: string, minLength = 5): RelaxedQuery[] {
  const words = query.split(" ").filter(Boolean);
  if (words.length > 1) {
    const byLength = words.map((word, index) => ({ word, index })).sort((a, b) => a.word.length - b.word.length);
    return byLength.map(({ index }) => ({
      query: words.filter((_, other) => other !== index).join(" "),
      prefix: false,
    }));
  }
  const word = words[0] ?? "";
  const queries: RelaxedQuery[] = [];
  for (let length = word.length - 2; length >= minLength; length--)
    queries.push({ query: word.slice(0, length), prefix: true });
  return queries;
}
