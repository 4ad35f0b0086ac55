/**
 * The brochure builder `/broschuere/erstellen/`: the search's query and filter
 * panel (one facet list, the search page's engines, so the count is what the
 * search page shows for the same choice), the brochure's layout, the number
 * of matching offers with the panel's counts, and a preview of the print page
 * in a frame that the print button prints. The URL keeps every choice, so a
 * link from the search page ("Als Broschüre drucken") opens with its search.
 */
import { printAssets, printPagePath, type BrochureConfig } from "../print/model.js";
import { parseBrochureRequest, serialiseBrochureRequest, type BrochureRequest } from "../print/options.js";
import { brochureCount } from "../print/plan.js";
import { renderCounts } from "./filter-panel.js";
import { siteRootOf, siteSearch } from "./find.js";
import { offlineNote, readingNotes } from "./text.js";
import { elementFinder } from "./dom.js";

const siteRoot = siteRootOf(printAssets.builderClient);
const typingDelay = 150;

const need = elementFinder("Broschüren-Seite");

/** The German status line: how many offers the brochure would hold. */
function countStatus(total: number): string {
  if (total === 0)
    return "Keine Angebote passen zu dieser Auswahl. Entfernen Sie einen Filter oder ändern Sie den Suchbegriff.";
  return `${brochureCount(total)} ${total === 1 ? "kommt" : "kommen"} in die Broschüre.`;
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>("[data-builder]");
  const configScript = document.querySelector("[data-brochure-config]");
  if (form === null || configScript === null) return;
  const config = JSON.parse(configScript.textContent ?? "{}") as BrochureConfig;
  const search = siteSearch(config, siteRoot);
  const status = need<HTMLElement>(form, "[data-builder-status]");
  const query = need<HTMLInputElement>(form, "input[name=q]");
  const open = need<HTMLAnchorElement>(form, "[data-builder-open]");
  const previewButton = need<HTMLButtonElement>(form, "[data-builder-preview]");
  const printButton = need<HTMLButtonElement>(form, "[data-builder-print]");
  const area = need<HTMLElement>(form, "[data-builder-preview-area]");
  const frame = document.createElement("iframe");
  frame.className = "app-builder__frame";
  frame.title = "Vorschau der Broschüre";
  frame.dataset.builderFrame = "";
  const inputs = [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]")];
  let sequence = 0;
  let total = 0;

  form.hidden = false;

  const readRequest = (): BrochureRequest => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") params.append(name, value);
    return parseBrochureRequest(params, config.facets);
  };

  const writeRequest = (request: BrochureRequest) => {
    query.value = request.state.query;
    const values = new URLSearchParams(serialiseBrochureRequest(request, config.facets));
    for (const input of inputs) {
      const chosen = (values.get(input.name) ?? "").split(",");
      // Radio buttons keep their default (checked in the page) when the URL names no value.
      if (input.type === "radio" && !values.has(input.name)) continue;
      input.checked = chosen.includes(input.value);
    }
  };

  const printUrl = (request: BrochureRequest) => {
    const search = serialiseBrochureRequest(request, config.facets);
    return `${new URL(printPagePath, siteRoot).href}${location.protocol === "file:" ? "index.html" : ""}${search === "" ? "" : `?${search}`}`;
  };

  const update = async () => {
    const id = ++sequence;
    const request = readRequest();
    const search_ = serialiseBrochureRequest(request, config.facets);
    try {
      history.replaceState(null, "", search_ === "" ? location.pathname : `?${search_}`);
    } catch {
      // Some browsers refuse history changes on file:// pages; the builder still works.
    }
    open.href = printUrl(request);
    printButton.disabled = true;
    form.setAttribute("aria-busy", "true");
    try {
      const found = await search(request.state, true);
      if (id !== sequence) return;
      total = found.outcome.total;
      renderCounts(form, config.facets, found.outcome.counts, request.state);
      const notes = [
        ...readingNotes(found.outcome),
        ...(found.kind === "offline" && request.state.query !== "" ? [offlineNote] : []),
      ];
      status.textContent = [countStatus(total), ...notes].join(" ");
      previewButton.disabled = total === 0;
    } catch {
      if (id === sequence) status.textContent = "Die Angebote können gerade nicht gezählt werden.";
    } finally {
      if (id === sequence) form.removeAttribute("aria-busy");
    }
  };

  const preview = () => {
    if (!frame.isConnected) area.append(frame);
    area.hidden = false;
    printButton.disabled = true;
    status.textContent = `${countStatus(total)} Die Vorschau wird gesetzt …`;
    frame.src = printUrl(readRequest());
  };

  frame.addEventListener("load", () => {
    // The print page marks itself when paged.js is done; from file:// the frame cannot be read.
    const waitForPages = () => {
      let pages: string | undefined;
      try {
        pages = frame.contentDocument?.documentElement.dataset.brochurePages;
      } catch {
        pages = "?";
      }
      if (pages === undefined) {
        setTimeout(waitForPages, 200);
        return;
      }
      printButton.disabled = false;
      status.textContent = `${countStatus(total)} Vorschau: ${pages} Seiten.`;
    };
    if (frame.src !== "") waitForPages();
  });

  printButton.addEventListener("click", () => {
    try {
      frame.contentWindow?.print();
    } catch {
      window.open(frame.src, "_blank");
    }
  });
  previewButton.addEventListener("click", preview);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    preview();
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => void update(), typingDelay);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== query) void update();
  });
  need<HTMLButtonElement>(form, "[data-clear-filters]").addEventListener("click", () => {
    for (const input of inputs) if (input.type === "checkbox" && input.name !== "beschnitt") input.checked = false;
    void update();
  });

  writeRequest(parseBrochureRequest(location.search, config.facets));
  void update();
}

start();
