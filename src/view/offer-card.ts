/**
 * The short form of an offer shown on cards (home, browse pages, provider
 * pages). Computed here so the card template only prints, and so the search
 * can show its results with the same wording.
 */
import { cities, schedules } from "../config/vocabularies.js";
import { formatDate } from "../schema/dates.js";
import type { Offer } from "../content/model.js";
import { costStatement, costsText } from "./costs.js";

/** Parameters of the `appOfferCard` component. */
export interface OfferCardParams {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly provider: string;
  /** City labels, e.g. "Wuppertal, Online". */
  readonly places: string;
  /** "1. März 2027" or "Laufender Einstieg". */
  readonly start: string;
  /** Time model, e.g. "Teilzeit, Vormittags". */
  readonly schedule: string;
  /** Price and how it can be paid, e.g. "14.800 € · für Sie kostenfrei mit Bildungsgutschein" (`costsText`). */
  readonly costs: string;
  readonly summary: string;
}

/**
 * When an offer starts, in one phrase. Rolling start wins: people can begin now.
 * @example startText(offer) // "1. März 2027"
 */
export function startText(offer: Pick<Offer, "data" | "nextDate">): string {
  if (offer.data.rolling_start === true) return "Laufender Einstieg";
  return offer.nextDate ? formatDate(offer.nextDate.start) : "Termine auf Anfrage";
}

/** The card parameters of one offer. */
export function offerCard(offer: Offer): OfferCardParams {
  return {
    id: offer.id,
    title: offer.data.title,
    url: offer.url,
    provider: offer.provider.data.short_name,
    places: offer.cities.map((city) => cities[city].label).join(", "),
    start: startText(offer),
    schedule: offer.data.schedule.map((slug) => schedules[slug].label).join(", "),
    costs: costsText(costStatement(offer.data)),
    summary: offer.data.summary,
  };
}
