/**
 * URLs between pages: browse pages and the search with a filter set. All URLs
 * are root-relative; the HTML base plugin adds the deployment sub-path.
 */
import { resolveFacets } from "../search/facets.js";
import { defaultSort, serialiseSearchState } from "../search/url-state.js";
import type { BrowseKind } from "./catalog.js";

type KindKey = BrowseKind["key"];

/** URL segment of each browse kind. */
const segments: Record<KindKey, string> = {
  city: "orte",
  topic: "themen",
  audience: "zielgruppen",
  funding: "foerderung",
};

/** Path of the search page. */
const searchPath = "/suche/";

/**
 * URL of a browse overview page.
 * @example kindUrl("topic") // "/themen/"
 */
export function kindUrl(kind: KindKey): string {
  return `/${segments[kind]}/`;
}

/**
 * URL of a browse page.
 * @example termUrl("solingen", "city") // "/orte/solingen/"
 */
export function termUrl(slug: string, kind: KindKey): string {
  return `${kindUrl(kind)}${encodeURIComponent(slug)}/`;
}

// The search's own facet list and URL format, so a browse link is exactly what the search page reads.
// Browse kinds share their keys with the search facets; the provider list is not needed here.
const facets = resolveFacets([]);

/**
 * URL of the search with one browse filter set.
 * @example searchUrl({ kind: "city", slug: "solingen" }) // "/suche/?ort=solingen"
 */
export function searchUrl(term: { readonly kind: KindKey; readonly slug: string }): string {
  const query = serialiseSearchState({ query: "", selection: { [term.kind]: [term.slug] }, sort: defaultSort }, facets);
  return query === "" ? searchPath : `${searchPath}?${query}`;
}

/**
 * Link text for the search with one browse filter set, in plain German.
 * @example searchLinkText({ kind: "city", slug: "solingen", label: "Solingen" }) // "Alle Angebote in Solingen durchsuchen"
 */
export function searchLinkText(term: {
  readonly kind: KindKey;
  readonly slug: string;
  readonly label: string;
}): string {
  const scope = {
    city: term.slug === "online" ? "Alle Online-Angebote" : `Alle Angebote in ${term.label}`,
    topic: `Alle Angebote zum Thema „${term.label}“`,
    audience: `Alle Angebote für ${term.label}`,
    funding: `Alle Angebote mit Förderung „${term.label}“`,
  }[term.kind];
  return `${scope} durchsuchen`;
}

/**
 * Absolute URL of a root-relative path under the site's base URL.
 * @example absoluteUrl("/orte/", "https://example.org/weiterbildung/") // "https://example.org/weiterbildung/orte/"
 */
export function absoluteUrl(url: string, baseUrl: string): string {
  return new URL(url.replace(/^\/+/, ""), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

/**
 * The offer page's calendar file, below the page's URL.
 * @example calendarFile("/angebote/a/b/") // "/angebote/a/b/termine.ics"
 */
export const calendarFile = (url: string): string => `${url}termine.ics`;
