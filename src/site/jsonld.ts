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

function instance(offer: Offer, pageUrl: string, date?: CourseDate): JsonLd {
  return {
    "@type": "CourseInstance",
    courseMode: courseModes[offer.data.format],
    ...(date ? { startDate: date.start, ...(date.end ? { endDate: date.end } : {}) } : {}),
    location: locations(offer, pageUrl),
    offers: price(offer, pageUrl),
    courseWorkload: offer.data.duration,
  };
}

/**
 * The Course object of one offer: one CourseInstance per upcoming date, or a
 * single undated instance for an offer with rolling start and no dates.
 * @example courseJsonLd(offer, "https://weiterbildung.example.org/")["@type"] // "Course"
 */
export function courseJsonLd(offer: Offer, baseUrl: string): JsonLd {
  const pageUrl = absoluteUrl(offer.url, baseUrl);
  const instances =
    offer.upcomingDates.length > 0
      ? offer.upcomingDates.map((date) => instance(offer, pageUrl, date))
      : [instance(offer, pageUrl)];
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
