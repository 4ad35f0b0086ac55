/**
 * The view of the search page `/suche/`: the filter panel's facets and sort
 * orders, the client configuration as JSON, the card template's placeholders
 * and the offline offer list. Templates print these; nothing is computed there.
 */
import type { Provider } from "../content/model.js";
import { scriptJson } from "../view/script-json.js";
import type { OfferCardParams } from "../view/offer-card.js";
import { resolveFacets } from "./facets.js";
import {
  cardToken,
  fallbackGlobal,
  indexVersionToken,
  searchAssets,
  sortOrders,
  type Facet,
  type ResultCard,
  type SearchableOffer,
  type SearchConfig,
  type SortOrder,
} from "./model.js";
import { wordListGlobal, type WordList } from "./query.js";
import { compactOffer, metaWeights } from "./record.js";

/** What the search page reads of the site's catalog. */
export interface SearchCatalog {
  readonly today: string;
  readonly offers: readonly SearchableOffer[];
  readonly providers: readonly { readonly provider: Provider }[];
}

/** Everything the search page template prints. */
export interface SearchPageView {
  readonly facets: readonly Facet[];
  readonly sorts: readonly SortOrder[];
  /** The client configuration, safe inside `<script type="application/json">`. */
  readonly configJson: string;
  /** Offer card parameters whose texts are placeholders the client fills in. */
  readonly cardTemplate: OfferCardParams;
  readonly total: number;
  /** The client bundle, relative to the site root (the page links it as `../` + this). */
  readonly clientScript: string;
}

/** The search page's view of the catalog. */
export function searchPage(catalog: SearchCatalog): SearchPageView {
  const facets = resolveFacets(
    catalog.providers.map((entry) => entry.provider),
    catalog.today,
  );
  const config: SearchConfig = { facets, sorts: sortOrders, metaWeights, metaCacheTag: indexVersionToken };
  const fields = ["id", "title", "provider", "places", "start", "schedule", "costs", "summary"] as const;
  // The link target is set by the client (never a placeholder URL a crawler could follow).
  const card = { ...Object.fromEntries(fields.map((field) => [field, cardToken(field)])), url: "#" } as ResultCard;
  return {
    facets,
    sorts: sortOrders,
    configJson: scriptJson(config),
    cardTemplate: card,
    total: catalog.offers.length,
    clientScript: searchAssets.client,
  };
}

/**
 * The offline offer list as a classic script: `<script src>` loads it even
 * from `file://`, where `fetch` of local files is refused.
 */
export function fallbackScript(catalog: Pick<SearchCatalog, "offers">): string {
  return `window.${fallbackGlobal}=${JSON.stringify(catalog.offers.map(compactOffer))};\n`;
}

/** The offers' word list as a classic script, for planning queries online and offline alike. */
export function wordListScript(catalog: { readonly wordList: WordList }): string {
  return `window.${wordListGlobal}=${JSON.stringify(catalog.wordList)};\n`;
}
