/**
 * The search facets and sort orders: the one list that drives the offer pages'
 * `data-pagefind-filter` / `data-pagefind-sort` output, the filter panel of the
 * search page with its German labels, the URL parameters and the offline
 * fallback. Add a facet here and every one of those follows.
 *
 * Values are stable slugs (what Pagefind and the URL store); labels are only
 * ever looked up from this list.
 */
import {
  audiences,
  cities,
  formats,
  funding,
  germanLevels,
  schedules,
  topics,
  type Term,
} from "../config/vocabularies.js";
import { addMonths, formatDate } from "../schema/dates.js";
import type { Offer, Provider } from "../content/model.js";
import type { Facet, FacetKey, FacetValue, OfferSearch, SearchableOffer } from "./model.js";
import { foldText } from "./selection.js";

interface FacetDefinition {
  readonly key: FacetKey;
  readonly param: string;
  readonly label: string;
  readonly values: (providers: readonly Provider[]) => readonly FacetValue[];
  /** The slugs an offer carries; `today` is the build date. */
  readonly read: (offer: Offer, today: string) => readonly string[];
  /** A hint under the facet's heading that depends on the build date. */
  readonly note?: (today: string) => string;
}

const termsOf = (vocabulary: Record<string, Term>) => (): FacetValue[] =>
  Object.entries(vocabulary).map(([slug, term]) => ({ slug, label: term.label }));

const yes = "ja";
const collator = new Intl.Collator("de");

/**
 * Start periods relative to the build date. Rolling-start offers count as
 * starting within the next three months as well: one can start right away.
 */
export const startPeriods = [
  { slug: "naechste-3-monate", label: "In den nächsten 3 Monaten" },
  { slug: "in-3-bis-6-monaten", label: "In 3 bis 6 Monaten" },
  { slug: "spaeter", label: "Später" },
  { slug: "laufender-einstieg", label: "Laufender Einstieg" },
] as const satisfies readonly FacetValue[];

/**
 * The start periods an offer falls into, as of `today`.
 * @example startPeriodsOf(["2027-01-10", "2027-09-01"], false, "2026-11-27") // ["naechste-3-monate", "spaeter"]
 */
export function startPeriodsOf(upcomingStarts: readonly string[], rollingStart: boolean, today: string): string[] {
  const in3Months = addMonths(today, 3);
  const in6Months = addMonths(today, 6);
  const periods = new Set<string>();
  if (rollingStart) periods.add("naechste-3-monate").add("laufender-einstieg");
  for (const start of upcomingStarts) {
    periods.add(start < in3Months ? "naechste-3-monate" : start < in6Months ? "in-3-bis-6-monaten" : "spaeter");
  }
  return startPeriods.map((period) => period.slug).filter((slug) => periods.has(slug));
}

const facetDefinitions: readonly FacetDefinition[] = [
  { key: "city", param: "ort", label: "Ort", values: termsOf(cities), read: (offer) => offer.cities },
  { key: "topic", param: "thema", label: "Thema", values: termsOf(topics), read: (offer) => offer.data.topics },
  {
    key: "audience",
    param: "zielgruppe",
    label: "Zielgruppe",
    values: termsOf(audiences),
    read: (offer) => offer.data.audiences,
  },
  {
    key: "funding",
    param: "foerderung",
    label: "Förderung",
    values: termsOf(funding),
    read: (offer) => offer.data.funding,
  },
  {
    key: "format",
    param: "format",
    label: "Unterrichtsform",
    values: termsOf(formats),
    read: (offer) => [offer.data.format],
  },
  {
    key: "schedule",
    param: "zeit",
    label: "Zeitmodell",
    values: termsOf(schedules),
    read: (offer) => offer.data.schedule,
  },
  {
    key: "start",
    param: "beginn",
    label: "Beginn",
    values: () => startPeriods,
    // Start periods are computed when the site is built; say from which day they count.
    note: (today) => `Gerechnet ab dem ${formatDate(today)}.`,
    read: (offer, today) =>
      startPeriodsOf(
        offer.upcomingDates.map((date) => date.start),
        offer.data.rolling_start === true,
        today,
      ),
  },
  {
    key: "german",
    param: "deutsch",
    label: "Nötige Deutschkenntnisse",
    values: termsOf(germanLevels),
    read: (offer) => (offer.data.german_level === undefined ? [] : [offer.data.german_level]),
  },
  {
    key: "childcare",
    param: "kinderbetreuung",
    label: "Kinderbetreuung",
    values: () => [{ slug: yes, label: "Mit Kinderbetreuung oder Hilfe dabei" }],
    read: (offer) => (offer.data.childcare === undefined ? [] : [yes]),
  },
  {
    key: "accessible",
    param: "barrierefrei",
    label: "Barrierefreiheit",
    values: () => [{ slug: yes, label: "Rollstuhlgerecht" }],
    read: (offer) => (offer.accessible ? [yes] : []),
  },
  {
    key: "provider",
    param: "traeger",
    label: "Träger",
    values: (providers) =>
      [...providers]
        .sort((a, b) => collator.compare(a.data.short_name, b.data.short_name))
        .map((provider) => ({ slug: provider.slug, label: provider.data.short_name })),
    read: (offer) => [offer.provider.slug],
  },
];

/**
 * The facets with their values; the provider facet lists the given providers.
 * With the build date, facets that depend on it carry their note.
 */
export function resolveFacets(providers: readonly Provider[], today?: string): Facet[] {
  return facetDefinitions.map(({ key, param, label, values, note }) => ({
    key,
    param,
    label,
    values: values(providers),
    ...(note === undefined || today === undefined ? {} : { note: note(today) }),
  }));
}

/** Computes an offer's facet values and sort keys as of `today` (the build date). */
export function offerSearchFields(offer: Offer, today: string): OfferSearch {
  const filters = Object.fromEntries(
    facetDefinitions.map((definition) => [definition.key, definition.read(offer, today)]),
  ) as Record<FacetKey, readonly string[]>;
  return {
    filters,
    // Pagefind compares sort values byte by byte: the folded title puts "Ärztliche …" among the "a".
    sort: { start: offer.sortDate, price: offer.data.costs.amount, title: foldText(offer.data.title) },
  };
}

/**
 * The offers with their search fields, computed once for the whole build.
 * @example withSearchFields(load.offers, "2026-11-27")[0]?.search.filters.city // ["wuppertal"]
 */
export function withSearchFields(offers: readonly Offer[], today: string): SearchableOffer[] {
  return offers.map((offer) => ({ ...offer, search: offerSearchFields(offer, today) }));
}
