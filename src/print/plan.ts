/**
 * What goes where in a brochure, computed once per brochure in one pass over
 * its offers: the chapters (by topic or by city), the provider index and the
 * target-group index, the cover's summary of the selection and the page lists
 * of the indexes. The client renders this plan; nothing is grouped there.
 * Browser-safe: no Node imports.
 */
import type { Facet, FacetKey, FacetValue, SearchState } from "../search/model.js";
import { activeFacets } from "../search/selection.js";
import { offerCount } from "../view/offer-count.js";
import type { BrochureData, BrochureOffer, BrochureOptions, BrochureProvider, Grouping } from "./model.js";

/** A chapter: a heading and its offers, in the catalog's order. */
export interface Chapter {
  readonly slug: string;
  readonly label: string;
  /** HTML id of the chapter heading, the target of the table of contents. */
  readonly anchor: string;
  /** Indexes into `BrochureData.offers`. */
  readonly offers: readonly number[];
}

/** An index entry: what it names and the entries whose pages it lists. */
export interface IndexEntry<T> {
  readonly item: T;
  /** Index into the data's list the item comes from (providers), for its pre-rendered entry. */
  readonly index: number;
  /** Entry anchors, in brochure order. */
  readonly anchors: readonly string[];
}

export interface BrochurePlan {
  readonly chapters: readonly Chapter[];
  /** Providers with at least one offer in the brochure, by name. */
  readonly providers: readonly IndexEntry<BrochureProvider>[];
  /** Target groups with at least one offer in the brochure, in vocabulary order. */
  readonly audiences: readonly IndexEntry<FacetValue>[];
  readonly offerCount: number;
}

/** The facet whose chosen values decide an offer's chapter. */
const groupingFacet: Record<Grouping, FacetKey> = { thema: "topic", ort: "city" };

const valuesOf = (offer: BrochureOffer, grouping: Grouping): readonly string[] =>
  grouping === "thema" ? offer.topics : offer.cities;

/**
 * The chapter an offer goes in: its first value that the selection chose (a
 * brochure for "Pflege" puts an offer of "IT" and "Pflege" under "Pflege"),
 * else its first value. Every offer is in exactly one chapter.
 * @example chapterOf(["it", "pflege"], ["pflege"]) // "pflege"
 */
export function chapterOf(values: readonly string[], chosen: readonly string[] = []): string | undefined {
  return values.find((value) => chosen.includes(value)) ?? values[0];
}

/**
 * The plan of a brochure of the offers at `chosen` (indexes into `data.offers`, any order).
 * @example brochurePlan(data, [0, 3, 7], { grouping: "thema", … }, state).chapters[0]?.label // "Sprache & Integration"
 */
export function brochurePlan(
  data: BrochureData,
  chosen: Iterable<number>,
  options: Pick<BrochureOptions, "grouping">,
  state: Pick<SearchState, "selection">,
): BrochurePlan {
  const included = [...new Set(chosen)].sort((a, b) => a - b);
  const chosenValues = state.selection[groupingFacet[options.grouping]];
  const byChapter = new Map<string, number[]>();
  for (const index of included) {
    const offer = data.offers[index];
    if (offer === undefined) continue;
    const slug = chapterOf(valuesOf(offer, options.grouping), chosenValues) ?? "";
    const group = byChapter.get(slug);
    if (group) group.push(index);
    else byChapter.set(slug, [index]);
  }
  const chapters = data.groupings[options.grouping].flatMap((value, position) => {
    const offers = byChapter.get(value.slug);
    return offers === undefined
      ? []
      : [{ slug: value.slug, label: value.label, anchor: `kapitel-${position + 1}`, offers }];
  });

  // The indexes list entries in the order they are printed: chapter by chapter.
  const printed = chapters.flatMap((chapter) => chapter.offers.map((index) => data.offers[index] as BrochureOffer));
  const providerAnchors = new Map<string, string[]>();
  const audienceAnchors = new Map<string, string[]>();
  for (const offer of printed) {
    push(providerAnchors, offer.provider, offer.anchor);
    for (const audience of offer.audiences) push(audienceAnchors, audience, offer.anchor);
  }
  return {
    chapters,
    providers: data.providers.flatMap((item, index) => {
      const anchors = providerAnchors.get(item.slug);
      return anchors === undefined ? [] : [{ item, index, anchors }];
    }),
    audiences: data.audiences.flatMap((item, index) => {
      const anchors = audienceAnchors.get(item.slug);
      return anchors === undefined ? [] : [{ item, index, anchors }];
    }),
    offerCount: printed.length,
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The cover's line about what the brochure holds: the chosen filter values and
 * the search words; empty for the whole directory.
 * @example selectionSummary(facets, { query: "Pflege", selection: { city: ["solingen"], audience: ["alleinerziehende"] } }, false)
 *   // "Solingen · Alleinerziehende · Suchbegriff „Pflege“"
 */
export function selectionSummary(
  facets: readonly Facet[],
  state: Pick<SearchState, "query" | "selection">,
  explicitList: boolean,
): string {
  if (explicitList) return "Persönliche Auswahl";
  const active = new Set(activeFacets(state.selection));
  const parts = facets
    .filter((facet) => active.has(facet.key))
    .map((facet) => {
      const labels = facet.values
        .filter((value) => state.selection[facet.key]?.includes(value.slug))
        .map((value) => value.label);
      // A yes/no facet's one value says it all ("Rollstuhlgerecht"); German levels need their facet's name.
      if (facet.values.length === 1) return labels.join("");
      const joined = labels.join(" oder ");
      return facet.key === "german" || facet.key === "start" ? `${facet.label}: ${joined}` : joined;
    });
  if (state.query !== "") parts.push(`Suchbegriff „${state.query}“`);
  return parts.join(" · ");
}

/**
 * Page numbers as an index prints them: sorted, each once, runs of three or more as a range.
 * @example pageList([14, 12, 13, 20, 12]) // "12–14, 20"
 */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && (sorted[end + 1] as number) === (sorted[end] as number) + 1) end++;
    const [first, last] = [sorted[start] as number, sorted[end] as number];
    if (end - start >= 2) parts.push(`${first}–${last}`);
    else parts.push(...sorted.slice(start, end + 1).map(String));
    start = end + 1;
  }
  return parts.join(", ");
}

/**
 * How many offers a brochure holds, in words.
 * @example brochureCount(1) // "1 Angebot"
 */
export const brochureCount = offerCount;

/**
 * The brochure's document title (the PDF's title): the directory's title and what it holds.
 * @example brochureTitle("Weiterbildung in Solingen", "") // "Weiterbildung in Solingen – Gesamtverzeichnis"
 */
export function brochureTitle(title: string, summary: string): string {
  return `${title} – ${summary === "" ? "Gesamtverzeichnis" : summary}`;
}
