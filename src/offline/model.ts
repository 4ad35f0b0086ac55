/** Where the offline files live below the site root: shared by the build, the pages and the browser code. */
export const offlineAssets = {
  /** The service worker; at the root, so its scope is the whole site. */
  worker: "sw.js",
  /** Registers the worker and shows the offline note, on every page. */
  client: "assets/js/offline.js",
  manifest: "manifest.webmanifest",
  /** Shown for a page that was never visited, without a connection. */
  offlinePage: "offline/index.html",
  /** The portable copy of the site. */
  portable: "verzeichnis-offline.zip",
} as const;

/** The quiet note every page shows while the device is offline. */
export const offlineNote = "Sie sind offline – gespeicherte Seiten und die Suche funktionieren weiter";
