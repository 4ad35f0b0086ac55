/**
 * The shapes the brochure shares between the build and the browser: the
 * brochure data file the build writes, the options a brochure URL carries and
 * where the print assets live. Imports nothing at run time, so the browser
 * bundle stays small.
 */
import type { FacetValue, SearchConfig, Selection } from "../search/model.js";

/** One offer of the brochure data file: what the plan groups by, and its entry, rendered once by the build. */
export interface BrochureOffer {
  readonly id: string;
  /** The entry's HTML id, the target of the index's page numbers, e.g. "angebot-3". */
  readonly anchor: string;
  readonly provider: string;
  readonly topics: readonly string[];
  readonly cities: readonly string[];
  readonly audiences: readonly string[];
  /** The offer's facet values, as the search matches them. */
  readonly filters: Selection;
}

/** A provider of the provider index; its entry (address, phone, website) is rendered by the build. */
export interface BrochureProvider {
  readonly slug: string;
  readonly name: string;
}

/** The brochure data file: offers in the catalog's order, with their entries' HTML alongside. */
export interface BrochureData {
  readonly offers: readonly BrochureOffer[];
  /** Entry HTML of `offers[i]`, escaped by the templates that rendered it. */
  readonly entries: readonly string[];
  /** Providers by name. */
  readonly providers: readonly BrochureProvider[];
  /** Index entry HTML of `providers[i]`. */
  readonly providerEntries: readonly string[];
  /** Chapter headings of each grouping, in vocabulary order. */
  readonly groupings: Readonly<Record<Grouping, readonly FacetValue[]>>;
  readonly audiences: readonly FacetValue[];
  /**
   * The brochure's stylesheets as text (paged.js takes styles as text, and `fetch` cannot read
   * files from file://): brochure.css, and the rules A5 and bleed add to it.
   */
  readonly stylesheet: { readonly base: string; readonly a5: string; readonly bleed: string };
}

/** How the chapters are formed: by topic (the default) or by city. */
export type Grouping = "thema" | "ort";

/** Paper size of the brochure. */
export type Paper = "a4" | "a5";

/** The brochure's layout options, as its URL carries them (besides the search state). */
export interface BrochureOptions {
  readonly grouping: Grouping;
  readonly paper: Paper;
  /** Print-shop output: 3 mm bleed and crop marks. */
  readonly bleed: boolean;
  /** An explicit list of offers (e.g. a Merkzettel) instead of a search; undefined for a search. */
  readonly ids: readonly string[] | undefined;
}

/** The print page's configuration, written into the page as JSON for the client. */
export interface BrochureConfig extends SearchConfig {
  /** Title of the whole directory, e.g. "Weiterbildung im Bergischen Städtedreieck". */
  readonly title: string;
}

/** Global name of the brochure data: the build's data script defines it, the client reads it. */
export const brochureGlobal = "__bbBrochure";

/** Where the build writes the brochure's assets, below the site root. */
export const printAssets = {
  data: "assets/print/broschuere-daten.js",
  brochureClient: "assets/js/broschuere.js",
  builderClient: "assets/js/broschuere-erstellen.js",
  printButton: "assets/js/drucken.js",
  pagedjs: "assets/print/paged.min.js",
  fonts: "assets/fonts",
  brochureStyles: "assets/css/brochure.css",
} as const;

/** The print page, below the site root; the builder previews it, the PDFs are printed from it. */
export const printPagePath = "broschuere/drucken/";

/** The builder page, below the site root. */
export const builderPagePath = "broschuere/erstellen/";
