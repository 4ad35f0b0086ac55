/**
 * The two ways the search page finds offers. Both answer the same question
 * (state → total, counts per filter value, cards) with the same filter meaning
 * (src/search/selection.ts) and read the query the same way (src/search/query.ts):
 * stop words out, compounds split and typos corrected against the offers' own
 * words, and when no offer has every word, the offers with the most of them.
 * - Pagefind, over http(s): stemmed full-text search, loads only the index
 *   chunks a query needs.
 * - The offline list, from `file://` or when Pagefind fails: the build's
 *   compact offer list, loaded with a classic script tag, matched here.
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
  choose,
  Lexicon,
  narrowSplits,
  planQuery,
  wordListGlobal,
  wordScore,
  wholeWordUpTo,
  type PlannedWord,
  type QueryPlan,
  type WordList,
} from "../search/query.js";
import {
  activeFacets,
  countFacets,
  foldText,
  matchesSelection,
  toPagefindFilters,
  type FacetCounts,
} from "../search/selection.js";
import { effectiveSort } from "../search/url-state.js";
import { scriptGlobal } from "./script-global.js";

/** One answer: how many offers match, the panel's counts (if asked for), and the cards on demand. */
export interface SearchOutcome {
  readonly total: number;
  readonly counts: FacetCounts | undefined;
  /** Cards of results `start` to `end` (exclusive), in result order. */
  cards(start: number, end: number): Promise<ResultCard[]>;
  /** How the query was read; undefined without words. */
  readonly plan: QueryPlan | undefined;
  /** The words the results match, and the words searched: fewer matched means no offer has them all. */
  readonly matched: number;
  readonly searched: number;
}

/** A way of searching. */
export interface SearchEngine {
  /** "offline": the plain list, whose text match has no stemming; the page says so. */
  readonly kind: "pagefind" | "offline";
  /** `withCounts`: also count per filter value (Pagefind then loads the whole filter index). */
  search(state: SearchState, withCounts: boolean): Promise<SearchOutcome>;
}

/** Where the search page's data lives, as absolute URLs. */
export interface SearchSources {
  readonly pagefind: string;
  readonly offers: string;
  readonly words: string;
}

