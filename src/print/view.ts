/**
 * What the build renders for print: the brochure entry of each offer (all
 * text hyphenated, with its QR code), the provider index entries, the brochure
 * data file the client assembles brochures from, the print page's and the
 * builder's configuration, and the ready-made editions (the whole directory
 * and one per city). Templates print these; nothing is computed there.
 */
import { audiences, cities, formats, germanLevels, schedules, topics, type Term } from "../config/vocabularies.js";
import type { SiteData } from "../config/site.js";
import type { Offer, Provider } from "../content/model.js";
import { formatDate } from "../schema/dates.js";
import { resolveFacets } from "../search/facets.js";
import { indexVersionToken, sortOrders, type FacetValue, type SearchableOffer } from "../search/model.js";
import { compactOffer } from "../search/record.js";
import { serialiseSearchState, defaultSort } from "../search/url-state.js";
import type { Catalog } from "../site/catalog.js";
import { absoluteUrl } from "../site/links.js";
import { hyphenate } from "../view/hyphenate.js";
import { costStatement, costsText } from "../view/costs.js";
import { startText } from "../view/offer-card.js";
import { qrSvg } from "../view/qr-code.js";
import { scriptJson } from "../view/script-json.js";
import { brochureGlobal, printAssets, type BrochureConfig, type BrochureData } from "./model.js";

/** One line of an entry's facts: a label and its value. */
export interface EntryFact {
  readonly label: string;
  readonly value: string;
}

/** Parameters of the `appBrochureEntry` component; texts carry soft hyphens. */
export interface BrochureEntryParams {
  readonly anchor: string;
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly summary: string;
  readonly facts: readonly EntryFact[];
  /** Contact lines: name, phone, e-mail. */
  readonly contact: readonly string[];
  readonly registrationUrl: string | undefined;
  readonly onlineUrl: string;
  readonly qr: string;
}

/** Parameters of the `appBrochureProvider` component (one provider of the index). */
export interface BrochureProviderParams {
  readonly name: string;
  readonly address: string;
  readonly phone: string | undefined;
  readonly website: string;
}

const labelOf = (vocabulary: Record<string, Term>, slug: string): string => vocabulary[slug]?.label ?? slug;
const labels = (vocabulary: Record<string, Term>, slugs: readonly string[]) =>
  slugs.map((slug) => labelOf(vocabulary, slug)).join(", ");

/** Where an offer takes place: the address where there is one, "Online" for online. */
function placesText(offer: Offer): string {
  return offer.data.locations
    .map((location) => (location.city === "online" ? "Online" : (location.address ?? labelOf(cities, location.city))))
    .join("; ");
}

/** When it starts, with the registration deadline and how many more dates follow. */
function startFact(offer: Offer): string {
  const deadline = offer.nextDate?.registration_until;
  const more = offer.upcomingDates.length - 1;
  return [
    startText(offer),
    deadline === undefined ? "" : ` (Anmeldung bis ${formatDate(deadline)})`,
    more > 0 ? `, ${more === 1 ? "ein weiterer Termin" : `${more} weitere Termine`}` : "",
  ].join("");
}

/**
 * The brochure entry of an offer. Only facts the offer has are listed.
 * @example brochureEntry(offer, 0, "https://weiterbildung.example.org/").facts[0] // { label: "Beginn", value: "1. März 2027 …" }
 */
export function brochureEntry(offer: Offer, position: number, baseUrl: string): BrochureEntryParams {
  const { data } = offer;
  const facts: (EntryFact | undefined)[] = [
    { label: "Beginn", value: startFact(offer) },
    {
      label: "Dauer",
      value: data.hours === undefined ? data.duration : `${data.duration}, ${data.hours} Unterrichtsstunden`,
    },
    { label: "Zeit", value: `${labels(schedules, data.schedule)} · ${labelOf(formats, data.format)}` },
    { label: "Ort", value: placesText(offer) },
    // Price and funding in the one wording of cards and offer pages (src/view/costs.ts).
    {
      label: "Kosten",
      value: [costsText(costStatement(data)), data.costs.note].filter(Boolean).join("; "),
    },
    { label: "Für wen", value: labels(audiences, data.audiences) },
    data.german_level === undefined
      ? undefined
      : { label: "Deutsch", value: `mindestens ${labelOf(germanLevels, data.german_level)}` },
    data.childcare === undefined ? undefined : { label: "Kinder", value: data.childcare },
    data.degree === undefined ? undefined : { label: "Abschluss", value: data.degree },
  ];
  const onlineUrl = absoluteUrl(offer.url, baseUrl);
  return {
    anchor: `angebot-${position + 1}`,
    id: offer.id,
    title: hyphenate(data.title),
    provider: hyphenate(offer.provider.data.name),
    summary: hyphenate(data.summary),
    facts: facts
      .filter((fact): fact is EntryFact => fact !== undefined)
      .map((fact) => ({ label: fact.label, value: hyphenate(fact.value) })),
    contact: [
      data.contact.name,
      data.contact.phone === undefined ? undefined : `Tel. ${data.contact.phone}`,
      data.contact.email,
    ].filter((line): line is string => line !== undefined),
    registrationUrl: data.registration_url,
    onlineUrl,
    qr: qrSvg(onlineUrl, "app-entry__qr"),
  };
}

