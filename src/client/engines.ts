/**
 * The two ways the search page finds offers. Both answer the same question
 * (state → total, counts per filter value, cards) with the same filter meaning
 * from src/search/selection.ts:
 * - Pagefind, over http(s): stemmed full-text search, loads only the index
 *   chunks a query needs.
 * - The offline list, from `file://` or when Pagefind fails: the build's
 *   compact offer list, loaded with a classic script tag, filtered here with a
 *   plain text match.
 */
import {
  fallbackGlobal,
  type CompactOffer,
  type FacetKey,
  type ResultCard,
  type SearchConfig,
  type SearchState,
} from "../search/model.js";
import {
  activeFacets,
  countFacets,
  foldText,
  matchesSelection,
  queryWords,
  textScore,
  toPagefindFilters,
  type FacetCounts,
} from "../search/selection.js";
import { effectiveSort } from "../search/url-state.js";

/** One answer: how many offers match, the panel's counts (if asked for), and the cards on demand. */
export interface SearchOutcome {
  readonly total: number;
  readonly counts: FacetCounts | undefined;
  /** Cards of results `start` to `end` (exclusive), in result order. */
  cards(start: number, end: number): Promise<ResultCard[]>;
}

/** A way of searching. */
export interface SearchEngine {
  /** "offline": the plain list, whose text match has no stemming; the page says so. */
  readonly kind: "pagefind" | "offline";
  /** `withCounts`: also count per filter value (Pagefind then loads the whole filter index). */
  search(state: SearchState, withCounts: boolean): Promise<SearchOutcome>;
}

// The slice of Pagefind's browser API used here (pagefind.js ships no types).
interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, "asc" | "desc">;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: PagefindOptions): Promise<PagefindResponse>;
}

const sortKeyOf = (config: SearchConfig, state: SearchState) =>
  config.sorts.find((order) => order.value === effectiveSort(state))?.key;

/** Loads Pagefind from the site's bundle; rejects when it cannot (no http, missing files). */
export async function pagefindEngine(bundleUrl: string, config: SearchConfig): Promise<SearchEngine> {
  const pagefind = (await import(bundleUrl)) as Pagefind;
  // Main thread, no worker: one script less to download, and starting up is two to three times faster;
  // a search over the offer index takes milliseconds, so the page never waits on it.
  await pagefind.options({ noWorker: true, ranking: { metaWeights: config.metaWeights } });
  await pagefind.init();
  // Searches report counts only for filter chunks already loaded, so counting needs all of them.
  // They are the largest download of a first visit; a phone with the panel closed never needs them.
  let allFilters: Promise<unknown> | undefined;

  return {
    kind: "pagefind",
    async search(state, withCounts) {
      if (withCounts) await (allFilters ??= pagefind.filters());
      const term = state.query === "" ? null : state.query;
      const key = sortKeyOf(config, state);
      const sort: PagefindOptions["sort"] = key === undefined ? {} : { [key]: "asc" };
      const active = activeFacets(state.selection);
      // Pagefind counts each value as if it were added to the current filters;
      // for a facet with a choice, its values are alternatives, so count without that facet.
      const [main, ...without] = await Promise.all([
        pagefind.search(term, { filters: toPagefindFilters(state.selection), sort }),
        ...(withCounts ? active : []).map((facet) =>
          pagefind.search(term, { filters: toPagefindFilters(state.selection, facet) }),
        ),
      ]);
      if (main === undefined) throw new Error("Pagefind gave no answer");
      return {
        total: main.results.length,
        counts: withCounts ? panelCounts(config, main, active, without) : undefined,
        cards: async (start, end) =>
          Promise.all(
            main.results.slice(start, end).map(async (result) => {
              const { url, meta } = await result.data();
              return cardFromMeta(meta, url);
            }),
          ),
      };
    },
  };
}

/** Counts from the main search, except for chosen facets: those come from the search without them. */
function panelCounts(
  config: SearchConfig,
  main: PagefindResponse,
  active: readonly FacetKey[],
  without: readonly PagefindResponse[],
): FacetCounts {
  const counts: FacetCounts = Object.fromEntries(
    config.facets.map((facet) => [facet.key, main.filters[facet.key] ?? {}]),
  );
  active.forEach((facet, index) => (counts[facet] = without[index]?.filters[facet] ?? {}));
  return counts;
}

const cardFromMeta = (meta: Record<string, string>, url: string): ResultCard => ({
  id: meta.id ?? "",
  title: meta.title ?? "",
  url,
  provider: meta.provider ?? "",
  places: meta.places ?? "",
  start: meta.start ?? "",
  schedule: meta.schedule ?? "",
  costs: meta.costs ?? "",
  funding: meta.funding ?? "",
  summary: meta.summary ?? "",
});

const globals = window as unknown as Record<string, CompactOffer[] | undefined>;

/**
 * Loads the offline list with a classic script tag: that works from `file://`, `fetch` does not.
 * `offerHref` turns the list's root-relative offer URLs into links that work where the page is.
 */
export async function offlineEngine(
  listUrl: string,
  config: SearchConfig,
  offerHref: (url: string) => string,
): Promise<SearchEngine> {
  if (globals[fallbackGlobal] === undefined) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = listUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${listUrl} konnte nicht geladen werden`));
      document.head.append(script);
    });
  }
  // Folded once here, not on every keystroke: the text match looks at these fields, the title first.
  const offers = (globals[fallbackGlobal] ?? []).map((offer) => ({
    offer,
    text: [offer.card.title, offer.card.summary, offer.topics, offer.card.provider, offer.card.places].map(foldText),
  }));

  return {
    kind: "offline",
    async search(state) {
      const words = queryWords(state.query);
      // Counting the list costs one pass over it, so the offline list always counts.
      const scored = offers
        .map(({ offer, text }) => ({ offer, score: textScore(words, text) }))
        .filter((entry) => entry.score > 0);
      const counts = countFacets(scored, (entry) => entry.offer.filters, state.selection, config.facets);
      const key = sortKeyOf(config, state);
      const matching = scored
        .filter((entry) => matchesSelection(entry.offer.filters, state.selection))
        .sort((a, b) => {
          if (key === undefined) return b.score - a.score || a.offer.sort.start.localeCompare(b.offer.sort.start);
          const [x, y] = [a.offer.sort[key], b.offer.sort[key]];
          return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        });
      return {
        total: matching.length,
        counts,
        cards: async (start, end) =>
          matching.slice(start, end).map(({ offer }) => ({ ...offer.card, url: offerHref(offer.card.url) })),
      };
    },
  };
}
