/**
 * What the home page shows: entry points by life situation (with the number
 * of offers behind each), cities and topics with counts, and the newest offers.
 */
import { lifeSituations as configuredSituations, type LifeSituation } from "../config/life-situations.js";
import type { Offer } from "../content/model.js";
import type { BrowseKind, BrowseTerm, Catalog } from "./catalog.js";
import { termUrl } from "./links.js";

/** A life situation as a link with its offer count. */
export interface SituationLink {
  readonly title: string;
  readonly text: string;
  readonly url: string;
  readonly count: number;
}

/** The data of the home page. */
export interface HomeView {
  readonly situations: readonly SituationLink[];
  readonly cities: readonly BrowseTerm[];
  readonly topics: readonly BrowseTerm[];
  readonly newest: readonly Offer[];
}

/** The terms of one browse kind, or none if the catalog lacks that kind. */
function termsOf(catalog: Pick<Catalog, "browse">, key: BrowseKind["key"]): readonly BrowseTerm[] {
  return catalog.browse.find((kind) => kind.key === key)?.terms ?? [];
}

/** Builds the home page data from the catalog. */
export function homeView(catalog: Catalog, situations: readonly LifeSituation[] = configuredSituations): HomeView {
  const audienceCounts = new Map(termsOf(catalog, "audience").map((term) => [term.slug, term.offers.length]));
  return {
    situations: situations.map((situation) => ({
      title: situation.title,
      text: situation.text,
      url: termUrl(situation.audience, "audience"),
      count: audienceCounts.get(situation.audience) ?? 0,
    })),
    cities: termsOf(catalog, "city"),
    topics: termsOf(catalog, "topic"),
    newest: catalog.newest,
  };
}
