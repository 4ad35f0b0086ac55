/**
 * What a typed query means, before any index is asked: the words that count
 * (no „für“, „mit“, „ich suche“), compounds the offers do not contain split
 * into words they do („Altenpflege“ → „alten“ + „pflege“), typos corrected from
 * the offers' own vocabulary („Pflgee“ → „Pflege“), and long known compounds
 * widened by their parts so offers naming a part in the title rank first.
 * Both search engines (Pagefind and the offline list) plan a query here, so
 * they read it the same way. Browser-safe: no Node imports.
 */
import { editDistance } from "../content/suggest.js";
import { foldText } from "./selection.js";

/** The words of all published offers with the number of offers using each, as the build writes them for the browser. */
export interface WordList {
  /** Words as they are usually written ("Pflege", "kurs"), space-separated. */
  readonly words: string;
  /** Offers containing each word, in the same order. */
  readonly counts: readonly number[];
}

/** Global name of the word list script: the build's script defines it, the search page reads it. */
export const wordListGlobal = "__bbWords";

/** Words a query is made of that never tell offers apart. */
const stopWords = new Set(
  (
    "am an auf aus bei bis das dem den der des die ein eine einem einen einer es fur ich im in ins ist mit " +
    "mochte nach oder suche suchen und vom von will zu zum zur"
  ).split(" "),
);

/** Endings of German inflection: „Umschulungen“ is a known word when „Umschulung“ is. */
const inflections = ["innen", "nen", "ern", "en", "em", "er", "es", "in", "e", "n", "s"];

/** Linking letters between the parts of a compound („Arbeit-s-markt“, „Pflege-n-…“). */
const linkers = ["", "s", "es", "n", "en"];

/** Endings a word drops when it starts a compound. */
const stemEndings = ["e", "en", "n"];

/** The shortest part before another, and the shortest last part of a compound („Kurs“, never „ein“). */
const minPart = 3;
const minLast = 4;

/** One word of the query and how it is searched. */
export interface PlannedWord {
  /** As typed, in lower case, e.g. "bürokauffrau". */
  readonly typed: string;
  /**
   * The folded terms an offer must match for this word (all of them): the word itself
   * (with its parts when it is a long compound), a correction, or the parts of a
   * compound the offers do not contain. Empty when the word is found nowhere.
   */
  readonly search: readonly string[];
  readonly kind: "known" | "split" | "corrected" | "unknown";
  /** For corrections: the word as the offers write it ("Pflege"). */
  readonly correction?: string;
  /** For split words: the longest part, to search alone when the parts together find nothing. */
  readonly mainPart?: string;
}

/** A query as the engines search it. */
export interface QueryPlan {
  readonly words: readonly PlannedWord[];
  /** The query with typos corrected, for „Meinten Sie …?“; undefined when nothing was corrected. */
  readonly corrected?: string;
}

/**
 * The offers' vocabulary, prepared for prefix look-ups, splitting and spelling
 * suggestions. Words are folded (lower case, no accents) as the index is.
 */
export class Lexicon {
  private readonly sorted: readonly string[];
  /** The words spelt backwards, sorted, to find word ends. */
  private readonly reversed: readonly string[];
  private readonly entries = new Map<string, { readonly surface: string; readonly count: number }>();

  constructor(list: WordList) {
    const words = list.words.split(" ").filter(Boolean);
    words.forEach((surface, index) => {
      const folded = foldText(surface);
      const count = list.counts[index] ?? 0;
      const known = this.entries.get(folded);
      if (folded !== "" && (known === undefined || known.count < count)) this.entries.set(folded, { surface, count });
    });
    this.sorted = [...this.entries.keys()].sort();
    this.reversed = this.sorted.map(reverse).sort();
  }

  /** True when the folded word is an offer word. */
  has(word: string): boolean {
    return this.entries.has(word);
  }

  /** True when an offer word starts with the folded word (as the index matches prefixes). */
  hasPrefix(word: string): boolean {
    return startsInSorted(this.sorted, word);
  }

  /** True when an offer word ends with the folded word („kurs“ ends „Pflegebasiskurs“). */
  hasSuffix(word: string): boolean {
    return startsInSorted(this.reversed, reverse(word));
  }

