/**
 * The search's relevance set (`src/search/__fixtures__/relevance.json`) and its
 * figures: queries as citizens type them, run through the real search page in
 * Chromium over the built sample offers, scored by recall@5 and mean reciprocal
 * rank. The benchmark (`npm run bench:search`) and the relevance test share it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { projectRoot } from "../config/site.js";
import { searchSettled } from "./search.js";

/** One judged query: what is typed, filters as URL parameters, and the offers a counsellor wants in the top five. */
export interface RelevanceQuery {
  readonly query: string;
  /** Filters as on `/suche/`, e.g. "ort=solingen". */
  readonly params?: string;
  /** Who asks this way. */
  readonly who: string;
  /** Offer ids (`<provider>/<offer>`), judged from the offers' content. */
  readonly relevant: readonly string[];
}

export interface RelevanceSet {
  readonly about: string;
  /** The day the sample site is built for, so no judged offer expires. */
  readonly day: string;
  readonly queries: readonly RelevanceQuery[];
}

/** What the search showed for one query: the ids of the first result cards, in order. */
export interface QueryOutcome {
  readonly query: RelevanceQuery;
  readonly shown: readonly string[];
}

/** How one query fared. */
export interface QueryScore {
  readonly query: RelevanceQuery;
  /** Relevant offers among the first five, out of min(5, relevant). */
  readonly recall: number;
  /** 1 / rank of the first relevant offer shown, 0 when none is shown. */
  readonly reciprocalRank: number;
  readonly shown: readonly string[];
}

export interface RelevanceFigures {
  readonly queries: number;
  readonly recallAt5: number;
  readonly mrr: number;
  /** Queries that showed nothing although a relevant offer exists. */
  readonly zeroResults: readonly string[];
  readonly scores: readonly QueryScore[];
}

/** The targets of issue #10. */
export const relevanceTargets = { recallAt5: 0.9, mrr: 0.8 } as const;

/** Where the judged set lives. */
export const relevanceFile = path.join(projectRoot, "src/search/__fixtures__/relevance.json");

/** Reads the judged set. */
export async function loadRelevanceSet(file = relevanceFile): Promise<RelevanceSet> {
  return JSON.parse(await readFile(file, "utf8")) as RelevanceSet;
}

/** A query as the header search or a link would open it: `?q=…` and its filters. */
export function relevanceSearch(query: RelevanceQuery): string {
  return `?q=${encodeURIComponent(query.query)}${query.params ? `&${query.params}` : ""}`;
}

/** A query as people read it: „deutschkurs“ + kinderbetreuung=ja. */
const readable = (query: RelevanceQuery) => `„${query.query}“${query.params ? ` + ${query.params}` : ""}`;

/**
 * Scores the outcomes.
 * @example relevanceFigures([{ query: { query: "x", who: "", relevant: ["a"] }, shown: ["b", "a"] }]).mrr // 0.5
 */
export function relevanceFigures(outcomes: readonly QueryOutcome[]): RelevanceFigures {
  const scores = outcomes.map(({ query, shown }): QueryScore => {
    const relevant = new Set(query.relevant);
    const found = shown.slice(0, 5).filter((id) => relevant.has(id)).length;
    const first = shown.findIndex((id) => relevant.has(id));
    return {
      query,
      recall: found / Math.min(5, relevant.size),
      reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
      shown,
    };
  });
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  return {
    queries: scores.length,
    recallAt5: mean(scores.map((score) => score.recall)),
    mrr: mean(scores.map((score) => score.reciprocalRank)),
    zeroResults: outcomes
      .filter((outcome) => outcome.shown.length === 0 && outcome.query.relevant.length > 0)
      .map((outcome) => readable(outcome.query)),
    scores,
  };
}

/**
 * Runs every query of the set on the search page at `searchPageUrl`
 * (`http://…/suche/` or a `file://…/suche/index.html`) and collects the cards shown first.
 */
export async function runRelevanceSet(
  context: BrowserContext,
  searchPageUrl: string,
  set: RelevanceSet,
): Promise<QueryOutcome[]> {
  const page = await context.newPage();
  try {
    const outcomes: QueryOutcome[] = [];
    for (const query of set.queries) {
      await page.goto(`${searchPageUrl}${relevanceSearch(query)}`);
      await page.waitForFunction(searchSettled);
      const shown = (await page.evaluate(
        "[...document.querySelectorAll('[data-results] [data-offer-id]')].map((card) => card.dataset.offerId)",
      )) as string[];
      outcomes.push({ query, shown });
    }
    return outcomes;
  } finally {
    await page.close();
  }
}

const figure = (value: number) => value.toFixed(2);

/** The figures as Markdown: totals, then every query that missed a relevant offer in its top five. */
export function formatRelevance(label: string, figures: RelevanceFigures): string {
  const misses = figures.scores.filter((score) => score.recall < 1 || score.reciprocalRank < 1);
  return [
    `| ${label} | recall@5 | MRR | zero-result queries |`,
    `|---|---:|---:|---|`,
    `| ${figures.queries} queries | **${figure(figures.recallAt5)}** | **${figure(figures.mrr)}** | ${figures.zeroResults.length === 0 ? "none" : figures.zeroResults.join(", ")} |`,
    "",
    ...(misses.length === 0
      ? ["Every query has its relevant offers in the top five, a relevant one first."]
      : [
          `| query | recall@5 | first relevant at |`,
          `|---|---:|---:|`,
          ...misses.map(
            (score) =>
              `| ${readable(score.query)} | ${figure(score.recall)} | ${score.reciprocalRank === 0 ? "–" : Math.round(1 / score.reciprocalRank)} |`,
          ),
        ]),
  ].join("\n");
}