// The slice of Pagefind's browser API used here (pagefind.js ships no types).
interface PagefindResult {
  readonly id: string;
  readonly score: number;
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

/** The offers' vocabulary, loaded once per page. */
let lexicon: Promise<Lexicon> | undefined;
const loadLexicon = (url: string) =>
  (lexicon ??= scriptGlobal<WordList>(url, wordListGlobal).then((list) => new Lexicon(list)));

const sortKeyOf = (config: SearchConfig, state: SearchState) =>
  config.sorts.find((order) => order.value === effectiveSort(state))?.key;

/**
 * The groups of words to try, most words first: every way of leaving out
 * none, one, two … of them. Within one size, two groups together hold more
 * words than the size, so an offer matching both would have matched a larger
 * group: the offers found for the groups of one size never overlap.
 */
function* wordGroups(words: readonly PlannedWord[]): Generator<PlannedWord[][]> {
  for (let size = words.length; size >= 1; size--) {
    yield choose(words.length, size).map((indexes) => indexes.flatMap((index) => words[index] ?? []));
  }
}

const searchable = (plan: QueryPlan | undefined) => plan?.words.filter((word) => word.search.length > 0) ?? [];

/** The plan as searched: if a split word's parts find nothing together, its main part alone. */
async function withNarrowedSplits<T extends { readonly matched: number }>(
  plan: QueryPlan | undefined,
  attempt: (plan: QueryPlan | undefined) => Promise<T>,
): Promise<T & { readonly plan: QueryPlan | undefined }> {
  const first = await attempt(plan);
  if (first.matched > 0 || plan === undefined || !plan.words.some((word) => word.mainPart !== undefined)) {
    return { ...first, plan };
  }
  const narrowed = narrowSplits(plan);
  return { ...(await attempt(narrowed)), plan: narrowed };
}

const emptyCards = async (): Promise<ResultCard[]> => [];

/** Loads Pagefind and the word list from the site; rejects when it cannot (no http, missing files). */
export async function pagefindEngine(sources: SearchSources, config: SearchConfig): Promise<SearchEngine> {
  const [pagefind, words] = await Promise.all([
    import(sources.pagefind) as Promise<Pagefind>,
    loadLexicon(sources.words),
  ]);
  // Main thread, no worker: one script less to download, and starting up is two to three times faster;
  // a search over the offer index takes milliseconds, so the page never waits on it.
  // The index version as cache tag: without one, Pagefind asks for its entry file anew on every page load.
  await pagefind.options({
    noWorker: true,
    metaCacheTag: config.metaCacheTag,
    ranking: { metaWeights: config.metaWeights },
  });
  await pagefind.init();
  // Searches report counts only for filter chunks already loaded, so counting needs all of them.
  // They are the largest download of a first visit; a phone with the panel closed never needs them.
  let allFilters: Promise<unknown> | undefined;
  // The order of every offer by a sort key, to merge the results of several word groups.
  const orders = new Map<string, Promise<Map<string, number>>>();
  const orderBy = (key: string) => {
    let order = orders.get(key);
    if (order === undefined) {
      order = pagefind
        .search(null, { sort: { [key]: "asc" } })
        .then((response) => new Map(response.results.map((result, index) => [result.id, index])));
      orders.set(key, order);
    }
    return order;
  };

  return {
    kind: "pagefind",
    async search(state, withCounts) {
      if (withCounts) await (allFilters ??= pagefind.filters());
      const key = sortKeyOf(config, state);
      const sort: PagefindOptions["sort"] = key === undefined ? {} : { [key]: "asc" };
      const active = activeFacets(state.selection);
      const plan = state.query === "" ? undefined : planQuery(state.query, words);
      const searched = searchable(plan).length;
      if (plan !== undefined && searched === 0) {
        return { total: 0, counts: undefined, cards: emptyCards, plan, matched: 0, searched: 0 };
      }

      const search = (term: string | null) =>
        pagefind.search(term, { filters: toPagefindFilters(state.selection), sort });
      const termOf = (group: readonly PlannedWord[]) => {
        const terms = [...new Set(group.flatMap((word) => word.search))];
        // Pagefind matches word starts; a lone short term in quotes is matched as a whole word.
        return terms.length === 1 && (terms[0] ?? "").length <= wholeWordUpTo ? `"${terms[0]}"` : terms.join(" ");
      };
      const attempt = async (planned: QueryPlan | undefined): Promise<Found> => {
        const planWords = searchable(planned);
        if (planWords.length === 0) {
          const main = await search(null);
          return { matched: 0, parts: [{ term: null, answer: main, sign: 1 }], results: main.results };
        }
        const allTerm = termOf(planWords);
        const all = await search(allTerm);
        if (all.results.length > 0) {
          if (planWords.length === 1 || key !== undefined) {
            return {
              matched: planWords.length,
              parts: [{ term: allTerm, answer: all, sign: 1 }],
              results: all.results,
            };
          }
          // Offers with every word first, then those missing one word. Any two groups that each
          // leave out one word hold every word together, so they share exactly the offers with
          // all words: the counts of the groups, less the surplus of those offers, are exact.
          const groups = choose(planWords.length, planWords.length - 1).map((indexes) =>
            termOf(indexes.flatMap((index) => planWords[index] ?? [])),
          );
          const answers = await Promise.all(groups.map(search));
          const first = new Set(all.results.map((result) => result.id));
          const rest = new Map<string, PagefindResult>();
          for (const result of answers.flatMap((answer) => answer.results)) {
            if (!first.has(result.id) && !rest.has(result.id)) rest.set(result.id, result);
          }
          return {
            matched: planWords.length,
            parts: [
              ...answers.map((answer, index) => ({ term: groups[index] ?? null, answer, sign: 1 })),
              { term: allTerm, answer: all, sign: 1 - groups.length },
            ],
            results: [...all.results, ...[...rest.values()].sort((a, b) => b.score - a.score)],
          };
        }
        for (const groups of wordGroups(planWords)) {
          if ((groups[0]?.length ?? 0) === planWords.length) continue;
          const terms = groups.map(termOf);
          const answers = await Promise.all(terms.map(search));
          const found = answers.flatMap((answer, index) =>
            answer.results.length > 0 ? [{ term: terms[index] ?? null, answer, sign: 1 }] : [],
          );
          if (found.length > 0) {
            const order = key === undefined ? undefined : await orderBy(key);
            return {
              matched: groups[0]?.length ?? 0,
              parts: found,
              results: mergeResults(
                found.map((part) => part.answer),
                order,
              ),
            };
          }
        }
        return { matched: 0, parts: [], results: [] };
      };
      const best = await withNarrowedSplits(plan, attempt);

      // Pagefind counts each value as if it were added to the current filters;
      // for a facet with a choice, its values are alternatives, so count without that facet.
      const counts = withCounts
        ? await Promise.all(
            best.parts.map(async ({ term, answer, sign }) => {
              const without = await Promise.all(
                active.map((facet) => pagefind.search(term, { filters: toPagefindFilters(state.selection, facet) })),
              );
              return { counts: panelCounts(config, answer.filters, active, without), sign };
            }),
          ).then(sumCounts)
        : undefined;

      const results = best.results;
      return {
        total: results.length,
        counts,
        cards: async (start, end) =>
          Promise.all(
            results.slice(start, end).map(async (result) => {
              const { url, meta } = await result.data();
              return cardFromMeta(meta, url);
            }),
          ),
        plan: best.plan,
        matched: best.matched,
        searched,
      };
    },
  };
}

/** What a query found: the searches whose counts make up the panel's (each added `sign` times), and the results. */
interface Found {
  readonly matched: number;
  readonly parts: readonly { readonly term: string | null; readonly answer: PagefindResponse; readonly sign: number }[];
  readonly results: readonly PagefindResult[];
}

/** One result list from the answers of several word groups: by relevance, or by the sort key's order. */
function mergeResults(answers: readonly PagefindResponse[], order: Map<string, number> | undefined): PagefindResult[] {
  if (answers.length === 1) return answers[0]?.results ?? [];
  const all = answers.flatMap((answer) => answer.results);
  return order === undefined
    ? all.sort((a, b) => b.score - a.score)
    : all.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Counts from a search, except for chosen facets: those come from the searches without them. */
function panelCounts(
  config: SearchConfig,
  filters: Record<string, Record<string, number>>,
  active: readonly FacetKey[],
  without: readonly PagefindResponse[],
): FacetCounts {
  const counts: FacetCounts = Object.fromEntries(config.facets.map((facet) => [facet.key, filters[facet.key] ?? {}]));
  active.forEach((facet, index) => (counts[facet] = without[index]?.filters[facet] ?? {}));
  return counts;
}

function sumCounts(parts: readonly { readonly counts: FacetCounts; readonly sign: number }[]): FacetCounts {
  const sum: FacetCounts = {};
  for (const { counts, sign } of parts) {
    for (const [facet, values] of Object.entries(counts) as [FacetKey, Record<string, number>][]) {
      const bucket = (sum[facet] ??= {});
      for (const [slug, count] of Object.entries(values)) bucket[slug] = (bucket[slug] ?? 0) + sign * count;
    }
  }
  return sum;
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
  summary: meta.summary ?? "",
});

/** How much a word counts in each field of the offline list, the title most, as in the index. */
const offlineWeights = { title: 8, summary: 3, topics: 3, words: 2, provider: 1, places: 1 } as const;

/**
 * Loads the offline list and the word list with classic script tags.
 * `offerHref` turns the list's root-relative offer URLs into links that work where the page is.
 */
export async function offlineEngine(
  sources: SearchSources,
  config: SearchConfig,
  offerHref: (url: string) => string,
): Promise<SearchEngine> {
  const [list, words] = await Promise.all([
    scriptGlobal<CompactOffer[]>(sources.offers, fallbackGlobal),
    loadLexicon(sources.words),
  ]);
  // Folded once here, not on every keystroke.
  const offers = list.map((offer) => ({
    offer,
    fields: [
      [foldText(offer.card.title), offlineWeights.title],
      [foldText(offer.card.summary), offlineWeights.summary],
      [foldText(offer.topics), offlineWeights.topics],
      [foldText(offer.words), offlineWeights.words],
      [foldText(offer.card.provider), offlineWeights.provider],
      [foldText(offer.card.places), offlineWeights.places],
    ] as const,
  }));

  return {
    kind: "offline",
    async search(state) {
      const plan = state.query === "" ? undefined : planQuery(state.query, words);
      const searched = searchable(plan).length;
      const attempt = async (planned: QueryPlan | undefined) => {
        const planWords = searchable(planned);
        const scored = offers.map(({ offer, fields }) => {
          const scores = planWords.map((word) => wordScore(word, fields));
          return {
            offer,
            matched: scores.filter((score) => score > 0).length,
            score: scores.reduce((sum, score) => sum + score, 0),
          };
        });
        const matched = Math.max(
          0,
          ...scored
            .filter((entry) => matchesSelection(entry.offer.filters, state.selection))
            .map((entry) => entry.matched),
        );
        // As with Pagefind: when some offer has every word, those missing one word follow (relevance order only).
        const least = matched === planWords.length && matched > 1 && key === undefined ? matched - 1 : matched;
        return { matched, least, scored };
      };
      const key = sortKeyOf(config, state);
      const best = await withNarrowedSplits(plan, attempt);
      const hits =
        plan !== undefined && best.matched === 0 ? [] : best.scored.filter((entry) => entry.matched >= best.least);
      // Counting the list costs one pass over it, so the offline list always counts.
      const counts = countFacets(hits, (entry) => entry.offer.filters, state.selection, config.facets);
      const matching = hits
        .filter((entry) => matchesSelection(entry.offer.filters, state.selection))
        .sort((a, b) => {
          if (key === undefined) {
            return b.matched - a.matched || b.score - a.score || a.offer.sort.start.localeCompare(b.offer.sort.start);
          }
          const [x, y] = [a.offer.sort[key], b.offer.sort[key]];
          return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        });
      return {
        total: matching.length,
        counts,
        cards: async (start, end) =>
          matching.slice(start, end).map(({ offer }) => ({ ...offer.card, url: offerHref(offer.card.url) })),
        plan: best.plan,
        matched: best.matched,
        searched,
      };
    },
  };
}
