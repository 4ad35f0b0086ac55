/**
 * The search state in the URL of `/suche/`: `q`, one parameter per facet
 * (`ort`, `thema`, `zielgruppe`, `foerderung`, `format`, `zeit`, …) and `sort`.
 * Several values may be comma-separated or repeated; unknown values are dropped.
 * Serialising gives one canonical form, so equal states give equal URLs.
 * Browser-safe: no Node imports.
 */
import { sortOrders, type Facet, type SearchState, type Selection, type SortValue } from "./model.js";

/** The `sort` value used when the URL names none. */
export const defaultSort: SortValue = "relevanz";

const isSortValue = (value: string): value is SortValue => sortOrders.some((order) => order.value === value);

/**
 * Reads the state from a query string.
 * @example parseSearchState("?q=Pflege&ort=solingen,wuppertal&sort=beginn", facets)
 *   // { query: "Pflege", selection: { city: ["solingen", "wuppertal"] }, sort: "beginn" }
 */
export function parseSearchState(search: string | URLSearchParams, facets: readonly Facet[]): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const selection: Record<string, string[]> = {};
  for (const facet of facets) {
    const given = new Set(
      params
        .getAll(facet.param)
        .flatMap((value) => value.split(","))
        .map((value) => value.trim()),
    );
    // Facet order, not URL order: the same choice always reads back the same way.
    const chosen = facet.values.map((value) => value.slug).filter((slug) => given.has(slug));
    if (chosen.length > 0) selection[facet.key] = chosen;
  }
  const sort = params.get("sort") ?? "";
  return {
    query: (params.get("q") ?? "").replace(/\s+/g, " ").trim(),
    selection: selection as Selection,
    sort: isSortValue(sort) ? sort : defaultSort,
  };
}

/**
 * The query string of a state, without "?"; empty for the empty state.
 * @example serialiseSearchState({ query: "Pflege", selection: { city: ["solingen"] }, sort: "relevanz" }, facets)
 *   // "q=Pflege&ort=solingen"
 */
export function serialiseSearchState(state: SearchState, facets: readonly Facet[]): string {
  const parts: string[] = [];
  if (state.query !== "") parts.push(`q=${encodeURIComponent(state.query)}`);
  for (const facet of facets) {
    const chosen = new Set(state.selection[facet.key] ?? []);
    const slugs = facet.values.map((value) => value.slug).filter((slug) => chosen.has(slug));
    if (slugs.length > 0) parts.push(`${facet.param}=${slugs.map(encodeURIComponent).join(",")}`);
  }
  if (state.sort !== defaultSort) parts.push(`sort=${state.sort}`);
  return parts.join("&");
}

/**
 * The order results are shown in: relevance needs words to be relevant to, so
 * a search by filters alone lists the next starts first.
 */
export function effectiveSort(state: Pick<SearchState, "query" | "sort">): SortValue {
  return state.sort === "relevanz" && state.query === "" ? "beginn" : state.sort;
}
