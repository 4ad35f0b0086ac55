/**
 * The words the search knows, computed once per build from the offers
 * themselves: every offer's own words (title, summary, description, facts,
 * labels), the everyday words of its vocabulary terms and its providers'
 * `keywords:`. From them come the word list the browser plans queries with
 * (`query.ts`: compounds, typos) and, per offer, the text the index gets
 * besides the page: the parts of its compounds („Pflegebasiskurs“ → „basiskurs“,
 * „kurs“), so a word inside a compound is found, not only its start.
 */
import { audiences, cities, funding, schedules, topics, type Term } from "../config/vocabularies.js";
import type { Offer } from "../content/model.js";
import { Lexicon, type WordList } from "./query.js";
import { foldText } from "./selection.js";

/** The text the index gets for an offer besides its page, each part weighted on its own. */
export interface SearchText {
  /** The title, plain (the page shows it with soft hyphens), with the parts of its compounds. */
  readonly title: string;
  /** Only the parts of the title's compounds („kurs“ of „Jugendintegrationskurs“), for a metadata field weighted as the title. */
  readonly titleParts: string;
  /** The summary, plain, with the parts of its compounds. */
  readonly summary: string;
  /** The everyday words of the offer's topics, target groups, funding and time model, with their parts. */
  readonly everyday: string;
  /** The provider's `keywords:`, with their parts. */
  readonly keywords: string;
  /** Parts of the compounds in the description and the facts. */
  readonly parts: string;
}

const termWords = (vocabulary: Record<string, Term>, slugs: readonly string[]): string[] =>
  slugs.flatMap((slug) => vocabulary[slug]?.searchWords ?? []);

/**
 * The everyday words of an offer's vocabulary terms. An offer free with some
 * funding („für Sie kostenfrei mit Bildungsgutschein“) is found as „kostenlos“ too.
 */
export function everydayWords(offer: Offer): string[] {
  const freeWithFunding = (offer.data.costs.free_with?.length ?? 0) > 0 && !offer.data.funding.includes("kostenfrei");
  return [
    ...termWords(topics, offer.data.topics),
    ...termWords(audiences, offer.data.audiences),
    ...termWords(funding, [...offer.data.funding, ...(freeWithFunding ? ["kostenfrei"] : [])]),
    ...termWords(schedules, offer.data.schedule),
  ];
}

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * Plain text of rendered Markdown: tags dropped, the few entities the renderer writes decoded.
 * @example plainText("<p>Lesen &amp; Schreiben</p>") // " Lesen & Schreiben "
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? "");
}

/** The words of a text as written: letters and digits, hyphens and slashes split („PC-Grundkurs“ → „PC“, „Grundkurs“). */
const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every text of an offer that its page shows and the index reads, apart from the title and summary. */
function bodyTexts(offer: Offer): string[] {
  const { data } = offer;
  return [
    plainText(offer.bodyHtml),
    data.duration,
    data.degree ?? "",
    data.requirements ?? "",
    data.childcare ?? "",
    data.costs.note ?? "",
    offer.provider.data.name,
    offer.provider.data.short_name,
    ...data.topics.map((slug) => topics[slug].label),
    ...data.audiences.map((slug) => audiences[slug].label),
    ...data.funding.map((slug) => funding[slug].label),
    ...data.schedule.map((slug) => schedules[slug].label),
    ...offer.cities.map((slug) => cities[slug].label),
    ...data.locations.map((location) => location.address ?? ""),
  ];
}

/** The words of one offer, grouped by where they stand. */
interface OfferWords {
  readonly title: readonly string[];
  readonly summary: readonly string[];
  readonly everyday: readonly string[];
  readonly keywords: readonly string[];
  readonly body: readonly string[];
}

function offerWords(offer: Offer): OfferWords {
  return {
    title: wordsOf(offer.data.title),
    summary: wordsOf(offer.data.summary),
    everyday: everydayWords(offer).flatMap(wordsOf),
    keywords: (offer.data.keywords ?? []).flatMap(wordsOf),
    body: bodyTexts(offer).flatMap(wordsOf),
  };
}

/**
 * The word list of a set of offers: every word with the number of offers
 * using it, the most used first; each word as it is written most often.
 */
