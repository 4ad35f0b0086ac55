/**
 * The calendar (.ics) of offers' start dates and registration deadlines, in one
 * place for the build (one file per offer page) and the browser (the Merkzettel's
 * file of all saved offers): both read the same compact offer data and write it
 * with ical-generator, so the two files cannot tell different dates.
 * Browser-safe: no Node imports.
 */
import { ICalCalendar, ICalEvent } from "ical-generator";
import type { OfferCardParams } from "./offer-card.js";

/** One course date as the compact offer list carries it (ISO dates). */
export interface CalendarDate {
  readonly start: string;
  readonly end?: string;
  readonly registration_until?: string;
}

/** What a calendar needs to know of one offer: its card texts and its upcoming dates (an entry of the compact offer list). */
export interface CalendarSource {
  /** The card's texts; `url` is the root-relative offer page, e.g. "/angebote/traeger/kurs/". */
  readonly card: Pick<OfferCardParams, "id" | "title" | "url" | "provider" | "places">;
  readonly dates: readonly CalendarDate[];
}

/** Where and when a calendar is written: the site's public URL and the build day (its DTSTAMP). */
export interface CalendarContext {
  readonly baseUrl: string;
  readonly today: string;
}

/** One all-day event of the calendar. */
export interface CalendarEvent {
  readonly uid: string;
  readonly kind: "beginn" | "anmeldeschluss";
  /** ISO date of the day. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  readonly url: string;
}

/** The time zone the dates are meant in; all-day dates themselves carry none. */
export const calendarTimeZone = "Europe/Berlin";

/**
 * The events of one offer: a start event per date, and a deadline event per
 * registration deadline not yet past on the build day.
 * @example calendarEvents(source, context)[0].summary // "Kursbeginn: Staplerschein"
 */
export function calendarEvents(source: CalendarSource, context: CalendarContext): CalendarEvent[] {
  const { card } = source;
  const base = new URL(context.baseUrl.endsWith("/") ? context.baseUrl : `${context.baseUrl}/`);
  const url = new URL(card.url.replace(/^\/+/, ""), base).href;
  const uid = (kind: CalendarEvent["kind"], date: string) =>
    `${kind}-${date}-${card.id.replace("/", "-")}@${base.host}`;
  // Title and place have their own fields, not repeated in the description.
  const description = `Ein Angebot von ${card.provider}. Alle Angaben: ${url}`;
  return source.dates.flatMap((date) => {
    const until = date.registration_until;
    const deadline: CalendarEvent[] =
      until !== undefined && until >= context.today
        ? [
            {
              uid: uid("anmeldeschluss", until),
              kind: "anmeldeschluss",
              date: until,
              summary: `Anmeldeschluss: ${card.title}`,
              description,
              location: card.places,
              url,
            },
          ]
        : [];
    return [
      ...deadline,
      {
        uid: uid("beginn", date.start),
        kind: "beginn",
        date: date.start,
        summary: `Kursbeginn: ${card.title}`,
        description,
        location: card.places,
        url,
      },
    ];
  });
}

/** Midnight UTC of an ISO date: ical-generator writes an all-day date from its UTC fields when no zone is set. */
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** UTF-8 octets of one UTF-16 code unit; a lone surrogate is written as U+FFFD (3 octets). */
const unitOctets = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/**
 * Folds one content line as ical-generator's `foldLines` does (the same bytes: a break
 * before the character that would take the line past 74 octets, a high surrogate kept
 * with the unit after it), counting octets from the character codes instead of running
 * a `TextEncoder` per character, which made the library's folding most of a build's
 * calendar time.
 * @example foldLine("DESCRIPTION:" + "x".repeat(70)) // "DESCRIPTION:" + "x".repeat(62) + "\r\n " + "x".repeat(8)
 */
export function foldLine(line: string): string {
  // 24 code units are at most 72 octets.
  if (line.length <= 24) return line;
  let folded = "";
  let from = 0;
  let octets = 0;
  for (let at = 0; at < line.length; at++) {
    const start = at;
    const code = line.charCodeAt(at);
    let size = unitOctets(code);
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < line.length) {
      const next = line.charCodeAt(++at);
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + unitOctets(next);
    }
    octets += size;
    if (octets > 74) {
      folded += `${line.slice(from, start)}\r\n `;
      from = start;
      octets = size;
    }
  }
  return folded + line.slice(from);
}

/** Folds every CRLF-separated line of `text` (see `foldLine`). */
export const foldText = (text: string): string => text.split("\r\n").map(foldLine).join("\r\n");

const calendarEnd = "END:VCALENDAR";

/**
 * The calendar of some offers as RFC 5545 text (CRLF, lines folded at 75 octets, texts escaped).
 * DTSTAMP is the build day, so the same build writes the same bytes. ical-generator writes
 * every property; the calendar's own lines come from an `ICalCalendar` without events, and
 * each event's lines from its `ICalEvent`, folded by `foldText`, before the calendar's end
 * (so the calendar properties precede the events, as RFC 5545 orders them).
 * @example calendarText([source], context, "Termine: Staplerschein")
 */
export function calendarText(sources: readonly CalendarSource[], context: CalendarContext, name: string): string {
  // No calendar time zone: ical-generator would then write all-day dates from the machine's local clock.
  const calendar = new ICalCalendar({
    name,
    prodId: { company: "Bildungsbruecke", product: "Weiterbildungs-Wegweiser", language: "DE" },
    x: [["X-WR-TIMEZONE", calendarTimeZone]],
  });
  const head = calendar.toString();
  if (!head.endsWith(calendarEnd)) throw new Error(`ical-generator: a calendar ends with ${calendarEnd}`);
  const events = sources.flatMap((source) =>
    calendarEvents(source, context).map((event) =>
      new ICalEvent(
        {
          id: event.uid,
          allDay: true,
          start: utcDay(event.date),
          stamp: utcDay(context.today),
          summary: event.summary,
          description: event.description,
          location: event.location,
          url: event.url,
        },
        calendar,
      ).toString(),
    ),
  );
  // ical-generator ends the last line without the CRLF RFC 5545 asks of every line.
  return `${head.slice(0, -calendarEnd.length)}${foldText(events.join(""))}${calendarEnd}\r\n`;
}
