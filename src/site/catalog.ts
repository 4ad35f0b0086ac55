/**
 * The catalog: all published offers grouped once for every page that lists
 * them. Each grouping is a single pass over the offers (linear), and every
 * group keeps the global order (next start date, then title).
 */
import { audiences, cities, funding, topics, type Term } from "../config/vocabularies.js";
import type { Offer, Provider } from "../content/model.js";
import { prepareSearch } from "../search/facets.js";
import type { SearchableOffer } from "../search/model.js";
import type { WordList } from "../search/query.js";
import { kindUrl, termUrl } from "./links.js";

/** A browse dimension, e.g. cities under `/orte/`. */
export interface BrowseKind {
  readonly key: "city" | "topic" | "audience" | "funding";
  readonly title: string;
  readonly intro: string;
  readonly url: string;
  readonly terms: readonly BrowseTerm[];
}

/** A section of a browse page: the offers of one topic (or, on topic pages, one city). */
export interface OfferGroup {
  readonly slug: string;
  readonly label: string;
  /** Fragment id for the jump links, e.g. "thema-lager-logistik". */
  readonly id: string;
  readonly offers: readonly SearchableOffer[];
}

/** One browse page, e.g. `/orte/solingen/`. */
export interface BrowseTerm extends Term {
  readonly kind: BrowseKind["key"];
  readonly kindTitle: string;
  readonly slug: string;
  readonly url: string;
  readonly offers: readonly SearchableOffer[];
  /** The offers in sections, each offer once: by its first topic, on topic pages by its first place. */
  readonly groups: readonly OfferGroup[];
  /** What the sections are, in German: "Thema" or "Ort". */
  readonly groupedBy: string;
}

export interface ProviderEntry {
  readonly provider: Provider;
  readonly offers: readonly SearchableOffer[];
}

export interface Catalog {
  readonly today: string;
  /** Published offers by next start date, then title. */
  readonly offers: readonly SearchableOffer[];
  readonly providers: readonly ProviderEntry[];
  readonly browse: readonly BrowseKind[];
  /** Every browse page of every kind, for pagination. */
  readonly browsePages: readonly BrowseTerm[];
  /** The most recently updated offers, for the home page and the feed. */
  readonly newest: readonly SearchableOffer[];
  /** The offers' words with how many offers use each: the search page plans queries with it. */
  readonly wordList: WordList;
}

/** How many of the most recently updated offers the home page and the feed show. */
const newestCount = 6;

const browseDefinitions = [
  {
    key: "city",
    title: "Orte",
    intro: "Angebote nach Stadt, dazu alle Angebote, die online stattfinden.",
    vocabulary: cities,
  },
  {
    key: "topic",
    title: "Themen",
    intro: "Angebote nach Thema, von Deutschkursen bis zur Existenzgründung.",
    vocabulary: topics,
  },
  {
    key: "audience",
    title: "Zielgruppen",
    intro: "Angebote für Ihre Lebenslage, zum Beispiel nach der Elternzeit oder nach dem Deutschkurs.",
    vocabulary: audiences,
  },
  {
    key: "funding",
    title: "Förderung",
    intro: "Angebote nach Förderung: Bildungsgutschein, AVGS, Jobcenter und mehr.",
    vocabulary: funding,
  },
] as const;

/** Orders offers by next start date, then title (German collation). */
export function compareOffers(a: Offer, b: Offer): number {
  return a.sortDate.localeCompare(b.sortDate) || collator.compare(a.data.title, b.data.title);
}
const collator = new Intl.Collator("de");

/** Groups values into buckets in one pass; every bucket keeps the input order. */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The sections of a browse page in one pass over its offers: each offer under
 * its first topic (on a topic page: its first place), sections in vocabulary order.
 * @example offerGroups(solingen.offers, "city")[0]?.label // "Sprache & Integration"
 */
export function offerGroups(offers: readonly SearchableOffer[], kind: BrowseKind["key"]): OfferGroup[] {
  const [vocabulary, prefix, first] =
    kind === "topic"
      ? ([cities, "ort", (offer: SearchableOffer) => offer.cities[0]] as const)
      : ([topics, "thema", (offer: SearchableOffer) => offer.data.topics[0]] as const);
  const groups = groupBy(offers, (offer) => {
    const slug = first(offer);
    return slug === undefined ? [] : [slug];
  });
  return Object.entries(vocabulary as Record<string, Term>).flatMap(([slug, term]) => {
    const members = groups.get(slug);
    return members === undefined ? [] : [{ slug, label: term.label, id: `${prefix}-${slug}`, offers: members }];
  });
}

/** Builds the catalog from the loader's published offers and providers. */
export function buildCatalog(offers: readonly Offer[], providers: readonly Provider[], today: string): Catalog {
  const search = prepareSearch(offers, today);
  const sorted = search.offers.sort(compareOffers);
  // The browse kinds are search facets: each offer carries its values for them, computed once above.
  const byProvider = groupBy(sorted, (offer) => offer.search.filters.provider);
  const browse: BrowseKind[] = browseDefinitions.map((definition) => {
    const groups = groupBy(sorted, (offer) => offer.search.filters[definition.key]);
    const url = kindUrl(definition.key);
    return {
      key: definition.key,
      title: definition.title,
      intro: definition.intro,
      url,
      terms: Object.entries(definition.vocabulary as Record<string, Term>).map(([slug, term]) => {
        const members = groups.get(slug) ?? [];
        return {
          ...term,
          kind: definition.key,
          kindTitle: definition.title,
          slug,
          url: termUrl(slug, definition.key),
          offers: members,
          groups: offerGroups(members, definition.key),
          groupedBy: definition.key === "topic" ? "Ort" : "Thema",
        };
      }),
    };
  });
  return {
    today,
    offers: sorted,
    providers: [...providers]
      .sort((a, b) => collator.compare(a.data.name, b.data.name))
      .map((provider) => ({ provider, offers: byProvider.get(provider.slug) ?? [] })),
    browse,
    browsePages: browse.flatMap((kind) => kind.terms),
    newest: [...sorted]
      .sort((a, b) => b.data.updated.localeCompare(a.data.updated) || compareOffers(a, b))
      .slice(0, newestCount),
    wordList: search.wordList,
  };
}

/** The URLs of the catalog's offer pages, the pages the search index covers. */
export const offerUrls = (catalog: Catalog): string[] => catalog.offers.map((offer) => offer.url);
