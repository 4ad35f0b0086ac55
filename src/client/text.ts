/** The German texts the search page writes at run time, as pure functions. */
import type { QueryPlan } from "../search/query.js";
import { offerCount } from "../view/offer-count.js";

const quoted = (text: string) => `„${text}“`;

/**
 * The result count, read out by screen readers after every search.
 * @example resultStatus(12, "Pflege") // "12 Angebote für „Pflege“ gefunden."
 */
export function resultStatus(total: number, query: string): string {
  const count = total === 0 ? "Keine Angebote" : offerCount(total);
  return `${count}${query === "" ? "" : ` für ${quoted(query)}`} gefunden.`;
}

/** How a search was read, as the engines report it. */
export interface Reading {
  readonly plan: QueryPlan | undefined;
  readonly matched: number;
  readonly searched: number;
}

const both = (words: readonly string[]) =>
  words.length <= 1
    ? words.map(quoted).join("")
    : `${words.slice(0, -1).map(quoted).join(", ")} und ${quoted(words.at(-1) ?? "")}`;

/**
 * What the search did with the words, so nobody wonders why a result shows:
 * corrected typos, split compounds, words found nowhere, and results that match only some words.
 * @example readingNotes({ plan: { words: [{ typed: "pflgee", search: ["pflege"], kind: "corrected", correction: "Pflege" }] }, matched: 1, searched: 1 })
 *   // ["Für „pflgee“ gibt es keine Treffer. Angezeigt werden Treffer für „Pflege“."]
 */
export function readingNotes(reading: Reading, surface: (word: string) => string = (word) => word): string[] {
  const notes: string[] = [];
  for (const word of reading.plan?.words ?? []) {
    if (word.kind === "corrected" && word.correction !== undefined) {
      notes.push(
        `Für ${quoted(word.typed)} gibt es keine Treffer. Angezeigt werden Treffer für ${quoted(word.correction)}.`,
      );
    } else if (word.kind === "split") {
      notes.push(
        `${quoted(word.typed)} steht so in keinem Angebot. Gesucht wird nach ${both(word.search.map(surface))}.`,
      );
    } else if (word.kind === "unknown") {
      notes.push(`${quoted(word.typed)} kommt in keinem Angebot vor.`);
    }
  }
  if (reading.matched > 0 && reading.matched < reading.searched) {
    notes.push(
      `Kein Angebot enthält alle ${reading.searched} Suchwörter. Angezeigt werden die Angebote mit ${reading.matched} davon.`,
    );
  }
  return notes;
}

/** Shown when the page searches the offline list instead of the full index. */
export const offlineNote =
  "Einfache Suche ohne Server: Die Filter funktionieren. Suchwörter werden ohne ihre Wortformen gesucht: „Kurse“ findet nicht „Kurs“.";

/** Shown when nothing can be searched at all. */
export const unavailableNote =
  "Die Suche kann gerade nicht geladen werden. Alle Angebote finden Sie über die Seiten Orte, Themen, Zielgruppen und Förderung.";

/**
 * Help when nothing matches: which change is most likely to help.
 * @example emptyHint(2, "") // "Entfernen Sie einen der Filter, dann finden Sie mehr Angebote:"
 */
export function emptyHint(chosenFilters: number, query: string): string {
  const spelling = `Prüfen Sie die Schreibweise von ${quoted(query)} oder versuchen Sie ein allgemeineres Wort, zum Beispiel „Pflege“ statt „Pflegehelferin“.`;
  if (chosenFilters === 0) return spelling;
  const filters =
    chosenFilters === 1
      ? "Entfernen Sie den Filter, dann finden Sie mehr Angebote:"
      : "Entfernen Sie einen der Filter, dann finden Sie mehr Angebote:";
  return query === "" ? filters : `${spelling} ${filters}`;
}

/**
 * The button that closes the filter panel on small screens.
 * @example showResultsLabel(12) // "12 Angebote anzeigen"
 */
export function showResultsLabel(total: number): string {
  if (total === 0) return "Zum Ergebnis";
  return `${offerCount(total)} anzeigen`;
}

/**
 * The label of the button that shows more results.
 * @example moreLabel(5) // "5 weitere Angebote anzeigen"
 */
export function moreLabel(count: number): string {
  return count === 1 ? "1 weiteres Angebot anzeigen" : `${count} weitere Angebote anzeigen`;
}

/**
 * The filter button on small screens, with the number of chosen values.
 * @example toggleCount(2) // "(2 gewählt)"
 */
export function toggleCount(chosen: number): string {
  return chosen === 0 ? "" : `(${chosen} gewählt)`;
}
