/**
 * schema.org `Course` data for an offer page, so search engines and
 * education portals can read title, provider, dates, place and price.
 * The result is printed with the `jsonLd` filter (`scriptJson`).
 */
import { cities } from "../config/vocabularies.js";
import type { CourseDate, Offer } from "../content/model.js";
import type { OfferData, ProviderData } from "../schema/offer.js";
import { costStatement } from "../view/costs.js";
import { absoluteUrl } from "./links.js";

type JsonLd = Record<string, unknown>;

const courseModes: Record<OfferData["format"], string> = { praesenz: "Onsite", online: "Online", hybrid: "Blended" };

/**
 * A German one-line address as a schema.org PostalAddress; the postcode is
 * recognised when the address ends in "12345 Ort".
 * @example postalAddress("Beispielstraße 12, 42103 Wuppertal", "Wuppertal")
 * // { "@type": "PostalAddress", streetAddress: "Beispielstraße 12", postalCode: "42103", addressLocality: "Wuppertal", addressCountry: "DE" }
 */
export function postalAddress(address: string | undefined, fallbackLocality: string): JsonLd {
  const trimmed = address?.trim() ?? "";
  const match = /^(.*?),?\s*(\d{5})\s+([^,]+)$/.exec(trimmed);
  if (!match) {
    return {
      "@type": "PostalAddress",
      ...(trimmed === "" ? {} : { streetAddress: trimmed }),
      addressLocality: fallbackLocality,
      addressCountry: "DE",
    };
  }
  const [, street = "", postalCode, locality] = match;
  return {
    "@type": "PostalAddress",
    ...(street === "" ? {} : { streetAddress: street }),
    postalCode,
    addressLocality: locality,
    addressCountry: "DE",
  };
}

function organization(provider: ProviderData, url: string): JsonLd {
  return {
    "@type": "Organization",
    name: provider.name,
    url,
    sameAs: provider.website,
    telephone: provider.phone,
    email: provider.email,
    address: postalAddress(provider.address, cities[provider.city].label),
  };
}

function locations(offer: Offer, pageUrl: string): JsonLd[] {
  return offer.data.locations.map((location) =>
    location.city === "online"
      ? { "@type": "VirtualLocation", url: offer.data.registration_url ?? pageUrl }
      : {
          "@type": "Place",
          name: cities[location.city].label,
          address: postalAddress(location.address, cities[location.city].label),
        },
  );
}

/** The price without funding; "Free" only when free for every participant, no price when the file gives none. */
function price(offer: Offer, pageUrl: string): JsonLd {
  const costs = costStatement(offer.data);
  return {
    "@type": "Offer",
    ...(costs.priceKnown ? { price: offer.data.costs.amount, priceCurrency: "EUR" } : {}),
    category: costs.freeForAll ? "Free" : "Paid",
    url: offer.data.registration_url ?? pageUrl,
  };
}

/**
 * The weekly rhythm of a course as a schema.org Schedule, when the duration
 * names the hours per week ("… 25 Std./Woche") and the date or the duration
 * says how many weeks.
 * @example courseSchedule("16 Wochen, 35 Std./Woche", { start: "2027-03-01" }) // { "@type": "Schedule", duration: "PT35H", repeatFrequency: "Weekly", repeatCount: 16, startDate: "2027-03-01" }
 */
export function courseSchedule(duration: string, date?: CourseDate): JsonLd | undefined {
  const perWeek = /(\d+(?:,\d+)?)\s*Std\.\s*(?:\/|pro)\s*Woche/i.exec(duration)?.[1];
  if (perWeek === undefined) return undefined;
  const span = /(\d+)\s*(Wochen|Monate|Jahre)/i.exec(duration);
  const weeksPerUnit: Record<string, number> = { wochen: 1, monate: 52 / 12, jahre: 52 };
  const weeks =
    date?.end !== undefined
      ? (Date.parse(date.end) - Date.parse(date.start)) / (7 * 24 * 60 * 60 * 1000)
      : span
        ? Number(span[1]) * (weeksPerUnit[(span[2] ?? "").toLowerCase()] ?? 1)
        : undefined;
  if (weeks === undefined) return undefined;
  return {
    "@type": "Schedule",
    duration: `PT${perWeek.replace(",", ".")}H`,
    repeatFrequency: "Weekly",
    repeatCount: Math.max(1, Math.round(weeks)),
    ...(date ? { startDate: date.start, ...(date.end ? { endDate: date.end } : {}) } : {}),
  };
}

/**
 * One CourseInstance. An offer with rolling start and no upcoming date can be
 * started any day, so its instance starts on the day of the build.
 */
function instance(offer: Offer, pageUrl: string, today: string, date?: CourseDate): JsonLd {
  const schedule = courseSchedule(offer.data.duration, date);
  return {
    "@type": "CourseInstance",
    courseMode: courseModes[offer.data.format],
    startDate: date?.start ?? today,
    ...(date?.end ? { endDate: date.end } : {}),
    ...(schedule ? { courseSchedule: schedule } : {}),
    ...(offer.data.hours ? { courseWorkload: `PT${offer.data.hours}H` } : {}),
    location: locations(offer, pageUrl),
    offers: price(offer, pageUrl),
  };
}

/**
 * The Course object of one offer, with what Google's course rich results
 * require: provider, price offer and one CourseInstance per upcoming date (or
 * one from the build day for an offer with rolling start and no dates).
 * @example courseJsonLd(offer, "https://weiterbildung.example.org/", "2026-11-27")["@type"] // "Course"
 */
export function courseJsonLd(offer: Offer, baseUrl: string, today: string): JsonLd {
  const pageUrl = absoluteUrl(offer.url, baseUrl);
  const instances =
    offer.upcomingDates.length > 0
      ? offer.upcomingDates.map((date) => instance(offer, pageUrl, today, date))
      : [instance(offer, pageUrl, today)];
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    "@id": pageUrl,
    url: pageUrl,
    name: offer.data.title,
    description: offer.data.summary,
    inLanguage: offer.data.languages ?? ["de"],
    dateModified: offer.data.updated,
    ...(offer.data.degree ? { educationalCredentialAwarded: offer.data.degree } : {}),
    ...(offer.data.hours ? { timeRequired: `PT${offer.data.hours}H` } : {}),
    provider: organization(offer.provider.data, absoluteUrl(offer.provider.url, baseUrl)),
    offers: price(offer, pageUrl),
    hasCourseInstance: instances,
  };
}
