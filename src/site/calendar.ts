/**
 * The offer pages' calendar files: `termine.ics` beside every offer page with
 * upcoming dates, written from the offer's entry in the compact offer list, as
 * the Merkzettel writes its calendar in the browser (src/view/calendar.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { compactOffer } from "../search/record.js";
import type { SearchableOffer } from "../search/model.js";
import { calendarText } from "../view/calendar.js";
import { calendarFile } from "./links.js";

/** True for offers with upcoming dates: only those get a calendar file. */
const hasCalendar = (offer: SearchableOffer): boolean => offer.upcomingDates.length > 0;

/**
 * The files an offer's pages are written to, relative to the site folder: its page and,
 * with upcoming dates, its calendar file.
 * @example offerFiles(offer) // ["angebote/a/b/index.html", "angebote/a/b/termine.ics"]
 */
export const offerFiles = (offer: SearchableOffer): string[] =>
  [`${offer.url}index.html`, ...(hasCalendar(offer) ? [calendarFile(offer.url)] : [])].map((url) => url.slice(1));

/**
 * The calendar of one offer's start dates and registration deadlines.
 * @example offerCalendar(offer, "https://example.org/", "2026-11-27") // "BEGIN:VCALENDAR\r\n…"
 */
export function offerCalendar(offer: SearchableOffer, baseUrl: string, today: string): string {
  return calendarText([compactOffer(offer)], { baseUrl, today }, `Termine: ${offer.data.title}`);
}

/** Registers the calendar files with Eleventy: one virtual page per offer with upcoming dates. */
export function calendarPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("offerCalendar", offerCalendar);
  eleventyConfig.addTemplate("termine.njk", "{{ offer | offerCalendar(site.baseUrl, catalog.today) | safe }}", {
    pagination: {
      data: "offerPages",
      size: 1,
      alias: "offer",
      before: (offers: readonly SearchableOffer[]) => offers.filter(hasCalendar),
    },
    permalink: (data: { offer: SearchableOffer }) => calendarFile(data.offer.url),
    eleventyExcludeFromCollections: true,
  });
}
