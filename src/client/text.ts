/** The German texts the search page writes at run time, as pure functions. */
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

/**
 * Said when a query found nothing and a broader one did.
 * @example relaxedNote("Deutschkurs B2", { query: "Deutschkurs", prefix: false })
 *   // "Keine Treffer für „Deutschkurs B2“. Angezeigt werden Treffer für „Deutschkurs“."
 */
export function relaxedNote(query: string, relaxed: { readonly query: string; readonly prefix: boolean }): string {
  const shown = relaxed.prefix ? `Wörter, die mit ${quoted(relaxed.query)} beginnen` : quoted(relaxed.query);
  return `Keine Treffer für ${quoted(query)}. Angezeigt werden Treffer für ${shown}.`;
}

/** Shown when the page searches the offline list instead of the full index. */
export const offlineNote =
  "Einfache Suche ohne Server: Die Filter funktionieren. Suchbegriffe werden nur so gefunden, wie Sie sie schreiben.";

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
