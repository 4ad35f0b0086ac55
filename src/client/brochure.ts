/**
 * The print page `/broschuere/drucken/`: reads which brochure its URL asks for
 * (the search's parameters, or an explicit list of offers, plus layout
 * options), finds exactly the offers the search page would show, lays out the
 * plan of that brochure (cover, introduction, table of contents, chapters,
 * indexes) from the entries the build rendered, and paginates it with
 * paged.js. The builder previews this page; the PDFs are printed from it.
 * When done, `<html>` carries `data-brochure-pages` (the page count), which
 * the PDF renderer waits for. Bundled as one classic script by src/print/plugin.ts.
 */
import type { SearchConfig } from "../search/model.js";
import { matchesSelection } from "../search/selection.js";
import { brochureGlobal, printAssets, type BrochureConfig, type BrochureData, type Grouping } from "../print/model.js";
import { parseBrochureRequest, type BrochureRequest } from "../print/options.js";
import {
  brochureCount,
  brochurePlan,
  brochureTitle,
  pageList,
  selectionSummary,
  type BrochurePlan,
} from "../print/plan.js";
import { siteRootOf, siteSearch } from "./find.js";
import { paginate } from "./paged.js";
import { elementFinder } from "./dom.js";

const siteRoot = siteRootOf(printAssets.brochureClient);

const need = elementFinder("Druckseite");

const fill = (root: ParentNode, selector: string, text: string) =>
  (need<HTMLElement>(root, selector).textContent = text);

const cloneTemplate = (selector: string): DocumentFragment =>
  need<HTMLTemplateElement>(document, `template[${selector}]`).content.cloneNode(true) as DocumentFragment;

/** The indexes of the offers the brochure holds, in the data's order. */
async function chosenOffers(data: BrochureData, request: BrochureRequest, config: SearchConfig): Promise<number[]> {
  const all = data.offers.map((_, index) => index);
  const { state, options } = request;
  if (options.ids !== undefined) {
    const wanted = new Set(options.ids);
    return all.filter((index) => wanted.has(data.offers[index]?.id ?? ""));
  }
  // Filters alone: the offline list's matching, the meaning Pagefind gets too (src/search/selection.ts).
  if (state.query === "")
    return all.filter((index) => matchesSelection(data.offers[index]?.filters ?? {}, state.selection));
  const found = await siteSearch(config, siteRoot)(state, false);
  const ids = new Set((await found.outcome.cards(0, found.outcome.total)).map((card) => card.id));
  return all.filter((index) => ids.has(data.offers[index]?.id ?? ""));
}

const groupingWords: Record<Grouping, string> = { thema: "nach Themen", ort: "nach Orten" };

