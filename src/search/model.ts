/**
 * The shapes the search shares between the build and the browser. This module
 * imports nothing at run time, so the client bundle can use it without pulling
 * in the vocabularies.
 */
import type { Offer } from "../content/model.js";
import type { CalendarDate } from "../view/calendar.js";
import type { OfferCardParams } from "../view/offer-card.js";
import type { SearchText } from "./words.js";

/** The facets' keys, also the Pagefind filter names. */
export type FacetKey =
  | "city"
  | "topic"
  | "audience"
  | "funding"
  | "format"
  | "schedule"
  | "start"
  | "german"
  | "childcare"
  | "accessible"
  | "provider";

/** A facet value as the search page shows it. */
export interface FacetValue {
  readonly slug: string;
  readonly label: string;
}

/** A facet with its values resolved, as the search page and the client use it. */
export interface Facet {
  readonly key: FacetKey;
  /** URL parameter on `/suche/`, e.g. `ort`. */
  readonly param: string;
  /** German heading of the facet in the filter panel. */
  readonly label: string;
  readonly values: readonly FacetValue[];
  /** A short German hint under the facet's heading, e.g. the day the start periods count from. */
  readonly note?: string;
}

/** Sort orders of the search page: `sort` parameter value, German label, Pagefind sort key. */
export const sortOrders = [
  { value: "relevanz", label: "Beste Treffer", key: undefined },
  { value: "beginn", label: "Nächster Beginn", key: "start" },
  { value: "preis", label: "Preis ohne Förderung (günstigste zuerst)", key: "price" },
  { value: "titel", label: "Titel (A–Z)", key: "title" },
] as const satisfies readonly { value: string; label: string; key: keyof SortValues | undefined }[];

/** A `sort` parameter value. */
export type SortValue = (typeof sortOrders)[number]["value"];

/** Facet values of one offer: facet key → slugs (empty when the offer carries none). */
export type FacetValues = Readonly<Record<FacetKey, readonly string[]>>;

/** Sort keys of one offer, as Pagefind sorts them (ISO date, number, folded title). */
export interface SortValues {
  readonly start: string;
  /** The price without funding; offers whose file gives no price sort last. */
  readonly price: number;
  readonly title: string;
}

/** The search fields of an offer, computed once per build (`prepareSearch`). */
export interface OfferSearch {
  readonly filters: FacetValues;
  readonly sort: SortValues;
  /** What the index reads besides the page: plain title and summary, everyday words, keywords, compound parts. */
  readonly text: SearchText;
}

/** A published offer with its search fields: what the catalog holds and every listing reads. */
export interface SearchableOffer extends Offer {
  readonly search: OfferSearch;
}

/** A chosen filter set: facet key → chosen slugs. Values within a facet are alternatives (or). */
export type Selection = Readonly<Partial<Record<FacetKey, readonly string[]>>>;

/** What the search page asks for; the URL holds exactly this. */
export interface SearchState {
  readonly query: string;
  readonly selection: Selection;
  readonly sort: SortValue;
}

/** A sort order as the client receives it. */
export interface SortOrder {
  readonly value: SortValue;
  readonly label: string;
  /** Pagefind sort key; undefined for relevance. */
  readonly key: keyof SortValues | undefined;
}

/** The search page's configuration, written into the page as JSON for the client. */
export interface SearchConfig {
  readonly facets: readonly Facet[];
  readonly sorts: readonly SortOrder[];
  /** Pagefind's `ranking.metaWeights`: how much a word found in each metadata field counts. */
  readonly metaWeights: Readonly<Record<string, number>>;
  /**
   * Pagefind's `metaCacheTag`: the version of the index this build wrote, so a cached
   * `pagefind-entry.json` is reused until a new index replaces it. Rendered as
   * `indexVersionToken` and stamped after Pagefind ran (`stampIndexVersion`).
   */
  readonly metaCacheTag: string;
}

/** The card of a result: the offer card component's parameters, all flat strings, so Pagefind metadata can carry them. */
export type ResultCard = Readonly<OfferCardParams>;

/**
 * One offer in the compact offer list: enough to filter, match text, sort and show a card
 * (the offline search), and its upcoming dates (the Merkzettel's calendar, see src/view/calendar.ts).
 */
export interface CompactOffer {
  readonly card: ResultCard;
  /** Upcoming course dates; empty for rolling start without fixed dates. */
  readonly dates: readonly CalendarDate[];
  /** Topic labels, matched by the plain text search along with the card's texts. */
  readonly topics: string;
  /** Everyday words of its terms and its keywords, with their compound parts (`SearchText`). */
  readonly words: string;
  /** Facet values; facets without values are left out to keep the list small. */
  readonly filters: Selection;
  readonly sort: SortValues;
}

/** Global name of the offline offer list: the build's list script defines it, the client reads it. */
export const fallbackGlobal = "__bbOffers";

/** Where the build writes the offline offer list, the word list and the client bundle, below the site root. */
export const searchAssets = {
  fallback: "assets/search/angebote.js",
  words: "assets/search/woerter.js",
  client: "assets/js/search.js",
  pagefind: "pagefind/pagefind.js",
} as const;

/**
 * A placeholder in the card template that the client replaces with a card field.
 * @example cardToken("title") // "⟦title⟧"
 */
export const cardToken = (field: string): string => `⟦${field}⟧`;

/** The placeholder of the index version in the rendered pages, replaced once the index is written. */
export const indexVersionToken = cardToken("indexVersion");

/** Matches the placeholders `cardToken` makes. */
export const cardTokenPattern = /⟦(\w+)⟧/g;
