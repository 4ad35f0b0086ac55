/**
 * What a filter selection means, in one place: values within a facet are
 * alternatives (Solingen or Wuppertal), facets narrow each other (Solingen and
 * Teilzeit). Pagefind gets the same meaning through `toPagefindFilters`; the
 * offline fallback applies it with `matchesSelection` and `countFacets`. Text
 * is folded here (`foldText`) the same way for the index's words and the query's.
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
