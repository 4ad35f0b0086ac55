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
      before: (offers: readonly SearchableOffer[]) => offers.filter((offer) => offer.upcomingDates.length > 0),
    },
    permalink: (data: { offer: SearchableOffer }) => calendarFile(data.offer.url),
    eleventyExcludeFromCollections: true,
  });
}
