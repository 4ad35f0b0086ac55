/**
 * The short form of an offer shown on cards (home, browse pages, provider
 * pages). Computed here so the card template only prints, and so the search
 * can show its results with the same wording.
 */
import { cities, funding, schedules } from "../config/vocabularies.js";
import { formatDate } from "../schema/dates.js";
import type { Offer } from "../content/model.js";

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
  /** "kostenfrei" or "1.290,50 €". */
  readonly costs: string;
  readonly funding: readonly string[];
  readonly summary: string;
}

const euroFormat = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 2 });

/**
 * Costs in euro, "kostenfrei" for 0.
 * @example formatEuro(1290.5) // "1.290,50 €"
 */
export function formatEuro(amount: number): string {
  return amount === 0 ? "kostenfrei" : euroFormat.format(amount);
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
    costs: formatEuro(offer.data.costs.amount),
    funding: offer.data.funding.map((slug) => funding[slug].label),
    summary: offer.data.summary,
  };
}
