/**
 * Synthetic offers for the benchmark: valid, published on the given day and
 * varied across every vocabulary, so a build over them exercises every page
 * kind the real directory has. The same seed always gives the same files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import {
  audiences,
  cities,
  formats,
  funding,
  germanLevels,
  schedules,
  slugsOf,
  topics,
  type FundingSlug,
} from "../config/vocabularies.js";
import { addDays } from "../schema/dates.js";
import { providerFileName } from "../content/load.js";
import { slugify } from "../content/suggest.js";
import type { OfferData, ProviderData } from "../schema/offer.js";
import {
  benefits,
  cityAddresses,
  goals,
  type PlaceCity,
  procedure,
  providerKinds,
  providerPlaces,
  registration,
  streets,
  supports,
  surnames,
  topicMaterial,
} from "./corpus.js";
import { createRandom, type Random } from "./random.js";

export interface GenerateOptions {
  /** Number of offer files. */
  readonly count: number;
  /** The day the set is generated for: every offer is published on it. */
  readonly today: string;
  readonly seed?: number;
  /** Number of provider folders (offers are dealt out in turn). */
  readonly providers?: number;
}

/** A file to write, with its path relative to the offers folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

export interface GeneratedSet {
  /** One `_provider.md` per provider folder. */
  readonly providers: readonly GeneratedFile[];
  readonly offers: readonly GeneratedFile[];
}

export const defaultSeed = 20261127;
export const defaultProviderCount = 16;

const topicSlugs = slugsOf(topics);
const audienceSlugs = slugsOf(audiences);
const fundingSlugs = slugsOf(funding);
const scheduleSlugs = slugsOf(schedules);
const formatSlugs = slugsOf(formats);
const placeCities = slugsOf(cities).filter((city): city is PlaceCity => city !== "online");
// Time-of-day and extra models that combine with the first one without contradicting a full- or part-time first.
const extraSchedules = scheduleSlugs.filter((slug) => slug !== "vollzeit" && slug !== "teilzeit");
const levelSlugs = slugsOf(germanLevels);
const otherLanguages = ["en", "ar", "tr", "uk", "ru", "fa", "pl"];

interface Site {
  readonly address: string;
  readonly accessible: boolean;
}

/** A provider and what its offers share: a few sites per city and a few contact numbers, as real providers have. */
interface ProviderSpec {
  readonly slug: string;
  readonly data: ProviderData;
  readonly city: PlaceCity;
  readonly domain: string;
  readonly sites: Readonly<Record<PlaceCity, readonly Site[]>>;
  readonly phones: readonly string[];
}

/**
 * Generates `count` offers in `providers` folders, all valid and published on `today`.
 * @example generateOfferSet({ count: 50, today: "2026-11-27" }).offers.length // 50
 */
export function generateOfferSet(options: GenerateOptions): GeneratedSet {
  const random = createRandom(options.seed ?? defaultSeed);
  const providerCount = Math.max(1, options.providers ?? defaultProviderCount);
  const providers = Array.from({ length: providerCount }, (_, index) => makeProvider(index, random));
  return {
    providers: providers.map((provider) => ({
      path: `${provider.slug}/${providerFileName}`,
      content: toMarkdown(provider.data, providerBody(provider, random)),
    })),
    offers: Array.from({ length: options.count }, (_, index) => {
      const provider = providers[index % providers.length] as ProviderSpec;
      const { slug, data, body } = makeOffer(index, provider, options.today, random);
      return { path: `${provider.slug}/${slug}.md`, content: toMarkdown(data, body) };
    }),
  };
}

/**
 * The same offers as an input folder for a bare Eleventy build: each file gets
 * a one-line Nunjucks layout and nothing else, so the comparison measures what
 * Eleventy itself costs for that many Markdown files.
 */
export function bareEleventyFiles(set: GeneratedSet): GeneratedFile[] {
  return [
    {
      path: "_includes/layout.njk",
      content: '<!doctype html><html lang="de"><title>{{ title }}</title><body>{{ content | safe }}</body></html>\n',
    },
    ...set.offers.map((offer) => ({
      path: offer.path,
      content: offer.content.replace(/^---\n/, "---\nlayout: layout.njk\n"),
    })),
  ];
}

/** Writes files below `dir`, creating folders as needed. */
export async function writeGeneratedFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(dir, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (const file of files) await writeFile(path.join(dir, file.path), file.content);
}