function wordListOf(perOffer: readonly OfferWords[]): WordList {
  const byKey = new Map<string, { counts: Map<string, number>; offers: number }>();
  for (const words of perOffer) {
    const seen = new Set<string>();
    for (const word of [...words.title, ...words.summary, ...words.everyday, ...words.keywords, ...words.body]) {
      const key = word.toLowerCase();
      const entry = byKey.get(key) ?? { counts: new Map<string, number>(), offers: 0 };
      entry.counts.set(word, (entry.counts.get(word) ?? 0) + 1);
      if (!seen.has(key)) {
        entry.offers++;
        seen.add(key);
      }
      byKey.set(key, entry);
    }
  }
  const entries = [...byKey.values()]
    .map(({ counts, offers }) => ({
      surface: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "",
      offers,
    }))
    .filter((entry) => foldText(entry.surface).length >= 2)
    .sort((a, b) => b.offers - a.offers || a.surface.localeCompare(b.surface));
  return { words: entries.map((entry) => entry.surface).join(" "), counts: entries.map((entry) => entry.offers) };
}

/** The shortest word part that is indexed on its own, and the shortest part before it. */
const minTail = 4;
const minHead = 3;

/**
 * The parts of a compound that are offer words themselves: its ends, so the
 * index finds a word inside a compound and not only at its start („Pflegebasiskurs“
 * → „kurs“, „Sprachförderung“ → „förderung“, „Fachlagerist“ → „lagerist“), and its
 * starts as whole words, so a search for „Pflege“ ranks them like the word itself.
 */
function compoundParts(word: string, lexicon: Lexicon): string[] {
  const folded = foldText(word);
  const parts: string[] = [];
  for (let cut = minHead; cut <= folded.length - minHead; cut++) {
    const head = folded.slice(0, cut);
    const tail = folded.slice(cut);
    if (tail.length >= minTail && lexicon.has(tail)) parts.push(tail);
    if (head.length >= minTail && lexicon.has(head)) parts.push(head);
  }
  return parts;
}

/** The compound parts of a word (`compoundParts` over one lexicon). */
type PartsOfWord = (word: string) => readonly string[];

/** `compoundParts` over `lexicon`, each distinct word split once: offers repeat most of their words. */
function partsByWord(lexicon: Lexicon): PartsOfWord {
  const known = new Map<string, readonly string[]>();
  return (word) => {
    let parts = known.get(word);
    if (parts === undefined) {
      parts = compoundParts(word, lexicon);
      known.set(word, parts);
    }
    return parts;
  };
}

/** The parts of the words' compounds, once each. */
const partsOf = (words: readonly string[], parts: PartsOfWord): string[] => [...new Set(words.flatMap(parts))];

/** The words with the parts of their compounds appended. */
const withParts = (words: readonly string[], parts: PartsOfWord): string =>
  [...words, ...partsOf(words, parts)].join(" ");

/** The search vocabulary of a build: the word list for the browser and each offer's index text. */
export interface SearchVocabulary<T extends Offer> {
  readonly wordList: WordList;
  /** Each offer with its index text, in the order given. */
  readonly texts: readonly { readonly offer: T; readonly text: SearchText }[];
}

/**
 * Computes the word list and every offer's index text in one pass over the offers.
 * @example searchVocabulary(offers).texts[0]?.text.title // "Pflegebasiskurs mit Sprachförderung basiskurs kurs förderung"
 */
export function searchVocabulary<T extends Offer>(offers: readonly T[]): SearchVocabulary<T> {
  const perOffer = offers.map((offer) => ({ offer, words: offerWords(offer) }));
  const wordList = wordListOf(perOffer.map((entry) => entry.words));
  const parts = partsByWord(new Lexicon(wordList));
  const texts = perOffer.map(({ offer, words }) => ({
    offer,
    text: {
      title: withParts(words.title, parts),
      titleParts: partsOf(words.title, parts).join(" "),
      summary: withParts(words.summary, parts),
      everyday: withParts(words.everyday, parts),
      keywords: withParts(words.keywords, parts),
      parts: partsOf(words.body, parts).join(" "),
    },
  }));
  return { wordList, texts };
}
