/**
 * The shapes the Merkzettel shares between the build and the browser: where its
 * scripts live, the page's configuration, and the shared link's fragment.
 * Imports nothing at run time, so the browser bundles stay small.
 */
import type { CalendarContext } from "./calendar.js";

/** Where the build writes the Merkzettel's scripts and page, below the site root. */
export const merkzettelAssets = {
  /** Every page: the "Merken" toggles, the corner link, the notice. */
  toggles: "assets/js/merken.js",
  /** The Merkzettel page. */
  page: "assets/js/merkzettel.js",
  pagePath: "merkzettel/",
} as const;

/** The Merkzettel page's configuration, written into the page as JSON: the calendar's site URL and build day. */
export type MerkzettelConfig = CalendarContext;

/** The shared link's fragment parameter: `#angebote=id,id`. */
export const shareParam = "angebote";

/**
 * The fragment of a shared Merkzettel.
 * @example shareFragment(["a/kurs", "b/beratung"]) // "#angebote=a/kurs,b/beratung"
 */
export const shareFragment = (ids: readonly string[]): string => `#${shareParam}=${ids.join(",")}`;

/**
 * True for an offer id as the site makes them: `<provider>/<offer>`, lower-case slugs.
 * Stored and shared ids are anyone's input; only these are used.
 */
export const isOfferId = (value: unknown): value is string =>
  typeof value === "string" && /^[a-z0-9-]{1,100}\/[a-z0-9-]{1,100}$/.test(value);

/**
 * The offer ids of a shared link's fragment, well-formed ones only; undefined when the fragment shares none.
 * @example sharedIds("#angebote=a/kurs,b/beratung") // ["a/kurs", "b/beratung"]
 */
export function sharedIds(fragment: string): string[] | undefined {
  const value = new URLSearchParams(fragment.replace(/^#/, "")).get(shareParam);
  if (value === null) return undefined;
  return [...new Set(value.split(",").map((id) => id.trim()))].filter(isOfferId);
}
