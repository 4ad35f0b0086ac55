/**
 * Nunjucks filters: presentation only (formatting and label look-ups).
 * Registered in one loop by the Eleventy setup.
 */
import * as vocabularies from "../config/vocabularies.js";
import { formatDate } from "../content/dates.js";

type VocabularyName = "topics" | "audiences" | "funding" | "schedules" | "formats" | "cities" | "germanLevels";

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 2 });

export const filters = {
  /**
   * German date. @example {{ "2027-03-01" | date }} → "1. März 2027"
   */
  date: (iso: string, style: "long" | "short" | "month" = "long") => formatDate(iso, style),

  /**
   * German label of a vocabulary slug. @example {{ "avgs" | label("funding") }} → "Aktivierungs- und …"
   */
  label: (slug: string, vocabulary: VocabularyName) =>
    (vocabularies[vocabulary] as Record<string, vocabularies.Term>)[slug]?.label ?? slug,

  /**
   * Costs in euro, "kostenfrei" for 0. @example {{ 1290 | euro }} → "1.290,00 €"
   */
  euro: (amount: number) => (amount === 0 ? "kostenfrei" : euro.format(amount)),

  /**
   * JSON for a `<script type="application/ld+json">` block; `<` is escaped so no
   * string from an offer can close the script element.
   */
  jsonLd: (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"),
};
