/**
 * Finding offers for a search state, the way the search page does it, for
 * every page that needs the same answer (the search page, the brochure builder
 * and the print page): Pagefind over http(s), the offline list from `file://`
 * or when Pagefind fails, and broader queries when the words find nothing.
 */
import { searchAssets, type SearchConfig, type SearchState } from "../search/model.js";
import { relaxedQueries, type RelaxedQuery } from "../search/selection.js";
import { offlineEngine, pagefindEngine, type SearchEngine, type SearchOutcome } from "./engines.js";

/** One search and the engine that answered it. */
export interface Answer {
  readonly outcome: SearchOutcome;
  readonly kind: SearchEngine["kind"];
}

/** Searches a state; `withCounts` also counts per filter value. */
export type Search = (state: SearchState, withCounts: boolean) => Promise<Answer>;

/**
 * The site root from the running script's own URL, given where that script
 * lives below the root, so any deployment sub-path works. Call it while the
 * script is first run (`document.currentScript` is only set then).
 * @example siteRootOf("assets/js/search.js") // "https://example.org/weiterbildung/"
 */
export function siteRootOf(scriptPath: string): string {
  const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
  return scriptUrl.endsWith(scriptPath) ? scriptUrl.slice(0, -scriptPath.length) : new URL("../", location.href).href;
}

/** True on a page opened from the file system, where only the offline list works. */
export const fromFile = location.protocol === "file:";

/**
 * A link to an offer page that works where the page is; a folder URL shows no index.html from `file://`.
 * @example offerHref("/angebote/a/b/", siteRoot) // "https://example.org/angebote/a/b/"
 */
export const offerHref = (url: string, siteRoot: string): string =>
  new URL(`${url.replace(/^\/+/, "")}${fromFile ? "index.html" : ""}`, siteRoot).href;

/**
 * The site's search: Pagefind over http(s), the offline list from `file://`;
 * if Pagefind fails, it switches to the offline list for good.
 */
export function siteSearch(config: SearchConfig, siteRoot: string): Search {
  const offline = () =>
    offlineEngine(new URL(searchAssets.fallback, siteRoot).href, config, (url) => offerHref(url, siteRoot));
  let engine: Promise<SearchEngine> = fromFile
    ? offline()
    : pagefindEngine(new URL(searchAssets.pagefind, siteRoot).href, config);
  return async (state, withCounts) => {
    const attempt = async () => {
      const active = await engine;
      return { outcome: await active.search(state, withCounts), kind: active.kind };
    };
    try {
      return await attempt();
    } catch (error) {
      if ((await engine.catch(() => undefined))?.kind === "offline") throw error;
      engine = offline();
      return attempt();
    }
  };
}

/** What a search found, and the broader query it fell back to, if any. */
export interface Found extends Answer {
  /** The query whose results these are: the state's, or a broader one. */
  readonly shownQuery: string;
  readonly relaxed: RelaxedQuery | undefined;
}

/**
 * Searches a state. When its words find nothing at all (not when the filters
 * are the reason), tries broader queries and answers with the first that finds
 * something. Gives up (undefined) as soon as `current()` says a newer search started.
 */
export async function findOffers(
  search: Search,
  state: SearchState,
  withCounts: boolean,
  current: () => boolean = () => true,
): Promise<Found | undefined> {
  const first = await search(state, withCounts);
  const found: Found = { ...first, shownQuery: state.query, relaxed: undefined };
  if (first.outcome.total > 0 || state.query === "") return found;
  const wordsFindNothing = (await search({ ...state, selection: {} }, false)).outcome.total === 0;
  if (!wordsFindNothing) return found;
  for (const relaxed of relaxedQueries(state.query)) {
    const candidate = await search({ ...state, query: relaxed.query }, withCounts);
    if (!current()) return undefined;
    if (candidate.outcome.total > 0) return { ...candidate, kind: first.kind, shownQuery: relaxed.query, relaxed };
  }
  return found;
}
