/**
 * The search page `/suche/`: reads the state from the URL, searches with
 * Pagefind (or the offline list), shows counts, chosen filters and result
 * cards, and keeps the URL in step so a copied link or the back button shows
 * the same results. Bundled as one classic script by src/search/plugin.ts.
 */
import { searchAssets, type Facet, type ResultCard, type SearchConfig, type SearchState } from "../search/model.js";
import { activeFacets } from "../search/selection.js";
import { parseSearchState, serialiseSearchState } from "../search/url-state.js";
import type { SearchOutcome } from "./engines.js";
import { renderCounts } from "./filter-panel.js";
import { pageHref, siteRootOf, siteSearch } from "./find.js";
import { fillTemplate } from "./template-fill.js";
import * as text from "./text.js";
import { builderPagePath } from "../print/model.js";
import { elementFinder } from "./dom.js";

const pageSize = 12;
const typingDelay = 80;

/** The site root, from this script's own URL (it lives at `searchAssets.client`), so any sub-path works. */
const siteRoot = siteRootOf(searchAssets.client);

const need = elementFinder("Suchseite");

function start(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search]");
  const configScript = document.querySelector("[data-search-config]");
  if (form === null || configScript === null) return;
  const config = JSON.parse(configScript.textContent ?? "{}") as SearchConfig;
  const page = elements(form);
  const search = siteSearch(config, siteRoot);
  let sequence = 0;
  let shown = 0;
  let current: SearchOutcome | undefined;

  form.hidden = false;

  const readState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") params.append(name, value);
    return parseSearchState(params, config.facets);
  };

  const writeState = (state: SearchState) => {
    page.query.value = state.query;
    page.sort.value = state.sort;
    for (const box of page.checkboxes) {
      const facet = config.facets.find((candidate) => candidate.param === box.name);
      box.checked = facet !== undefined && (state.selection[facet.key] ?? []).includes(box.value);
    }
  };

  const updateUrl = (state: SearchState, mode: "push" | "replace") => {
    const query = serialiseSearchState(state, config.facets);
    const url = query === "" ? location.pathname : `?${query}`;
    if (url === `${location.pathname}${location.search}` || url === location.search) return;
    try {
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    } catch {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  };

  // Counts are only fetched while the filter panel is on screen (always on wide screens).
  const panelShown = () => page.panel.getClientRects().length > 0;
  let counted = false;

  const run = async (state: SearchState) => {
    const id = ++sequence;
    // The builder reads the same parameters: it opens with this search, as a brochure.
    const query = serialiseSearchState(state, config.facets);
    page.brochure.href = `${pageHref(builderPagePath, siteRoot)}${query === "" ? "" : `?${query}`}`;
    page.form.setAttribute("aria-busy", "true");
    const withCounts = panelShown();
    try {
      const { outcome, kind } = await search(state, withCounts);
      const notes = [...text.readingNotes(outcome), ...(kind === "offline" ? [text.offlineNote] : [])];
      const cards = await outcome.cards(0, pageSize);
      if (id !== sequence) return;
      current = outcome;
      counted = outcome.counts !== undefined;
      shown = cards.length;
      render(page, config, state, outcome, cards, notes);
    } catch {
      if (id !== sequence) return;
      page.status.textContent = text.unavailableNote;
    } finally {
      if (id === sequence) page.form.removeAttribute("aria-busy");
    }
  };

  const commit = (mode: "push" | "replace") => {
    const state = readState();
    updateUrl(state, mode);
    void run(state);
  };

  // Events
  let typing: ReturnType<typeof setTimeout> | undefined;
  page.query.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit("replace"), typingDelay);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit("push");
  });
  form.addEventListener("change", (event) => {
    if (event.target !== page.query) commit("push");
  });
  page.clear.addEventListener("click", () => {
    for (const box of page.checkboxes) box.checked = false;
    commit("push");
    page.status.focus();
  });
  const removeChoice = (event: Event) => {
    const chip = (event.target as Element).closest<HTMLElement>("[data-chip-param]");
    if (chip === null) return;
    const box = page.checkboxes.find(
      (candidate) => candidate.name === chip.dataset.chipParam && candidate.value === chip.dataset.chipValue,
    );
    if (box) box.checked = false;
    commit("push");
    page.status.focus();
  };
  page.chips.addEventListener("click", removeChoice);
  page.suggestion.addEventListener("click", (event) => {
    const corrected = (event.target as Element).closest<HTMLAnchorElement>("a")?.dataset.query;
    if (corrected === undefined) return;
    event.preventDefault();
    page.query.value = corrected;
    commit("push");
    page.status.focus();
  });
  page.emptyChips.addEventListener("click", removeChoice);
  const countIfShown = () => {
    if (!counted && panelShown()) void run(readState());
  };
  page.toggle.addEventListener("click", () => {
    setPanelOpen(page, page.toggle.getAttribute("aria-expanded") !== "true");
    countIfShown();
  });
  window.addEventListener("resize", countIfShown);
  page.showResults.addEventListener("click", () => {
    setPanelOpen(page, false);
    page.status.focus();
  });
  page.more.addEventListener("click", async () => {
    if (current === undefined) return;
    const outcome = current;
    const cards = await outcome.cards(shown, shown + pageSize);
    if (outcome !== current) return;
    const first = appendCards(page, cards);
    shown += cards.length;
    updateMore(page, outcome.total - shown);
    first?.querySelector<HTMLElement>("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    const state = parseSearchState(location.search, config.facets);
    writeState(state);
    void run(state);
  });

  const initial = parseSearchState(location.search, config.facets);
  writeState(initial);
  void run(initial);
}

type Page = ReturnType<typeof elements>;

