/** #9: the calendar file beside every offer page with upcoming dates, as the build writes it. */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteData } from "../config/site.js";
import type { Catalog } from "./catalog.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { isFoldedWithCrlf, parseCalendar } from "../testing/calendar.js";
import { filesBelow } from "../testing/files.js";
import { calendarFile } from "./links.js";
import { fixtureOffers } from "./__fixtures__/load.js";

let dist: string;
let catalog: Catalog;

beforeAll(async () => {
  ({ dist, catalog } = await buildFixtureSite(fixtureOffers));
});

afterAll(async () => {
  await rm(path.dirname(dist), { recursive: true, force: true });
});

describe("#9: calendar files of the offer pages", () => {
  it("writes one for exactly the offers with upcoming dates, linked from their pages", async () => {
    const written = (await filesBelow(dist))
      .filter((file) => file.endsWith(".ics"))
      .map((file) => `/${path.relative(dist, file)}`);
    const dated = catalog.offers.filter((offer) => offer.upcomingDates.length > 0);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated.length).toBeLessThan(catalog.offers.length);
    expect(written.sort()).toEqual(dated.map((offer) => calendarFile(offer.url)).sort());
    for (const offer of catalog.offers) {
      const html = await readFile(path.join(dist, offer.url, "index.html"), "utf8");
      expect(html.includes(`href="${calendarFile(offer.url)}" download="termine-${offer.slug}.ics"`), offer.id).toBe(
        offer.upcomingDates.length > 0,
      );
    }
  });

  // The fixtures hold a registration deadline, a past date, and a hostile title with commas and markup.
  it("every file parses with ical.js, is folded with CRLF, and its dates are the offer's", async () => {
    const { baseUrl } = siteData("/");
    let deadlines = 0;
    for (const offer of catalog.offers.filter((candidate) => candidate.upcomingDates.length > 0)) {
      const text = await readFile(path.join(dist, calendarFile(offer.url)), "utf8");
      expect(isFoldedWithCrlf(text), offer.id).toBe(true);
      const calendar = parseCalendar(text);
      expect(calendar.name).toBe(`Termine: ${offer.data.title}`);
      const expected = offer.upcomingDates.flatMap((date) => [
        ...(date.registration_until !== undefined && date.registration_until >= catalog.today
          ? [`${date.registration_until} Anmeldeschluss: ${offer.data.title}`]
          : []),
        `${date.start} Kursbeginn: ${offer.data.title}`,
      ]);
      expect(
        calendar.events.map((event) => `${event.date} ${event.summary}`),
        offer.id,
      ).toEqual(expected);
      deadlines += expected.filter((line) => line.includes("Anmeldeschluss")).length;
      expect(calendar.events.every((event) => event.allDay && event.stamp === `${catalog.today}T00:00:00Z`)).toBe(true);
      expect(new Set(calendar.events.map((event) => event.url))).toEqual(new Set([`${baseUrl}${offer.url.slice(1)}`]));
    }
    expect(deadlines).toBeGreaterThan(0);
  });
});