  /** True when the index finds the folded word: as a word start, or as an inflected form of one. */
  knows(word: string): boolean {
    if (this.hasPrefix(word)) return true;
    return inflections.some(
      (ending) =>
        word.endsWith(ending) && word.length - ending.length >= 4 && this.hasPrefix(word.slice(0, -ending.length)),
    );
  }

  /** How the offers usually write a folded word. */
  surface(word: string): string {
    return this.entries.get(word)?.surface ?? word;
  }

  /** The number of offers using a folded word. */
  count(word: string): number {
    return this.entries.get(word)?.count ?? 0;
  }

  /**
   * True when the folded word can stand before another in a compound: a word, or
   * a word without its ending („Sprach-“ of „Sprache“, „Schweiß-“ of „Schweißen“).
   */
  private isModifier(part: string): boolean {
    return this.has(part) || stemEndings.some((ending) => this.has(part + ending));
  }

  /**
   * The folded word split into offer words, fewest parts first; undefined when it cannot be.
   * The last part may be inflected („Pflegekurse“ → „pflege“, „kurse“) or, with `wordEnds`, the end of an offer word.
   * @example lexicon.split("altenpflege") // ["alten", "pflege"]
   */
  split(word: string, wordEnds = true): string[] | undefined {
    // best[i]: the split of word.slice(i) with the fewest parts; a last part that is only the
    // end of an offer word (not a word) costs a little more, so „bewerbung|s|training“ beats „bewerbung|straining“.
    const best: ({ parts: string[]; cost: number } | undefined)[] = Array.from(
      { length: word.length + 1 },
      () => undefined,
    );
    for (let start = word.length - minLast; start >= 0; start--) {
      const rest = word.slice(start);
      // The whole word as one part is no split; any later rest may be a single word, or the end
      // of an offer word: „kurs“ of „Pflegebasiskurs“ is a word of its own.
      let choice: { parts: string[]; cost: number } | undefined;
      if (start > 0 && (this.has(rest) || this.knowsInflected(rest))) choice = { parts: [rest], cost: 2 };
      else if (wordEnds && start > 0 && this.hasSuffix(rest)) choice = { parts: [rest], cost: 3 };
      // Longer parts first: of two equal splits, „schweiss|kurs“ wins over „schweis|s|kurs“.
      for (let end = word.length - minLast; end >= start + minPart; end--) {
        const part = word.slice(start, end);
        if (!this.isModifier(part)) continue;
        for (const linker of linkers) {
          if (!word.startsWith(linker, end)) continue;
          const tail = best[end + linker.length];
          if (tail !== undefined && (choice === undefined || tail.cost + 2 < choice.cost)) {
            choice = { parts: [part, ...tail.parts], cost: tail.cost + 2 };
          }
        }
      }
      best[start] = choice;
    }
    return best[0]?.parts;
  }

  private knowsInflected(word: string): boolean {
    return inflections.some(
      (ending) =>
        word.endsWith(ending) && word.length - ending.length >= minPart && this.has(word.slice(0, -ending.length)),
    );
  }

  /**
   * The offer word closest in spelling to a folded word that the offers do not contain:
   * one edit for short words, two for longer ones; the more common word wins a tie.
   * @example lexicon.correct("pflgee") // "pflege"
   */
  correct(word: string): string | undefined {
    const limit = word.length <= 5 ? 1 : 2;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, entry] of this.entries) {
      if (Math.abs(candidate.length - word.length) > limit || candidate.length < minPart) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      if (best === undefined || distance < best.distance || (distance === best.distance && entry.count > best.count)) {
        best = { word: candidate, distance, count: entry.count };
      }
    }
    return best?.word;
  }
}

/** A word of a query: as typed (lower case) and folded as the index folds it. */
export interface QueryTerm {
  readonly typed: string;
  readonly folded: string;
}

const reverse = (word: string) => [...word].reverse().join("");

/** True when a word of the sorted list starts with `start` (binary search). */
function startsInSorted(sorted: readonly string[], start: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < start) low = middle + 1;
    else high = middle;
  }
  return (sorted[low] ?? "").startsWith(start);
}

/**
 * The words of a query that count, stop words left out.
 * @example queryTerms("Ich suche einen Deutschkurs für Frauen").map((term) => term.folded) // ["deutschkurs", "frauen"]
 */
