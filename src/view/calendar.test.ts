import fc from "fast-check";
import { foldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { isFoldedWithCrlf, parseCalendar } from "../testing/calendar.js";
import { calendarEvents, calendarText, foldText, type CalendarSource } from "./calendar.js";

const context = { baseUrl: "https://weiterbildung.example.org/wegweiser/", today: "2026-11-27" };

const source: CalendarSource = {
  card: {
    id: "bildungswerk-beispiel/pflege",
    title: "Pflegebasiskurs für Quereinsteigerinnen; mit Praktikum, Prüfung und Zertifikat (Übergangsmodul)",
    url: "/angebote/bildungswerk-beispiel/pflege/",
    provider: "Bildungswerk Beispiel",
    places: "Wuppertal, Solingen",
  },
  dates: [
    { start: "2027-03-01", end: "2027-06-30", registration_until: "2027-02-15" },
    // A deadline already past on the build day: the start stays, the deadline is left out.
    { start: "2026-12-07", registration_until: "2026-11-20" },
  ],
};

describe("#9: calendar files", () => {
  it("writes one all-day event per start date and per deadline not yet past, with German summaries", () => {
    const { events } = parseCalendar(calendarText([source], context, "Termine"));
    expect(events.map((event) => [event.date, event.summary])).toEqual([
      ["2027-02-15", `Anmeldeschluss: ${source.card.title}`],
      ["2027-03-01", `Kursbeginn: ${source.card.title}`],
      ["2026-12-07", `Kursbeginn: ${source.card.title}`],
    ]);
    expect(events.every((event) => event.allDay)).toBe(true);
    expect(events.map((event) => event.url)).toEqual(
      Array(3).fill("https://weiterbildung.example.org/wegweiser/angebote/bildungswerk-beispiel/pflege/"),
    );
  });

  it("is valid RFC 5545 text: CRLF, lines folded at 75 octets, texts escaped, a time zone named", () => {
    const text = calendarText([source], context, "Termine");
    expect(isFoldedWithCrlf(text)).toBe(true);
    expect(text).toContain("X-WR-TIMEZONE:Europe/Berlin");
    expect(text.replace(/\r\n /g, "")).toContain("Quereinsteigerinnen\\; mit Praktikum\\, Prüfung");
  });

  it("gives stable UIDs and a DTSTAMP of the build day, so a rebuild writes the same bytes", () => {
    const text = calendarText([source], context, "Termine");
    expect(calendarText([source], context, "Termine")).toBe(text);
    const { events } = parseCalendar(text);
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
    expect(events[1]?.uid).toBe("beginn-2027-03-01-bildungswerk-beispiel-pflege@weiterbildung.example.org");
    expect(events.every((event) => event.stamp === "2026-11-27T00:00:00Z")).toBe(true);
  });

  it("writes each event on the date the offer gives", () => {
    // All-day dates come from UTC fields (see calendarText); a Date in local time would shift them.
    expect(calendarEvents(source, context).map((event) => event.date)).toEqual([
      "2027-02-15",
      "2027-03-01",
      "2026-12-07",
    ]);
    expect(calendarText([source], context, "Termine")).toContain("DTSTART;VALUE=DATE:20270301\r\n");
  });

  it("writes an empty calendar for offers without dates", () => {
    expect(parseCalendar(calendarText([{ ...source, dates: [] }], context, "Termine")).events).toEqual([]);
  });

  it("#12: folds lines to the same bytes as ical-generator's own folding", () => {
    const lines = fc.array(
      fc.oneof(
        fc.string({ unit: "binary", minLength: 20, maxLength: 300, size: "max" }),
        fc.string({ unit: "grapheme", minLength: 20, maxLength: 200, size: "max" }),
        fc.string({
          unit: fc.constantFrom("a", "ü", "€", "😀", "\ud83d", "\ude00", ";"),
          minLength: 20,
          maxLength: 120,
          size: "max",
        }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(lines, (parts) => {
        const text = parts.join("\r\n");
        expect(foldText(text)).toBe(foldLines(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("#12: writes the calendar's properties before its events", () => {
    const text = calendarText([source], context, "Termine");
    expect(text.indexOf("X-WR-TIMEZONE")).toBeLessThan(text.indexOf("BEGIN:VEVENT"));
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });
});
