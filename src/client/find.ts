/**
 * Finding offers for a search state, the way the search page does it, for
 * every page that needs the same answer (the search page, the brochure builder
 * and the print page): Pagefind over http(s), the offline list from `file://`
 * or when Pagefind fails. Both read the query the same way (src/search/query.ts).
 */
import { searchAssets, type SearchConfig, type SearchState } from "../search/model.js";
import { offlineEngine, pagefindEngine, type SearchEngine, type SearchOutcome, type SearchSources } from "./engines.js";

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
 * A link to a page of the site (an offer, the builder, the print page) that works where the
 * page is; a folder URL shows no index.html from `file://`.
 * @example pageHref("/angebote/a/b/", siteRoot) // "https://example.org/angebote/a/b/"
 */
export const pageHref = (url: string, siteRoot: string): string =>
  new URL(`${url.replace(/^\/+/, "")}${fromFile ? "index.html" : ""}`, siteRoot).href;

/**
 * The site's search: Pagefind over http(s), the offline list from `file://` and
 * without a connection (the service worker keeps the list, but only the index
 * chunks and result fragments of searches made before); if Pagefind fails, it
 * switches to the offline list for good.
 */
export function siteSearch(config: SearchConfig, siteRoot: string): Search {
  const sources: SearchSources = {
    pagefind: new URL(searchAssets.pagefind, siteRoot).href,
    offers: new URL(searchAssets.fallback, siteRoot).href,
    words: new URL(searchAssets.words, siteRoot).href,
  };
  const offline = () => offlineEngine(sources, config, (url) => pageHref(url, siteRoot));
  let engine: Promise<SearchEngine> = fromFile || !navigator.onLine ? offline() : pagefindEngine(sources, config);
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
