/**
 * The Merkzettel's storage: the saved offers in this browser's `localStorage`,
 * with a version field, no cookie, no server. Every page's script and the
 * Merkzettel page read and write it here; a change in another tab arrives as a
 * `storage` event, a change in this tab as a `merkzettel` event on `window`.
 */
import { isOfferId } from "../view/merkzettel.js";

/** A saved offer: its id, and its title so the Merkzettel can name it when it is no longer published. */
export interface SavedOffer {
  readonly id: string;
  readonly title: string;
}

/** The storage key and the format's version; a new version must read (or migrate) the old ones. */
export const storageKey = "bildungsbruecke-merkzettel";
export const storageVersion = 1;

const changeEvent = "merkzettel";

/**
 * The saved offers from a stored value; anything malformed or of an unknown version reads as none.
 * @example parseSaved('{"version":1,"offers":[{"id":"a/b","title":"Kurs"}]}') // [{ id: "a/b", title: "Kurs" }]
 */
export function parseSaved(stored: string | null): SavedOffer[] {
  if (stored === null) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== "object" || value === null) return [];
    const { version, offers } = value as { version?: unknown; offers?: unknown };
    if (version !== storageVersion || !Array.isArray(offers)) return [];
    const seen = new Set<string>();
    return offers.flatMap((entry: unknown) => {
      if (typeof entry !== "object" || entry === null) return [];
      const { id, title } = entry as { id?: unknown; title?: unknown };
      if (!isOfferId(id) || seen.has(id)) return [];
      seen.add(id);
      return [{ id, title: typeof title === "string" ? title.slice(0, 300) : "" }];
    });
  } catch {
    return [];
  }
}

/** The saved offers, in the order they were saved; none when storage is unavailable. */
export function readSaved(): SavedOffer[] {
  try {
    return parseSaved(localStorage.getItem(storageKey));
  } catch {
    return [];
  }
}

/** Stores the saved offers and tells this tab's listeners; false when the browser refuses to store. */
export function writeSaved(offers: readonly SavedOffer[]): boolean {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ version: storageVersion, offers }));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(changeEvent));
  return true;
}

/** Calls `listener` whenever the saved offers change, in this tab or another. */
export function onSavedChange(listener: () => void): void {
  window.addEventListener(changeEvent, listener);
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) listener();
  });
}
