/**
 * A number of offers in words, thousands grouped, as every page and the search write it.
 * @example offerCount(4000) // "4.000 Angebote"
 */
export const offerCount = (total: number): string =>
  total === 1 ? "1 Angebot" : `${total.toLocaleString("de-DE")} Angebote`;
