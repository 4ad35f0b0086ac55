/** Reading calendar files back with a real iCalendar parser (ical.js), for the calendar tests. */
import ICAL from "ical.js";

/** One event as ical.js reads it. */
export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  /** The all-day date, ISO. */
  readonly date: string;
  readonly allDay: boolean;
  readonly stamp: string;
  readonly url: string;
}

/**
 * Parses an .ics text; throws when it is no valid iCalendar.
 * @example parseCalendar(text).events[0].date // "2027-03-01"
 */
export function parseCalendar(text: string): { readonly name: string; readonly events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(calendar.getFirstPropertyValue("x-wr-calname") ?? ""),
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const stamp = component.getFirstPropertyValue("dtstamp");
      return {
        uid: event.uid,
        summary: event.summary,
        date: event.startDate.toString(),
        allDay: event.startDate.isDate,
        stamp: stamp instanceof ICAL.Time ? stamp.toString() : "",
        url: String(component.getFirstPropertyValue("url") ?? ""),
      };
    }),
  };
}

/** True when every line ends with CRLF and no line is longer than 75 octets (RFC 5545, 3.1). */
export function isFoldedWithCrlf(text: string): boolean {
  if (!text.endsWith("\r\n") || /[^\r]\n/.test(text)) return false;
  return text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75);
}