function toMarkdown(data: object, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

function makeProvider(index: number, random: Random): ProviderSpec {
  const kind = providerKinds[index % providerKinds.length] as string;
  // A different stride for the place keeps kind and place pairs unique for the first 144 providers.
  const place = providerPlaces[
    (index * 5 + Math.floor(index / providerKinds.length)) % providerPlaces.length
  ] as string;
  const round = Math.floor(index / (providerKinds.length * providerPlaces.length));
  const name = round === 0 ? `${kind} ${place}` : `${kind} ${place} ${round + 1}`;
  const slug = slugify(name);
  const city = rotate(placeCities, index);
  const domain = `${slug}.example.org`;
  const dialCode = cityAddresses[city].dialCode;
  const sitesIn = (place: PlaceCity) =>
    Array.from({ length: 2 }, () => ({ address: address(place, random), accessible: random.chance(0.6) }));
  return {
    slug,
    city,
    domain,
    sites: { wuppertal: sitesIn("wuppertal"), solingen: sitesIn("solingen"), remscheid: sitesIn("remscheid") },
    phones: Array.from({ length: 3 }, () => phoneNumber(dialCode, random)),
    data: {
      name: `${name} gGmbH`,
      short_name: `${kind.split(" ")[0]} ${place}`,
      city,
      address: address(city, random),
      website: `https://${domain}`,
      phone: phoneNumber(dialCode, random),
      email: `info@${domain}`,
      azav: index % 4 !== 3,
    },
  };
}

function providerBody(provider: ProviderSpec, random: Random): string {
  const city = cities[provider.city].label;
  const focus = random
    .pickSome(topicSlugs, 3)
    .map((topic) => topics[topic].label)
    .join(", ");
  return [
    `Die ${provider.data.name} begleitet seit ${random.int(1975, 2015)} Menschen in ${city} und im Bergischen Städtedreieck auf ihrem Weg in Arbeit und Ausbildung.`,
    `Unsere Schwerpunkte: ${focus}. ${random.pick(procedure)}`,
    `Sie erreichen uns montags bis freitags von 8 bis 16 Uhr unter ${provider.data.phone} oder per E-Mail an [${provider.data.email}](mailto:${provider.data.email}).`,
    "",
  ].join("\n\n");
}

interface GeneratedOffer {
  readonly slug: string;
  readonly data: OfferData;
  readonly body: string;
}

function makeOffer(index: number, provider: ProviderSpec, today: string, random: Random): GeneratedOffer {
  // Each vocabulary's first value rotates with the index, so every value occurs
  // in any set of a dozen offers or more; further values are random.
  const topic = rotate(topicSlugs, index);
  const material = topicMaterial[topic];
  const format = rotate(formatSlugs, index);
  const fundingFirst = rotate(fundingSlugs, index);
  const schedule = withExtras(
    scheduleSlugs,
    rotate(scheduleSlugs, index),
    random.pickSome(extraSchedules, random.int(0, 1)),
  );
  const baseTitle = random.pick(material.titles);
  const title = schedule.includes("teilzeit") && random.chance(0.5) ? `${baseTitle} in Teilzeit` : baseTitle;
  const amount = costOf(fundingFirst, random);
  const weeks = random.int(1, 104);
  const rolling = random.chance(0.15);
  const dates = rolling && random.chance(0.6) ? undefined : courseDates(today, weeks, random);
  const lastStart = dates?.at(-1)?.start ?? today;
  const contactName = random.chance(0.7) ? `${random.pick(["Frau", "Herr"])} ${random.pick(surnames)}` : undefined;
  const withPhone = random.chance(0.8);
  const hoursPerWeek = random.pick([4, 8, 15, 20, 25, 30, 38]);
  const participantsMin = random.int(4, 10);

  const data: OfferData = {
    title,
    summary: summaryFor(material.focus, random),
    topics: withExtras(topicSlugs, topic, random.pickSome(topicSlugs, random.chance(0.3) ? 1 : 0)),
    audiences: withExtras(
      audienceSlugs,
      rotate(audienceSlugs, index * 3),
      random.pickSome(audienceSlugs, random.int(0, 2)),
    ),
    format,
    schedule,
    locations: locationsFor(format, index, provider, random),
    ...(dates === undefined ? {} : { dates }),
    ...(rolling ? { rolling_start: true } : {}),
    duration: `${weeks} ${weeks === 1 ? "Woche" : "Wochen"}, ${hoursPerWeek} Std./Woche`,
    ...(random.chance(0.7) ? { hours: weeks * hoursPerWeek } : {}),
    costs: {
      amount,
      // Funded offers give their price and, mostly, say that the funding makes them free (issue #10).
      ...(amount > 0 && pays(fundingFirst) && random.chance(0.7) ? { free_with: [fundingFirst] } : {}),
      ...(random.chance(0.6)
        ? { note: amount === 0 ? "Für Sie entstehen keine Kosten." : "Ratenzahlung ist möglich." }
        : {}),
    },
    funding: withExtras(fundingSlugs, fundingFirst, random.pickSome(fundingSlugs, random.int(0, 2))).filter(
      (value) => value === fundingFirst || (amount === 0 ? value !== "selbstzahlung" : value !== "kostenfrei"),
    ),
    ...(random.chance(0.6) ? { degree: random.pick(material.degrees) } : {}),
    azav: fundingFirst === "bildungsgutschein" || fundingFirst === "avgs" || random.chance(0.3),
    ...(random.chance(0.6) ? { german_level: rotate(levelSlugs, index) } : {}),
    ...(random.chance(0.3) ? { languages: ["de", random.pick(otherLanguages)] } : {}),
    ...(random.chance(0.25) ? { childcare: "Wir helfen bei der Suche nach einem Betreuungsplatz für Ihr Kind." } : {}),
    ...(random.chance(0.5) ? { requirements: random.pick(material.requirements) } : {}),
    ...(random.chance(0.5) ? { participants: { min: participantsMin, max: participantsMin + random.int(2, 14) } } : {}),
    contact: {
      ...(contactName === undefined ? {} : { name: contactName }),
      ...(withPhone ? { phone: random.pick(provider.phones) } : {}),
      ...(!withPhone || random.chance(0.6) ? { email: `kurse@${provider.domain}` } : {}),
    },
    ...(random.chance(0.4) ? { registration_url: `https://${provider.domain}/anmeldung/${index + 1}` } : {}),
    // Within six months and not expiring within a month: no stale or expiry warnings.
    updated: addDays(today, -random.int(0, 170)),
    valid_until: addDays(lastStart, random.int(60, 400)),
  };
  const phone = data.contact.phone ?? provider.data.phone;
  return { slug: `${slugify(baseTitle)}-${index + 1}`, data, body: offerBody(material.contents, phone, random) };
}

function rotate<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T;
}

