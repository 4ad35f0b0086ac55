/**
 * The Atom feed of the newest offers (`/feed.xml`): entries with absolute
 * URLs and RFC 3339 timestamps, ready for the feed template to print.
 */
import type { Offer } from "../content/model.js";
import { absoluteUrl } from "./links.js";

/** One feed entry. */
export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly updated: string;
  readonly summary: string;
  readonly author: string;
}

/** The feed head and its entries. */
export interface Feed {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly selfUrl: string;
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

/** The site facts the feed needs. */
export interface FeedSite {
  readonly name: string;
  readonly baseUrl: string;
}

/**
 * An ISO date as an RFC 3339 timestamp at midnight UTC.
 * @example atomTimestamp("2026-11-01") // "2026-11-01T00:00:00Z"
 */
export function atomTimestamp(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/**
 * The feed for the given offers (already ordered newest first). Its `updated`
 * is the newest entry's, or `today` for an empty feed.
 */
export function atomFeed(offers: readonly Offer[], site: FeedSite, today: string): Feed {
  const entries = offers.map((offer) => ({
    id: absoluteUrl(offer.url, site.baseUrl),
    title: offer.data.title,
    url: absoluteUrl(offer.url, site.baseUrl),
    updated: atomTimestamp(offer.data.updated),
    summary: offer.data.summary,
    author: offer.provider.data.name,
  }));
  const newest = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), "");
  return {
    id: absoluteUrl("/", site.baseUrl),
    title: `${site.name}: neue Angebote`,
    url: absoluteUrl("/", site.baseUrl),
    selfUrl: absoluteUrl("/feed.xml", site.baseUrl),
    updated: newest === "" ? atomTimestamp(today) : newest,
    entries,
  };
}
