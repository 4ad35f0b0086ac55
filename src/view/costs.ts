/**
 * What an offer costs and how it can be paid, in one wording for every place
 * that shows it: cards, the offer page, search results, the offline list and
 * printed brochures. The price (without funding) and the ways of paying stay
 * apart, and „kostenfrei“ is only said of an offer that is free for every
 * participant: „14.800 € · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter“.
 */
import { funding as fundingTerms, type FundingSlug } from "../config/vocabularies.js";
import type { OfferData } from "../schema/offer.js";

/** A funding value as the cost statement names it. */
export interface FundingMention {
  readonly slug: FundingSlug;
  /** "mit Bildungsgutschein" (in `freeWith`) or the label "Aufstiegs-BAföG" (in `further`). */
  readonly text: string;
  /** What follows it in the sentence: ", ", " oder " or nothing after the last. */
  readonly after: string;
}

/** The costs of an offer, in parts a template can link and a card can join. */
export interface CostStatement {
  /** "14.800 €", "kostenfrei" or, when the file gives no price, "Preis auf Anfrage". */
  readonly price: string;
  /** False when the file gives no price (`amount: 0` for a funded offer, as before issue #10). */
  readonly priceKnown: boolean;
  /** Free for every participant. */
  readonly freeForAll: boolean;
  /** The ways a participant pays nothing (empty when free for all or without such funding). */
  readonly freeWith: readonly FundingMention[];
  /** Other funding: partial help („Förderung möglich“), or who pays for an offer free for all („Finanziert über“). */
  readonly further: readonly FundingMention[];
  /** The heading of `further`: "Förderung möglich" or "Finanziert über". */
  readonly furtherLabel: string;
}

/** Price shown when an old file says `amount: 0` for a funded offer and so gives no price. */
export const unknownPrice = "Preis auf Anfrage";

/** Funding that never pays a participant's costs: it is the absence of costs, or paying oneself. */
const notPaying: ReadonlySet<FundingSlug> = new Set(["kostenfrei", "selbstzahlung"]);

const euroFormat = (fractions: number) =>
  new Intl.NumberFormat("de-DE", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: fractions,
    maximumFractionDigits: 2,
  });
const wholeEuros = euroFormat(0);
const cents = euroFormat(2);

/**
 * An amount in euro, the German way; cents only when there are any.
 * @example formatEuro(14800) // "14.800 €"
 * @example formatEuro(1290.5) // "1.290,50 €"
 */
export function formatEuro(amount: number): string {
  return (Number.isInteger(amount) ? wholeEuros : cents).format(amount);
}

/**
 * Names funding in a list: "a, b oder c" for alternatives, "a, b, c" otherwise.
 * @example mentions(["avgs", "jobcenter"], (slug) => slug, " oder ").map((m) => m.text + m.after).join("") // "avgs oder jobcenter"
 */
function mentions(
  slugs: readonly FundingSlug[],
  text: (slug: FundingSlug) => string,
  lastJoiner: string,
): FundingMention[] {
  return slugs.map((slug, index) => ({
    slug,
    text: text(slug),
    after: index === slugs.length - 1 ? "" : index === slugs.length - 2 ? lastJoiner : ", ",
  }));
}

/** The mentions as one phrase. */
const joined = (list: readonly FundingMention[]) => list.map((entry) => entry.text + entry.after).join("");

/**
 * The cost statement of an offer.
 * @example costStatement({ costs: { amount: 14800, free_with: ["bildungsgutschein"] }, funding: ["bildungsgutschein"] }).price // "14.800 €"
 */
export function costStatement(data: Pick<OfferData, "costs" | "funding">): CostStatement {
  const { amount } = data.costs;
  const freeForAll = amount === 0 && data.funding.includes("kostenfrei");
  const paying = data.funding.filter((slug) => !notPaying.has(slug));
  // Before issue #10, `amount: 0` also meant "fully funded": the funding named then pays, the price is unknown.
  const legacy = amount === 0 && !freeForAll;
  const freeSlugs: readonly FundingSlug[] = legacy ? paying : freeForAll ? [] : (data.costs.free_with ?? []);
  const further = paying.filter((slug) => !freeSlugs.includes(slug));
  return {
    price: freeForAll ? "kostenfrei" : legacy ? unknownPrice : formatEuro(amount),
    priceKnown: !legacy,
    freeForAll,
    freeWith: mentions(freeSlugs, (slug) => fundingTerms[slug].paidPhrase, " oder "),
    further: mentions(further, (slug) => fundingTerms[slug].label, ", "),
    furtherLabel: freeForAll ? "Finanziert über" : "Förderung möglich",
  };
}

/** "für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter", or "" when no funding frees the participant. */
export function freeWithText(statement: CostStatement): string {
  return statement.freeWith.length === 0 ? "" : `für Sie kostenfrei ${joined(statement.freeWith)}`;
}

/**
 * The statement in one line, for cards, search results and brochure entries.
 * @example costsText(costStatement(offer.data)) // "14.800 € · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter"
 */
export function costsText(statement: CostStatement): string {
  const further =
    statement.further.length === 0 || statement.freeForAll
      ? ""
      : `${statement.furtherLabel}: ${joined(statement.further)}`;
  return [statement.price, freeWithText(statement), further].filter(Boolean).join(" · ");
}
