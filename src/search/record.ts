/**
 * What the search knows of one offer, in the two forms the browser gets it:
 * the Pagefind attributes on the offer page (`searchRecord`) and the compact
 * entry of the offline list (`compactOffer`). Both come from the offer's
 * search fields and the card parameters, so they cannot drift apart.
 */
import { topics } from "../config/vocabularies.js";
import type { Offer } from "../content/model.js";
import { offerCard } from "../view/offer-card.js";
import type { CompactOffer, FacetKey, ResultCard, SearchableOffer, Selection } from "./model.js";

/** One `name: value` pair of a Pagefind attribute. */
export interface RecordEntry {
  readonly name: string;
  readonly value: string;
}

/** A block of index text with its Pagefind weight (`data-pagefind-weight`; body text is 1, an `h1` 7). */
export interface WeightedText {
  readonly weight: number;
  readonly text: string;
}

/** The Pagefind filters, sort keys, metadata and extra index text of an offer page. */
export interface SearchRecord {
  readonly filters: readonly RecordEntry[];
  readonly sort: readonly RecordEntry[];
  readonly meta: readonly RecordEntry[];
  readonly text: readonly WeightedText[];
}

/** The card texts of an offer as flat strings, for Pagefind metadata and the offline list alike. */
export const resultCard = (offer: Offer): ResultCard => offerCard(offer);

/**
 * How much a word counts in each block of an offer's index text. The page shows
 * its title and summary with soft hyphens and keeps them out of the index; the
 * index reads them plain from here, the title weighted as an `h1`. Everyday words
 * of the offer's terms count less than its own words, the provider's keywords
 * in between: they name this offer, not a whole topic.
 */
export const textWeights = {
  title: 7,
  summary: 1,
  keywords: 3,
  everyday: 2,
  parts: 1,
} as const satisfies Record<Exclude<keyof SearchableOffer["search"]["text"], "titleParts">, number>;

/** The offer's topics as German labels, e.g. "Gesundheit, Pflege & Soziales". */
const topicLabels = (offer: Offer): string => offer.data.topics.map((slug) => topics[slug].label).join(", ");

/**
 * Metadata fields and how much a query word found in each lifts a result
 * (Pagefind's `ranking.metaWeights`): the title most, then summary and topics.
 * Fields at 0 are only shown on the card.
 */
export const metaWeights = {
  title: 8,
  // The parts of the title's compounds: „Jugendintegrationskurs“ ranks for „Integrationskurs“ like a title word.
  titleParts: 8,
  summary: 2,
  topics: 3,
  provider: 1,
  places: 1,
  schedule: 1,
  start: 0,
  costs: 0,
  id: 0,
} as const satisfies Partial<Record<keyof ResultCard | "topics" | "titleParts", number>>;

/**
 * The Pagefind record of an offer.
 * @example searchRecord(offer).filters // [{ name: "city", value: "solingen" }, …]
 */
export function searchRecord(offer: SearchableOffer): SearchRecord {
  const card = resultCard(offer);
  const metaValues: Record<keyof typeof metaWeights, string> = {
    ...card,
    topics: topicLabels(offer),
    titleParts: offer.search.text.titleParts,
  };
  return {
    filters: Object.entries(offer.search.filters).flatMap(([name, values]) => values.map((value) => ({ name, value }))),
    sort: Object.entries(offer.search.sort).map(([name, value]: [string, string | number]) => ({
      name,
      value: String(value),
    })),
    meta: Object.keys(metaWeights).map((name) => ({ name, value: metaValues[name as keyof typeof metaWeights] })),
    text: (Object.keys(textWeights) as (keyof typeof textWeights)[])
      .map((block) => ({ weight: textWeights[block], text: offer.search.text[block] }))
      .filter((block) => block.text !== ""),
  };
}

/** Entries made so far: the offline list, the calendar file and the brochure data each need an offer's entry. */
const compactEntries = new WeakMap<SearchableOffer, CompactOffer>();

/**
 * The compact list's entry of an offer; facets the offer carries no value of are left out.
 * Made once per offer object (a catalog's offers are never changed).
 */
export function compactOffer(offer: SearchableOffer): CompactOffer {
  const made = compactEntries.get(offer);
  if (made !== undefined) return made;
  const entry = compactEntry(offer);
  compactEntries.set(offer, entry);
  return entry;
}

function compactEntry(offer: SearchableOffer): CompactOffer {
  const filters: Partial<Record<FacetKey, readonly string[]>> = {};
  for (const [key, values] of Object.entries(offer.search.filters) as [FacetKey, readonly string[]][]) {
    if (values.length > 0) filters[key] = values;
  }
  return {
    card: resultCard(offer),
    dates: offer.upcomingDates,
    topics: topicLabels(offer),
    words: `${offer.search.text.keywords} ${offer.search.text.everyday}`.trim(),
    filters: filters as Selection,
    sort: offer.search.sort,
  };
}