/** The provider index entry of a provider. */
export function brochureProvider(provider: Provider): BrochureProviderParams {
  return {
    name: hyphenate(provider.data.name),
    address: provider.data.address,
    phone: provider.data.phone,
    website: provider.data.website.replace(/^https:\/\//, "").replace(/\/$/, ""),
  };
}

const termValues = (vocabulary: Record<string, Term>): FacetValue[] =>
  Object.entries(vocabulary).map(([slug, term]) => ({ slug, label: term.label }));

/** Everything the brochure data template prints: the data as JSON and the entries to render. */
export interface BrochureDataView {
  /** The data file's script, without the entries; the template appends them. */
  readonly script: string;
  readonly global: string;
  readonly entries: readonly BrochureEntryParams[];
  readonly providers: readonly BrochureProviderParams[];
}

/** The view of the brochure data file: one pass over the catalog. */
export function brochureDataView(
  catalog: Pick<Catalog, "offers" | "providers">,
  site: Pick<SiteData, "baseUrl">,
): BrochureDataView {
  const entries = catalog.offers.map((offer, position) => brochureEntry(offer, position, site.baseUrl));
  const data: Omit<BrochureData, "entries" | "providerEntries" | "stylesheet"> = {
    offers: catalog.offers.map((offer, position) => ({
      id: offer.id,
      anchor: entries[position]?.anchor ?? "",
      provider: offer.provider.slug,
      topics: offer.data.topics,
      cities: offer.cities,
      audiences: offer.data.audiences,
      filters: compactOffer(offer).filters,
    })),
    providers: catalog.providers.map(({ provider }) => ({ slug: provider.slug, name: provider.data.name })),
    groupings: { thema: termValues(topics), ort: termValues(cities) },
    audiences: termValues(audiences),
  };
  return {
    script: `window.${brochureGlobal}=${JSON.stringify(data)};\n`,
    global: brochureGlobal,
    entries,
    providers: catalog.providers.map(({ provider }) => brochureProvider(provider)),
  };
}

/** What the print page template prints. */
export interface PrintPageView {
  /** The search's facets, for the builder's filter panel. */
  readonly facets: BrochureConfig["facets"];
  /** The client configuration, safe inside `<script type="application/json">`. */
  readonly configJson: string;
  readonly assets: typeof printAssets;
  readonly edition: string;
}

/** The view of the print page and the builder: the facet list (the search's), the directory's title and the edition date. */
export function printPageView(catalog: SearchableCatalog, site: Pick<SiteData, "network">): PrintPageView {
  const config: BrochureConfig = {
    facets: resolveFacets(
      catalog.providers.map((entry) => entry.provider),
      catalog.today,
    ),
    sorts: sortOrders,
    metaWeights: {},
    metaCacheTag: indexVersionToken,
    title: `Weiterbildung in ${site.network.region}`,
  };
  return {
    facets: config.facets,
    configJson: scriptJson(config),
    assets: printAssets,
    edition: formatDate(catalog.today),
  };
}

/** What the print page and the builder read of the catalog. */
export interface SearchableCatalog {
  readonly today: string;
  readonly offers: readonly SearchableOffer[];
  readonly providers: readonly { readonly provider: Provider }[];
}

/** A ready-made brochure, printed by the build: the whole directory or one city. */
export interface Edition {
  /** File name without ".pdf", e.g. "gesamt" or "solingen". */
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** The print page's query string for it, without "?". */
  readonly query: string;
  readonly offerCount: number;
}

/**
 * The editions the build prints: the whole directory, then one per city with offers (online last).
 * @example editions(catalog).map((edition) => edition.slug) // ["gesamt", "wuppertal", "solingen", "remscheid", "online"]
 */
export function editions(catalog: Pick<Catalog, "offers" | "browse">): Edition[] {
  const facets = resolveFacets([]);
  const cityTerms = catalog.browse.find((kind) => kind.key === "city")?.terms ?? [];
  return [
    {
      slug: "gesamt",
      title: "Gesamtverzeichnis",
      description: "Alle Angebote aus Wuppertal, Solingen, Remscheid und online, nach Thema geordnet.",
      query: "",
      offerCount: catalog.offers.length,
    },
    ...cityTerms
      .filter((term) => term.offers.length > 0)
      .map((term) => ({
        slug: term.slug,
        title: term.slug === "online" ? "Online-Angebote" : term.label,
        description:
          term.slug === "online"
            ? "Alle Angebote, die ganz oder teilweise online stattfinden, nach Thema geordnet."
            : `Alle Angebote in ${term.label}, nach Thema geordnet.`,
        query: serialiseSearchState({ query: "", selection: { city: [term.slug] }, sort: defaultSort }, facets),
        offerCount: term.offers.length,
      })),
  ];
}
