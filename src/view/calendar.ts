/**
 * The calendar (.ics) of offers' start dates and registration deadlines, in one
 * place for the build (one file per offer page) and the browser (the Merkzettel's
 * file of all saved offers): both read the same compact offer data and write it
 * with ical-generator, so the two files cannot tell different dates.
 * Browser-safe: no Node imports.
 */
import { ICalCalendar } from "ical-generator";
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
  // Title and place have their own fields; every character costs at build time (ical-generator folds char by char).
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

/**
 * The calendar of some offers as RFC 5545 text (CRLF, lines folded at 75 octets, texts escaped).
 * DTSTAMP is the build day, so the same build writes the same bytes.
 * @example calendarText([source], context, "Termine: Staplerschein")
 */
export function calendarText(sources: readonly CalendarSource[], context: CalendarContext, name: string): string {
  // No calendar time zone: ical-generator would then write all-day dates from the machine's local clock.
  const calendar = new ICalCalendar({
    name,
    prodId: { company: "Bildungsbruecke", product: "Weiterbildungs-Wegweiser", language: "DE" },
    x: [["X-WR-TIMEZONE", calendarTimeZone]],
  });
  for (const source of sources) {
    for (const event of calendarEvents(source, context)) {
      calendar.createEvent({
        id: event.uid,
        allDay: true,
        start: utcDay(event.date),
        stamp: utcDay(context.today),
        summary: event.summary,
        description: event.description,
        location: event.location,
        url: event.url,
      });
    }
  }
  // ical-generator ends the last line without the CRLF RFC 5545 asks of every line.
  return `${calendar.toString()}\r\n`;
}
