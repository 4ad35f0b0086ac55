/**
 * The Merkzettel on every page: the "Merken" toggles (`aria-pressed`) of the
 * offer cards and the offer page, the corner link with the number of saved
 * offers, and the notice after saving. All of it is hidden in the HTML and shown
 * here, so without JavaScript nothing broken is left. Cards the search adds
 * later get their toggle's state as they arrive.
 */
import { onSavedChange, readSaved, writeSaved, type SavedOffer } from "./saved-offers.js";

/** The toggles, except in a preview of an offer not yet published (the submission form's, `data-merken-off`). */
const toggleSelector = "button[data-merken]";
const isLive = (toggle: Element) => toggle.closest("[data-merken-off]") === null;

const notice = document.querySelector<HTMLElement>("[data-merken-notice]");
const corner = document.querySelector<HTMLElement>("[data-merkzettel-corner]");

/** Shows every toggle below `root` with its offer's saved state. */
function syncToggles(root: ParentNode, saved: readonly SavedOffer[]): void {
  const ids = new Set(saved.map((offer) => offer.id));
  for (const toggle of root.querySelectorAll<HTMLButtonElement>(toggleSelector)) {
    if (!isLive(toggle)) continue;
    toggle.hidden = false;
    toggle.setAttribute("aria-pressed", String(ids.has(toggle.dataset.merken ?? "")));
  }
}

function syncCorner(saved: readonly SavedOffer[]): void {
  if (corner === null) return;
  corner.hidden = false;
  const count = corner.querySelector("[data-merkzettel-count]");
  const label = corner.querySelector("[data-merkzettel-count-label]");
  if (count !== null) count.textContent = String(saved.length);
  // The number is shown; its noun only read out: "Merkzettel 2 Angebote".
  if (label !== null) label.textContent = saved.length === 1 ? " Angebot" : " Angebote";
}

function sync(): void {
  const saved = readSaved();
  syncToggles(document, saved);
  syncCorner(saved);
}

/** The toggle that opened the notice: focus returns there when the notice closes from inside. */
let origin: HTMLButtonElement | undefined;

function closeNotice(): void {
  if (notice === null || !notice.hasChildNodes()) return;
  const hadFocus = notice.contains(document.activeElement);
  notice.replaceChildren();
  if (hadFocus) origin?.focus();
}

/** The polite notice after saving; focus stays on the toggle, "weitersuchen" closes the notice and returns there. */
function openNotice(toggle: HTMLButtonElement): void {
  if (notice === null) return;
  const box = document.createElement("div");
  box.className = "app-merken-notice__box";
  const text = document.createElement("p");
  text.className = "app-merken-notice__text";
  text.textContent =
    "Angebot gespeichert — In der unteren rechten Ecke der Seite können Sie jederzeit auf Ihren Merkzettel zugreifen.";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "app-button app-button--secondary app-merken-notice__close";
  close.textContent = "weitersuchen";
  close.addEventListener("click", closeNotice);
  box.append(text, close);
  origin = toggle;
  notice.replaceChildren(box);
}

function toggle(button: HTMLButtonElement): void {
  const id = button.dataset.merken ?? "";
  const saved = readSaved();
  const wasSaved = saved.some((offer) => offer.id === id);
  const next = wasSaved
    ? saved.filter((offer) => offer.id !== id)
    : [...saved, { id, title: button.dataset.merkenTitle ?? "" }];
  if (!writeSaved(next)) return;
  if (wasSaved) closeNotice();
  else openNotice(button);
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(toggleSelector) : null;
  if (button !== null && isLive(button)) toggle(button);
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") closeNotice();
});
onSavedChange(sync);
// Cards rendered later (search results, the next page of results) get their state as they are added.
new MutationObserver((records) => {
  const saved = readSaved();
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) syncToggles(node, saved);
  }
}).observe(document.body, { childList: true, subtree: true });
sync();
