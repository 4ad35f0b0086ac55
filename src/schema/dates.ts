/**
 * Calendar dates as ISO strings (`2027-03-01`). ISO strings sort like dates,
 * so comparisons stay plain string comparisons and no time zone can shift a day.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for an ISO date that exists in the calendar.
 * @example isRealIsoDate("2027-02-29") // false
 */
export function isRealIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in Germany as an ISO string. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);
}

/**
 * Adds whole days to an ISO date.
 * @example addDays("2027-01-30", 3) // "2027-02-02"
 */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Adds calendar months to an ISO date, clamping to the month's last day.
 * @example addMonths("2027-01-31", 1) // "2027-02-28"
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const longFormat = new Intl.DateTimeFormat("de-DE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * German date formats.
 * @example formatDate("2027-03-01") // "1. März 2027"
 * @example formatDate("2027-03-01", "short") // "01.03.2027"
 * @example formatDate("2027-03-01", "month") // "März 2027"
 */
export function formatDate(iso: string, style: "long" | "short" | "month" = "long"): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const format = style === "long" ? longFormat : style === "short" ? shortFormat : monthFormat;
  return format.format(date);
}
