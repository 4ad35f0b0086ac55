/**
 * A brochure's URL: the search state (`q`, `ort`, `thema`, … as on `/suche/`)
 * plus the layout: `gliederung` (thema | ort), `papier` (a4 | a5),
 * `beschnitt` (ja: 3 mm bleed and crop marks) and `angebote` (an explicit,
 * comma-separated list of offer ids, e.g. from the Merkzettel). The search's
 * `format` stays the Unterrichtsform, so the paper size has its own name.
 * Browser-safe: no Node imports.
 */
import type { Facet, SearchState } from "../search/model.js";
import { parseSearchState, serialiseSearchState } from "../search/url-state.js";
import type { BrochureOptions, Grouping, Paper } from "./model.js";

/** The layout parameters' names and values: the one list the URL, the builder and the CLI use. */
export const brochureParams = {
  grouping: { name: "gliederung", values: ["thema", "ort"], fallback: "thema" },
  paper: { name: "papier", values: ["a4", "a5"], fallback: "a4" },
  bleed: { name: "beschnitt", values: ["ja"] },
  ids: { name: "angebote" },
} as const;

/** A brochure as its URL describes it. */
export interface BrochureRequest {
  readonly state: SearchState;
  readonly options: BrochureOptions;
}

const oneOf = <T extends string>(value: string | null, values: readonly T[], fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

/**
 * Reads a brochure request; unknown values fall back to the defaults, as on the search page.
 * @example parseBrochureRequest("?ort=solingen&papier=a5", facets).options.paper // "a5"
 */
export function parseBrochureRequest(search: string | URLSearchParams, facets: readonly Facet[]): BrochureRequest {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ids = params.get(brochureParams.ids.name);
  return {
    state: parseSearchState(params, facets),
    options: {
      grouping: oneOf<Grouping>(params.get(brochureParams.grouping.name), brochureParams.grouping.values, "thema"),
      paper: oneOf<Paper>(params.get(brochureParams.paper.name), brochureParams.paper.values, "a4"),
      bleed: params.get(brochureParams.bleed.name) === "ja",
      ids:
        ids === null
          ? undefined
          : ids
              .split(",")
              .map((id) => id.trim())
              .filter(Boolean),
    },
  };
}

/**
 * The query string of a request, without "?"; defaults are left out, so equal requests give equal URLs.
 * @example serialiseBrochureRequest({ state, options: { grouping: "ort", paper: "a4", bleed: false, ids: undefined } }, facets)
 *   // "ort=solingen&gliederung=ort"
 */
export function serialiseBrochureRequest(request: BrochureRequest, facets: readonly Facet[]): string {
  const { options } = request;
  // The sort order means nothing in a brochure: chapters are always in catalog order.
  const parts = [serialiseSearchState({ ...request.state, sort: "relevanz" }, facets)];
  if (options.grouping !== brochureParams.grouping.fallback)
    parts.push(`${brochureParams.grouping.name}=${options.grouping}`);
  if (options.paper !== brochureParams.paper.fallback) parts.push(`${brochureParams.paper.name}=${options.paper}`);
  if (options.bleed) parts.push(`${brochureParams.bleed.name}=ja`);
  if (options.ids !== undefined)
    parts.push(`${brochureParams.ids.name}=${options.ids.map(encodeURIComponent).join(",")}`);
  return parts.filter(Boolean).join("&");
}
