/** The normalised model every page is built from. Derived values are computed once, here. */
import type { CitySlug } from "../config/vocabularies.js";
import type { OfferData, ProviderData } from "../schema/offer.js";

/** One course date as written in the offer file. */
export type CourseDate = NonNullable<OfferData["dates"]>[number];

/** A provider (Träger) with its profile. */
export interface Provider {
  readonly slug: string;
  readonly url: string;
  readonly file: string;
  readonly data: ProviderData;
  readonly descriptionHtml: string;
}

/** A published offer with everything templates need, computed once. */
export interface Offer {
  /** `<provider>/<offer>`, unique. */
  readonly id: string;
  readonly slug: string;
  readonly url: string;
  readonly file: string;
  readonly provider: Provider;
  readonly data: OfferData;
  readonly bodyHtml: string;
  /** Dates that start today or later, earliest first. */
  readonly upcomingDates: readonly CourseDate[];
  /** The next date to start, if any (rolling-start offers may have none). */
  readonly nextDate: CourseDate | undefined;
  /** Sort key: next start, or today for rolling start only (you can start now). */
  readonly sortDate: string;
  /** Distinct cities of the locations, in file order. */
  readonly cities: readonly CitySlug[];
  /** Any location is wheelchair accessible. */
  readonly accessible: boolean;
}
