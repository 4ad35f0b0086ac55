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
  slugsOf,
  topics,
  type Term,
} from "../config/vocabularies.js";
import { addMonths, formatDate } from "../schema/dates.js";
import { limits } from "../schema/offer.js";
import type { Offer, Provider } from "../content/model.js";
import type { Facet, FacetKey, FacetValue, SearchableOffer } from "./model.js";
import type { WordList } from "./query.js";
import { foldText } from "./selection.js";
import { searchVocabulary, type SearchText } from "./words.js";

interface FacetDefinition {
  readonly key: FacetKey;
  readonly param: string;
  readonly label: string;
  readonly values: (providers: readonly Provider[]) => readonly FacetValue[];
  /** The slugs an offer carries; `today` is the build date. */
  readonly read: (offer: Offer, today: string) => readonly string[];
  /** A hint under the facet's heading; it may name the build date. */
  readonly note?: (today: string) => string;
}

const termsOf = (vocabulary: Record<string, Term>) => (): FacetValue[] =>
  Object.entries(vocabulary).map(([slug, term]) => ({ slug, label: term.label }));

const yes = "ja";
const collator = new Intl.Collator("de");

/** German levels from the lowest; the facet value of a level is „I can join with this level“. */
const levels = slugsOf(germanLevels);

/**
 * The levels at which one can join an offer: its required level and every
 * higher one; every level when it requires none. Ticking „B1“ then shows what
 * a B1 learner can join: offers requiring A1, A2 or B1, and those requiring nothing.
 * @example joinableLevels("A2") // ["A2", "B1", "B2", "C1", "C2"]
 */
export function joinableLevels(required: string | undefined): string[] {
  const from = required === undefined ? 0 : levels.indexOf(required as (typeof levels)[number]);
  return levels.slice(Math.max(from, 0));
}

/**
 * The time models a person can fit an offer into: its own, and „berufsbegleitend“
 * for evening or weekend offers that are not full time, since one can join them next to a job.
 * @example scheduleValues(["teilzeit", "abends"]) // ["teilzeit", "abends", "berufsbegleitend"]
 */
export function scheduleValues(schedule: readonly string[]): string[] {
  const alongsideWork =
    !schedule.includes("vollzeit") && (schedule.includes("abends") || schedule.includes("wochenende"));
  return alongsideWork && !schedule.includes("berufsbegleitend") ? [...schedule, "berufsbegleitend"] : [...schedule];
}

/** Sort value of the price for an offer whose file gives none (`amount: 0` without „kostenfrei“): after every price. */
export const unknownPriceSort = limits.priceMax + 1;

/** What a participant pays without funding, for sorting; unknown prices last. */
export function priceSortValue(data: Pick<Offer["data"], "costs" | "funding">): number {
  return data.costs.amount === 0 && !data.funding.includes("kostenfrei") ? unknownPriceSort : data.costs.amount;
}

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
  {
    key: "city",
    param: "ort",
    label: "Ort",
    values: termsOf(cities),
    note: () => "Angebote, die ganz im Internet stattfinden, stehen unter „Online“.",
    read: (offer) => offer.cities,
  },
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
    note: () => "„Berufsbegleitend“ zeigt auch Angebote am Abend oder am Wochenende, die nicht in Vollzeit sind.",
    read: (offer) => scheduleValues(offer.data.schedule),
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
    label: "Meine Deutschkenntnisse",
    values: () =>
      Object.entries(germanLevels).map(([slug, term]) => ({
        slug,
        label: term.description.includes(":") ? `${term.label} (${term.description.split(":")[0]})` : term.label,
      })),
    note: () => "Zeigt Angebote, für die Ihr Niveau reicht, und Angebote, die keine Deutschkenntnisse voraussetzen.",
    read: (offer) => joinableLevels(offer.data.german_level),
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
    values: () => [{ slug: yes, label: "Rollstuhlgerecht oder ganz online" }],
    read: (offer) => (offer.accessible || offer.cities.includes("online") ? [yes] : []),
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

/** Computes an offer's search fields as of `today` (the build date), with its index text. */
function offerSearchFields(offer: Offer, today: string, text: SearchText): SearchableOffer["search"] {
  const filters = Object.fromEntries(
    facetDefinitions.map((definition) => [definition.key, definition.read(offer, today)]),
  ) as Record<FacetKey, readonly string[]>;
  return {
    filters,
    // Pagefind compares sort values byte by byte: the folded title puts "Ärztliche …" among the "a".
    sort: { start: offer.sortDate, price: priceSortValue(offer.data), title: foldText(offer.data.title) },
    text,
  };
}

/** The offers with their search fields, and the word list the search page plans queries with. */
export interface PreparedSearch {
  readonly offers: SearchableOffer[];
  readonly wordList: WordList;
}

/**
 * The offers with their search fields and the build's word list, computed once for the whole build.
 * @example prepareSearch(load.offers, "2026-11-27").offers[0]?.search.filters.city // ["wuppertal"]
 */
export function prepareSearch(offers: readonly Offer[], today: string): PreparedSearch {
  const { wordList, texts } = searchVocabulary(offers);
  return {
    offers: texts.map(({ offer, text }) => ({ ...offer, search: offerSearchFields(offer, today, text) })),
    wordList,
  };
}
