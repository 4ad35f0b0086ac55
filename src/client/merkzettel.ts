/**
 * The Merkzettel page `/merkzettel/`: lists the saved offers with their key
 * facts from the compact offer list (loaded with a script tag, so it works from
 * `file://`), removes one or all, marks saved offers no longer published, and
 * offers the list as a link, as a brochure to print and as one calendar file.
 * A link with `#angebote=id,id` shows a shared list, which the visitor can adopt.
 */
import { fallbackGlobal, searchAssets, type CompactOffer } from "../search/model.js";
import { brochureParams } from "../print/options.js";
import { printPagePath } from "../print/model.js";
import { calendarEvents, calendarText } from "../view/calendar.js";
import { merkzettelAssets, shareFragment, sharedIds, type MerkzettelConfig } from "../view/merkzettel.js";
import { offerCount } from "../view/offer-count.js";
import { fromFile, pageHref, siteRootOf } from "./find.js";
import { onSavedChange, readSaved, writeSaved, type SavedOffer } from "./saved-offers.js";
import { scriptGlobal } from "./script-global.js";
import { fillTemplate } from "./template-fill.js";
import { elementFinder } from "./dom.js";

const siteRoot = siteRootOf(merkzettelAssets.page);

const need = elementFinder("Merkzettel");

const page = {
  root: need<HTMLElement>(document, "[data-merkzettel]"),
  status: need<HTMLElement>(document, "[data-merkzettel-status]"),
  shared: need<HTMLElement>(document, "[data-merkzettel-shared]"),
  adopt: need<HTMLButtonElement>(document, "[data-merkzettel-adopt]"),
  empty: need<HTMLElement>(document, "[data-merkzettel-empty]"),
  list: need<HTMLUListElement>(document, "[data-merkzettel-list]"),
  actions: need<HTMLElement>(document, "[data-merkzettel-actions]"),
  print: need<HTMLAnchorElement>(document, "[data-merkzettel-print]"),
  calendar: need<HTMLButtonElement>(document, "[data-merkzettel-calendar]"),
  calendarNote: need<HTMLElement>(document, "[data-merkzettel-calendar-note]"),
  share: need<HTMLInputElement>(document, "[data-merkzettel-share]"),
  copy: need<HTMLButtonElement>(document, "[data-merkzettel-copy]"),
  clear: need<HTMLButtonElement>(document, "[data-merkzettel-clear]"),
  card: need<HTMLTemplateElement>(document, "template[data-merkzettel-card]"),
  gone: need<HTMLTemplateElement>(document, "template[data-merkzettel-gone]"),
};
const config = JSON.parse(
  need<HTMLScriptElement>(document, "[data-merkzettel-config]").textContent ?? "{}",
) as MerkzettelConfig;

/** One entry as shown: the saved offer, and its compact entry while it is published. */
interface Entry {
  readonly saved: SavedOffer;
  readonly offer: CompactOffer | undefined;
}

/** The list shown: the shared one while the page's link carries one, else this browser's. */
const shownOffers = (): SavedOffer[] => {
  const shared = sharedIds(location.hash);
  return shared === undefined ? readSaved() : shared.map((id) => ({ id, title: "" }));
};

function entryItem(entry: Entry, own: boolean): DocumentFragment {
  const { saved, offer } = entry;
  const item =
    offer === undefined
      ? fillTemplate(page.gone, { id: saved.id, title: saved.title === "" ? saved.id : saved.title })
      : fillTemplate(page.card, offer.card);
  if (offer !== undefined) {
    for (const link of item.querySelectorAll<HTMLAnchorElement>(".app-offer-card__link")) {
      link.href = pageHref(offer.card.url, siteRoot);
    }
  }
  for (const button of item.querySelectorAll<HTMLButtonElement>("[data-merkzettel-remove]")) {
    button.hidden = !own;
    button.addEventListener("click", () => remove(saved.id));
  }
  return item;
}

let offers: ReadonlyMap<string, CompactOffer> = new Map();

function render(): void {
  const own = sharedIds(location.hash) === undefined;
  const entries = shownOffers().map((saved) => ({ saved, offer: offers.get(saved.id) }));
  const published = entries.flatMap((entry) => (entry.offer === undefined ? [] : [entry.offer]));
  page.shared.hidden = own;
  page.list.replaceChildren(...entries.map((entry) => entryItem(entry, own)));
  page.empty.hidden = entries.length > 0;
  page.actions.hidden = published.length === 0;
  page.clear.hidden = !own || entries.length === 0;

  const ids = published.map((offer) => offer.card.id);
  page.print.href = `${pageHref(printPagePath, siteRoot)}?${brochureParams.ids.name}=${ids.map(encodeURIComponent).join(",")}`;
  // A shared link must open on another device: from a folder, it points to the site online.
  const pageUrl = fromFile
    ? new URL(merkzettelAssets.pagePath, config.baseUrl).href
    : location.href.replace(/#.*$/, "");
  page.share.value = `${pageUrl}${shareFragment(ids)}`;
  const hasDates = published.some((offer) => calendarEvents(offer, config).length > 0);
  page.calendar.hidden = !hasDates;
  page.calendarNote.hidden = hasDates;
  page.calendar.onclick = () => download(published);
}

function download(published: readonly CompactOffer[]): void {
  const text = calendarText(published, config, "Merkzettel: Termine");
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "merkzettel-termine.ics";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const say = (text: string) => (page.status.textContent = text);

/** Removes one offer; focus moves to the next entry's remove button, or to the status when none is left. */
function remove(id: string): void {
  const saved = readSaved();
  const index = saved.findIndex((offer) => offer.id === id);
  const title = offers.get(id)?.card.title ?? saved[index]?.title ?? id;
  writeSaved(saved.filter((offer) => offer.id !== id));
  say(`„${title}“ entfernt. ${offerCount(saved.length - 1)} auf dem Merkzettel.`);
  const buttons = [...page.list.querySelectorAll<HTMLButtonElement>("[data-merkzettel-remove]")];
  (buttons[Math.min(index, buttons.length - 1)] ?? page.status).focus();
}

page.clear.addEventListener("click", () => {
  writeSaved([]);
  say("Alle Angebote entfernt. Der Merkzettel ist leer.");
  page.status.focus();
});

page.adopt.addEventListener("click", () => {
  const own = readSaved();
  const known = new Set(own.map((offer) => offer.id));
  const added = shownOffers()
    .filter((offer) => !known.has(offer.id))
    .map((offer) => ({ id: offer.id, title: offers.get(offer.id)?.card.title ?? "" }));
  history.replaceState(null, "", location.href.replace(/#.*$/, ""));
  writeSaved([...own, ...added]);
  say(`${offerCount(added.length)} übernommen. ${offerCount(own.length + added.length)} auf Ihrem Merkzettel.`);
  page.status.focus();
});

page.copy.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(page.share.value);
    say("Der Link ist kopiert.");
  } catch {
    page.share.select();
    say("Der Link ist markiert: Kopieren Sie ihn mit Strg+C.");
  }
});

window.addEventListener("hashchange", render);
onSavedChange(render);

scriptGlobal<CompactOffer[]>(new URL(searchAssets.fallback, siteRoot).href, fallbackGlobal)
  .then((list) => {
    offers = new Map(list.map((offer) => [offer.card.id, offer]));
    page.root.hidden = false;
    render();
  })
  .catch(() => {
    page.root.hidden = false;
    say("Die Angebotsliste konnte nicht geladen werden. Bitte laden Sie die Seite neu.");
  });
