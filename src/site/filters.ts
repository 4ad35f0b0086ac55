/**
 * Nunjucks filters: formatting, label look-ups and the small view functions
 * the templates call. Registered in one loop by the Eleventy setup; each one
 * is a pure function tested on its own.
 */
import { offerCount } from "../view/offer-count.js";
import * as vocabularies from "../config/vocabularies.js";
import { formatDate } from "../schema/dates.js";
import type { CourseDate } from "../content/model.js";
import { atomFeed, feedXml, sitemapEntries } from "./feed.js";
import { homeView } from "./home.js";
import { courseJsonLd } from "./jsonld.js";
import { scriptJson } from "../view/script-json.js";
import { absoluteUrl, calendarFile, kindUrl, searchLinkText, searchUrl, termUrl } from "./links.js";
import { offerCard } from "../view/offer-card.js";
import { costStatement, formatEuro, freeWithText } from "../view/costs.js";
import { hyphenate } from "../view/hyphenate.js";
import { qrSvg } from "../view/qr-code.js";

type VocabularyName = "topics" | "audiences" | "funding" | "schedules" | "formats" | "cities" | "germanLevels";

const termOf = (slug: string, vocabulary: VocabularyName): vocabularies.Term | undefined =>
  (vocabularies[vocabulary] as Record<string, vocabularies.Term>)[slug];

const languageNames = new Intl.DisplayNames(["de"], { type: "language" });

export const filters = {
  /**
   * German date. @example {{ "2027-03-01" | date }} → "1. März 2027"
   */
  date: formatDate,

  /**
   * A course date as a range; a date without end reads "ab …".
   * @example {{ date | dateRange }} → "1. März 2027 bis 30. Juni 2029"
   */
  dateRange: (date: CourseDate) => {
    if (date.end === undefined) return `ab ${formatDate(date.start)}`;
    if (date.end === date.start) return formatDate(date.start);
    return `${formatDate(date.start)} bis ${formatDate(date.end)}`;
  },

  /**
   * German label of a vocabulary slug. @example {{ "avgs" | label("funding") }} → "Aktivierungs- und …"
   */
  label: (slug: string, vocabulary: VocabularyName) => termOf(slug, vocabulary)?.label ?? slug,

  /**
   * German explanation of a vocabulary slug. @example {{ "B1" | describe("germanLevels") }} → "Mittelstufe: …"
   */
  describe: (slug: string, vocabulary: VocabularyName) => termOf(slug, vocabulary)?.description ?? "",

  /**
   * German name of an ISO 639-1 language code. @example {{ "en" | languageName }} → "Englisch"
   */
  languageName: (code: string) => languageNames.of(code) ?? code,

  /**
   * An amount in euro. @example {{ 1290.5 | euro }} → "1.290,50 €"
   */
  euro: formatEuro,

  /**
   * What an offer costs and how it can be paid, in parts the offer page links.
   * @example {% set costs = offer.data | costStatement %}{{ costs.price }}
   */
  costStatement,

  /**
   * „für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter“, or "".
   * @example {{ costs | freeWithText }}
   */
  freeWithText,

  /**
   * Soft hyphens at German break points, for titles and other large text; never in the index, JSON-LD or meta tags.
   * @example {{ offer.data.title | hyphenate }}
   */
  hyphenate,

  /**
   * A phone number as a `tel:` link target. @example {{ "0202 123-45" | telHref }} → "tel:020212345"
   */
  telHref: (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`,

  /**
   * URL of a browse page. @example {{ "solingen" | termUrl("city") }} → "/orte/solingen/"
   */
  termUrl,

  /**
   * URL of a browse overview page. @example {{ "city" | kindUrl }} → "/orte/"
   */
  kindUrl,

  /**
   * URL of the search with a browse term's filter set. @example {{ term | searchUrl }} → "/suche/?ort=solingen"
   */
  searchUrl,

  /**
   * Link text for `searchUrl`. @example {{ term | searchLinkText }} → "Alle Angebote in Solingen durchsuchen"
   */
  searchLinkText,

  /**
   * Absolute URL for sitemap and feed. @example {{ page.url | absoluteUrl(site.baseUrl) }}
   */
  absoluteUrl,

  /**
   * The `aria-current` value of a navigation link: "page" on the page itself,
   * "true" inside its section, "" elsewhere.
   * @example {{ "/orte/" | navCurrent(page.url) }} → "true" on "/orte/solingen/"
   */
  navCurrent: (linkUrl: string, pageUrl: string | false | undefined) => {
    if (typeof pageUrl !== "string") return "";
    if (pageUrl === linkUrl) return "page";
    return linkUrl !== "/" && pageUrl.startsWith(linkUrl) ? "true" : "";
  },

  /**
   * Number of offers in words, as the search page writes it. @example {{ 4000 | offerCount }} → "4.000 Angebote"
   */
  offerCount,

  /**
   * Group size in words; either bound may be missing.
   * @example {{ { min: 8, max: 16 } | groupSize }} → "8 bis 16 Personen"
   * @example {{ { max: 12 } | groupSize }} → "höchstens 12 Personen"
   */
  groupSize: (participants: { readonly min?: number; readonly max?: number }) => {
    const { min, max } = participants;
    if (min !== undefined && max !== undefined) return min === max ? `${min} Personen` : `${min} bis ${max} Personen`;
    if (max !== undefined) return `höchstens ${max} Personen`;
    return min !== undefined ? `mindestens ${min} Personen` : "";
  },

  /**
   * A QR code (inline SVG) linking to an absolute URL, for print.
   * @example {{ offer.url | absoluteUrl(site.baseUrl) | qrSvg("app-offer__qr") | safe }}
   */
  qrSvg,

  /** Card parameters of an offer. @example {{ appOfferCard(offer | offerCard) }} */
  offerCard,

  /** schema.org Course object of an offer. @example {{ offer | courseJsonLd(site.baseUrl, catalog.today) | jsonLd | safe }} */
  courseJsonLd,

  /** The home page's sections. @example {% set home = catalog | homeView %} */
  homeView,

  /** The Atom feed of the newest offers. @example {% set feed = catalog.newest | atomFeed(site, catalog.today) %} */
  atomFeed,
  /** The feed as Atom XML. @example {{ feed | feedXml(site) | safe }} */
  feedXml,
  /** The sitemap's pages. @example {% for entry in collections.all | sitemapEntries(catalog.offers) %} */
  sitemapEntries,

  /**
   * JSON for a `<script type="application/ld+json">` block; no string from an offer can close it.
   */
  jsonLd: scriptJson,

  /** The offer page's calendar file. @example {{ offer.url | calendarFile }} → "/angebote/a/b/termine.ics" */
  calendarFile,
};