/** `first` plus the extras, without repeats, in vocabulary order (as a person would list them). */
function withExtras<T extends string>(all: readonly T[], first: T, extras: readonly T[]): [T, ...T[]] {
  const chosen = new Set([first, ...extras]);
  return all.filter((value) => chosen.has(value)) as [T, ...T[]];
}

/** Free for all participants only with „kostenfrei“; every other offer has a price without funding. */
function costOf(firstFunding: FundingSlug, random: Random): number {
  if (firstFunding === "kostenfrei") return 0;
  if (firstFunding === "selbstzahlung" || firstFunding === "bildungsurlaub") return random.int(2, 96) * 25;
  return random.int(10, 800) * 25;
}

/** Funding that can pay a participant's whole price (`costs.free_with`). */
const pays = (slug: FundingSlug): slug is Exclude<FundingSlug, "kostenfrei" | "selbstzahlung" | "bildungsurlaub"> =>
  slug !== "kostenfrei" && slug !== "selbstzahlung" && slug !== "bildungsurlaub";

function summaryFor(focus: readonly string[], random: Random): string {
  return `Sie lernen ${random.pick(focus)} und bereiten sich gezielt auf ${random.pick(goals)} vor. ${random.pick(supports)}`;
}

function locationsFor(
  format: OfferData["format"],
  index: number,
  provider: ProviderSpec,
  random: Random,
): OfferData["locations"] {
  const place = (city: PlaceCity) => {
    const site = random.pick(provider.sites[city]);
    return {
      city,
      ...(random.chance(0.9) ? { address: site.address } : {}),
      ...(random.chance(0.7) ? { accessible: site.accessible } : {}),
    };
  };
  const first = rotate(placeCities, Math.floor(index / formatSlugs.length));
  if (format === "online") return [{ city: "online" }];
  if (format === "hybrid") return [place(first), { city: "online" }];
  const second = random.chance(0.2) ? random.pick(placeCities.filter((city) => city !== first)) : undefined;
  return second === undefined ? [place(first)] : [place(first), place(second)];
}

function courseDates(today: string, weeks: number, random: Random): NonNullable<OfferData["dates"]> {
  const dates: NonNullable<OfferData["dates"]> = [];
  let start = addDays(today, random.int(3, 200));
  for (let count = random.int(1, 3); count > 0; count--) {
    const end = random.chance(0.8) ? addDays(start, weeks * 7 - 3) : undefined;
    const until = random.chance(0.4) ? addDays(start, -random.int(1, 14)) : undefined;
    dates.push({
      start,
      ...(end === undefined ? {} : { end }),
      ...(until === undefined ? {} : { registration_until: until }),
    });
    start = addDays(start, random.int(30, 120));
  }
  return dates;
}

function address(city: PlaceCity, random: Random): string {
  return `${random.pick(streets)} ${random.int(1, 180)}, ${random.pick(cityAddresses[city].postcodes)} ${cities[city].label}`;
}

function phoneNumber(dialCode: string, random: Random): string {
  return `${dialCode} ${random.int(200000, 9999999)}`;
}

function offerBody(contents: readonly string[], phone: string, random: Random): string {
  const bullets = random.pickSome(contents, random.int(4, 6)).map((item) => `- ${item}`);
  const paragraph = (sentences: readonly string[], count: number) => random.pickSome(sentences, count).join(" ");
  return [
    "## Inhalte",
    bullets.join("\n"),
    "## Ablauf",
    paragraph(procedure, random.int(3, 5)),
    "## Ihr Nutzen",
    paragraph(benefits, random.int(2, 4)),
    "## Anmeldung",
    paragraph(registration, random.int(2, 3)).replace("{phone}", phone),
    "",
  ].join("\n\n");
}