export function queryTerms(query: string): QueryTerm[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((typed) => ({ typed, folded: foldText(typed) }))
    .filter((term) => term.folded !== "" && !stopWords.has(term.folded));
}

/** Known words at least this long are also searched by their most common part, so offers naming it in the title rank first. */
const widenFrom = 8;

/** Terms this short are matched as whole words: „KI“ is not „Kita“. */
export const wholeWordUpTo = 2;

/** At most this many words of a query count; a longer query is a sentence, not a search. */
export const maxQueryWords = 6;

const longest = (parts: readonly string[]) => parts.reduce((a, b) => (b.length > a.length ? b : a), "");

/**
 * Plans a query against the offers' vocabulary.
 * @example planQuery("Pflgee", lexicon).corrected // "Pflege"
 * @example planQuery("Altenpflege", lexicon).words[0]?.search // ["alten", "pflege"]
 */
export function planQuery(query: string, lexicon: Lexicon): QueryPlan {
  const words = queryTerms(query)
    .slice(0, maxQueryWords)
    .map(({ typed, folded }): PlannedWord => {
      if (lexicon.knows(folded)) {
        // The compound's most common part is what most offers name it by („Alten-pflege“: Pflege,
        // „Bewerbungs-training“: Bewerbung); searched too, it ranks the offers naming it in the title first.
        // Offers with the compound have that part as well (the index holds compound parts), so none is lost.
        // Only whole words: the end of some other word („-ieren“, „-nlos“) says nothing here.
        const parts = folded.length >= widenFrom ? (lexicon.split(folded, false) ?? []) : [];
        const common = parts.reduce<string | undefined>(
          (best, part) => (best === undefined || lexicon.count(part) > lexicon.count(best) ? part : best),
          undefined,
        );
        return { typed, search: common === undefined ? [folded] : [folded, common], kind: "known" };
      }
      const parts = lexicon.split(folded);
      if (parts !== undefined) return { typed, search: parts, kind: "split", mainPart: longest(parts) };
      const correction = lexicon.correct(folded);
      if (correction !== undefined) {
        return { typed, search: [correction], kind: "corrected", correction: lexicon.surface(correction) };
      }
      return { typed, search: [], kind: "unknown" };
    });
  const corrected = words.some((word) => word.kind === "corrected")
    ? words.map((word) => word.correction ?? word.typed).join(" ")
    : undefined;
  return { words, ...(corrected === undefined ? {} : { corrected }) };
}

/**
 * The plan's words searched by their main part alone where a split word's parts find nothing together.
 * @example narrowSplits(plan).words[0]?.search // ["pflege"] for „Pflegekurs“
 */
export function narrowSplits(plan: QueryPlan): QueryPlan {
  return {
    ...plan,
    words: plan.words.map((word) => (word.mainPart === undefined ? word : { ...word, search: [word.mainPart] })),
  };
}

/**
 * How well an offer's texts match one planned word, for the offline list: the
 * weight of the best field each of its terms occurs in (anywhere in a word, so
 * „pflege“ is found in „Altenpflege“), summed; 0 when a term occurs nowhere.
 * Fields and weights are folded texts with their weights, the title first.
 * @example wordScore({ typed: "pflege", search: ["pflege"], kind: "known" }, [["pflegebasiskurs", 8]]) // 8
 */
export function wordScore(word: PlannedWord, fields: readonly (readonly [string, number])[]): number {
  let score = 0;
  for (const term of word.search) {
    let best = 0;
    const needle = term.length <= wholeWordUpTo ? ` ${term} ` : term;
    for (const [text, weight] of fields) if (weight > best && ` ${text} `.includes(needle)) best = weight;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * Every way of choosing `size` of `count` items, as index lists, in order.
 * @example choose(3, 2) // [[0, 1], [0, 2], [1, 2]]
 */
export function choose(count: number, size: number): number[][] {
  if (size === 0) return [[]];
  const result: number[][] = [];
  for (let first = 0; first <= count - size; first++) {
    for (const rest of choose(count - first - 1, size - 1))
      result.push([first, ...rest.map((index) => index + first + 1)]);
  }
  return result;
}