/** The brochure's content, from the page's templates and the build's entries. */
function assemble(
  data: BrochureData,
  plan: BrochurePlan,
  request: BrochureRequest,
  config: BrochureConfig,
): DocumentFragment {
  const content = cloneTemplate("data-brochure-front");
  fill(
    content,
    "[data-cover-selection]",
    selectionSummary(config.facets, request.state, request.options.ids !== undefined) || "Gesamtverzeichnis",
  );
  fill(content, "[data-cover-count]", brochureCount(plan.offerCount));
  fill(content, "[data-intro-count]", brochureCount(plan.offerCount));
  fill(content, "[data-intro-grouping]", groupingWords[request.options.grouping]);

  const toc = need<HTMLElement>(content, "[data-toc-list]");
  const back = cloneTemplate("data-brochure-back");
  const tocTargets = [
    ...plan.chapters.map((chapter) => ({ anchor: chapter.anchor, label: chapter.label })),
    ...[...back.querySelectorAll<HTMLElement>("h2[id]")].map((heading) => ({
      anchor: heading.id,
      label: heading.textContent ?? "",
    })),
  ];
  for (const target of tocTargets) {
    const item = cloneTemplate("data-toc-item");
    need<HTMLAnchorElement>(item, "a").href = `#${target.anchor}`;
    fill(item, "[data-toc-title]", target.label);
    toc.append(item);
  }

  for (const chapter of plan.chapters) {
    const section = cloneTemplate("data-brochure-chapter");
    const title = need<HTMLElement>(section, "[data-chapter-title]");
    title.id = chapter.anchor;
    title.textContent = chapter.label;
    fill(section, "[data-chapter-count]", brochureCount(chapter.offers.length));
    // The entries are the build's own HTML (the templates escaped every offer text).
    need<HTMLElement>(section, "[data-chapter-entries]").innerHTML = chapter.offers
      .map((index) => data.entries[index] ?? "")
      .join("");
    content.append(section);
  }

  const providers = need<HTMLElement>(back, "[data-provider-index]");
  for (const entry of plan.providers) {
    const item = cloneTemplate("data-provider-item");
    need<HTMLElement>(item, "[data-provider-entry]").outerHTML = data.providerEntries[entry.index] ?? "";
    need<HTMLElement>(item, "[data-page-refs]").dataset.pageRefs = entry.anchors.join(" ");
    providers.append(item);
  }
  const audiences = need<HTMLElement>(back, "[data-audience-index]");
  for (const entry of plan.audiences) {
    const item = cloneTemplate("data-audience-item");
    fill(item, "[data-audience-label]", entry.item.label);
    need<HTMLElement>(item, "[data-page-refs]").dataset.pageRefs = entry.anchors.join(" ");
    audiences.append(item);
  }
  content.append(back);
  return content;
}

/** Writes each index entry's page numbers, once every entry has its page. */
function fillPageNumbers(content: ParentNode, pageOf: ReadonlyMap<string, number>): void {
  for (const refs of content.querySelectorAll<HTMLElement>("[data-page-refs]")) {
    const pages = (refs.dataset.pageRefs ?? "").split(" ").flatMap((anchor) => pageOf.get(anchor) ?? []);
    refs.textContent = pageList(pages);
  }
}

/** The layout options as stylesheets: A4 is the default; A5 and bleed add their rules. */
function stylesheets(data: BrochureData, request: BrochureRequest): Record<string, string> {
  const { paper, bleed } = request.options;
  const css = [data.stylesheet.base, paper === "a5" ? data.stylesheet.a5 : "", bleed ? data.stylesheet.bleed : ""].join(
    "\n",
  );
  // paged.js resolves the fonts' url()s against this address: where brochure.css lies.
  return { [new URL(printAssets.brochureStyles, siteRoot).href]: css };
}

async function start(): Promise<void> {
  const status = need<HTMLElement>(document, "[data-brochure-status]");
  const data = (window as unknown as Record<string, BrochureData | undefined>)[brochureGlobal];
  const config = JSON.parse(need(document, "[data-brochure-config]").textContent ?? "{}") as BrochureConfig;
  if (data === undefined) throw new Error("Die Daten der Broschüre fehlen.");
  const request = parseBrochureRequest(location.search, config.facets);
  const plan = brochurePlan(data, await chosenOffers(data, request, config), request.options, request.state);
  document.title = brochureTitle(
    config.title,
    selectionSummary(config.facets, request.state, request.options.ids !== undefined),
  );
  document.documentElement.dataset.paper = request.options.paper;

  const content = assemble(data, plan, request, config);
  const flow = await paginate(content, stylesheets(data, request), need(document, "[data-brochure-pages]"), {
    targets: ".app-entry[id]",
    keepAttached: "[data-keep-attached]",
    indexes: "[data-brochure-index]",
    fillIndexes: (pageOf) => fillPageNumbers(content, pageOf),
  });
  status.remove();
  document.documentElement.dataset.brochurePages = String(flow.total);
  document.documentElement.dataset.brochureMs = String(Math.round(flow.performance));
}

start().catch((error: unknown) => {
  const status = document.querySelector("[data-brochure-status]");
  if (status)
    status.textContent = `Die Broschüre konnte nicht gesetzt werden: ${error instanceof Error ? error.message : String(error)}`;
  document.documentElement.dataset.brochureError = "true";
});
