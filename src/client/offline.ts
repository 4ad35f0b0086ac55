/**
 * On every page: registers the service worker (over http(s) only; from
 * `file://`, the portable copy, workers do not run) and shows a quiet note
 * while the device is offline, in a status region screen readers announce.
 */
import { offlineAssets, offlineNote } from "../offline/model.js";

// This script lives at `assets/js/offline.js`: the site root is two folders up, under any sub-path.
const siteRoot = new URL("../../", (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

if ((location.protocol === "https:" || location.protocol === "http:") && "serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register(new URL(offlineAssets.worker, siteRoot), { scope: siteRoot.pathname })
      // No worker (the dev server) or none allowed (private mode): the site works as before.
      .catch(() => undefined);
  });
}

const note = document.querySelector<HTMLElement>("[data-offline-note]");
if (note !== null) {
  const show = () => {
    note.textContent = navigator.onLine ? "" : offlineNote;
  };
  window.addEventListener("online", show);
  window.addEventListener("offline", show);
  show();
}
