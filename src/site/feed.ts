/**
 * The Atom feed of the newest offers (`/feed.xml`): entries with absolute
 * URLs and RFC 3339 timestamps, and the feed's XML text, escaped so that it is
 * well-formed whatever the offers contain.
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

/** The site texts of the feed head. */
export interface FeedHead {
  readonly tagline: string;
  readonly network: { readonly name: string };
}

/**
 * Text as XML character data or attribute value: markup characters escaped,
 * characters XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, lone surrogates)
 * replaced by U+FFFD. The validator refuses such characters; this keeps the
 * feed well-formed even so.
 * @example xmlText("A & <B>") // "A &amp; &lt;B&gt;"
 */
export function xmlText(text: string): string {
  return text
    .replace(
      /[&<>"']/g,
      (character) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[character] ?? ""};`,
    )
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD");
}

/** The feed as Atom XML. */
export function feedXml(feed: Feed, head: FeedHead): string {
  const entries = feed.entries.map(
    (entry) => `
  <entry>
    <id>${xmlText(entry.id)}</id>
    <title>${xmlText(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>
    <updated>${xmlText(entry.updated)}</updated>
    <author><name>${xmlText(entry.author)}</name></author>
    <summary>${xmlText(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>${xmlText(feed.id)}</id>
  <title>${xmlText(feed.title)}</title>
  <subtitle>${xmlText(head.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="${xmlText(feed.url)}"/>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
  <updated>${xmlText(feed.updated)}</updated>
  <author><name>${xmlText(head.network.name)}</name></author>${entries.join("")}
</feed>
`;
}

/** One `<url>` of the sitemap: the page, and for an offer page the day the offer was last updated. */
export interface SitemapEntry {
  readonly url: string;
  readonly lastmod?: string;
}

/**
 * The sitemap's pages, sorted by URL: the site's pages from Eleventy's collection (offer pages
 * stay out of it, the build may write them in parts) and every offer page from the catalog.
 * @example sitemapEntries([{ url: "/" }], [offer]) // [{ url: "/" }, { url: "/angebote/…/", lastmod: "2026-11-20" }]
 */
export function sitemapEntries(
  pages: readonly { readonly url: string | false }[],
  offers: readonly Pick<Offer, "url" | "data">[],
): SitemapEntry[] {
  const entries: SitemapEntry[] = [
    ...pages.flatMap((page) => (typeof page.url === "string" ? [{ url: page.url }] : [])),
    ...offers.map((offer) => ({ url: offer.url, lastmod: offer.data.updated })),
  ];
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