function elements(form: HTMLFormElement) {
  return {
    form,
    query: need<HTMLInputElement>(form, "input[name=q]"),
    sort: need<HTMLSelectElement>(form, "select[name=sort]"),
    checkboxes: [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")],
    status: need<HTMLElement>(form, "[data-status]"),
    note: need<HTMLElement>(form, "[data-note]"),
    suggestion: need<HTMLElement>(form, "[data-suggestion]"),
    results: need<HTMLElement>(form, "[data-results]"),
    chosen: need<HTMLElement>(form, "[data-chosen]"),
    chips: need<HTMLElement>(form, "[data-chips]"),
    empty: need<HTMLElement>(form, "[data-empty]"),
    emptyHint: need<HTMLElement>(form, "[data-empty-hint]"),
    emptyChips: need<HTMLElement>(form, "[data-empty-chips]"),
    more: need<HTMLButtonElement>(form, "[data-more]"),
    clear: need<HTMLButtonElement>(form, "[data-clear-filters]"),
    toggle: need<HTMLButtonElement>(form, "[data-filter-toggle]"),
    toggleCount: need<HTMLElement>(form, "[data-filter-toggle-count]"),
    panel: need<HTMLElement>(form, "[data-search-panel]"),
    showResults: need<HTMLButtonElement>(form, "[data-show-results]"),
    brochure: need<HTMLAnchorElement>(form, "[data-brochure-link]"),
    cardTemplate: need<HTMLTemplateElement>(document, "template[data-card-template]"),
    chipTemplate: need<HTMLTemplateElement>(document, "template[data-chip-template]"),
  };
}

function setPanelOpen(page: Page, open: boolean): void {
  page.toggle.setAttribute("aria-expanded", String(open));
  page.panel.classList.toggle("app-search-filters--open", open);
}

function render(
  page: Page,
  config: SearchConfig,
  state: SearchState,
  outcome: SearchOutcome,
  cards: readonly ResultCard[],
  notes: readonly string[],
): void {
  const chosen = chosenValues(config.facets, state);
  renderCounts(page.form, config.facets, outcome.counts, state);
  page.status.textContent = text.resultStatus(outcome.total, state.query);
  renderSuggestion(page, config, state, outcome.plan?.corrected);
  page.note.textContent = notes.join(" ");
  page.note.hidden = notes.length === 0;
  page.chips.replaceChildren(...chosen.map((choice) => chip(page, choice)));
  // With no results the empty notice offers the same buttons; one set is enough.
  page.chosen.hidden = chosen.length === 0 || outcome.total === 0;
  page.toggleCount.textContent = text.toggleCount(chosen.length);
  page.clear.hidden = chosen.length === 0;
  page.showResults.textContent = text.showResultsLabel(outcome.total);
  page.results.replaceChildren();
  appendCards(page, cards);
  page.empty.hidden = outcome.total > 0;
  page.emptyHint.textContent = text.emptyHint(chosen.length, state.query);
  page.emptyChips.replaceChildren(...(outcome.total > 0 ? [] : chosen.map((choice) => chip(page, choice))));
  updateMore(page, outcome.total - cards.length);
}

/** „Meinten Sie „Pflege“?“ as a link to that search, filters kept; hidden without a correction. */
function renderSuggestion(page: Page, config: SearchConfig, state: SearchState, corrected: string | undefined): void {
  page.suggestion.hidden = corrected === undefined;
  const link = need<HTMLAnchorElement>(page.suggestion, "a");
  if (corrected === undefined) return;
  link.textContent = corrected;
  link.dataset.query = corrected;
  link.href = `?${serialiseSearchState({ ...state, query: corrected }, config.facets)}`;
}

interface Choice {
  readonly facet: Facet;
  readonly slug: string;
  readonly label: string;
}

function chosenValues(facets: readonly Facet[], state: SearchState): Choice[] {
  const active = new Set(activeFacets(state.selection));
  return facets
    .filter((facet) => active.has(facet.key))
    .flatMap((facet) =>
      facet.values
        .filter((value) => state.selection[facet.key]?.includes(value.slug))
        .map((value) => ({
          facet,
          slug: value.slug,
          // A yes/no facet's one value says it all ("Rollstuhlgerecht").
          label: facet.values.length === 1 ? value.label : `${facet.label}: ${value.label}`,
        })),
    );
}

function chip(page: Page, choice: Choice): DocumentFragment {
  const fragment = page.chipTemplate.content.cloneNode(true) as DocumentFragment;
  const button = need<HTMLButtonElement>(fragment, "button");
  button.dataset.chipParam = choice.facet.param;
  button.dataset.chipValue = choice.slug;
  need<HTMLElement>(fragment, "[data-chip-text]").textContent = choice.label;
  return fragment;
}

/** Appends result cards cloned from the card component's template; returns the first new item. */
function appendCards(page: Page, cards: readonly ResultCard[]): Element | undefined {
  const fragments = cards.map((card) => fillCard(page.cardTemplate, card));
  const first = fragments[0]?.firstElementChild ?? undefined;
  page.results.append(...fragments);
  return first;
}

/** A result card from the card component's template; its link is set apart, so the template's own is never crawled. */
function fillCard(template: HTMLTemplateElement, card: ResultCard): DocumentFragment {
  const fragment = fillTemplate(template, card);
  for (const link of fragment.querySelectorAll<HTMLAnchorElement>(".app-offer-card__link")) link.href = card.url;
  return fragment;
}

function updateMore(page: Page, remaining: number): void {
  page.more.hidden = remaining <= 0;
  page.more.textContent = text.moreLabel(Math.min(remaining, pageSize));
}

start();
