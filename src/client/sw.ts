/**
 * The service worker, bundled into `sw.js` at the site root by the build
 * (src/offline/service-worker.ts), which fills in the precache list and the
 * build's version. It uses Workbox, the field's standard library:
 * - The shell (home, search, brochure builder, Merkzettel and offline pages,
 *   CSS, scripts, fonts, icons, the offline offer list and Pagefind's entry
 *   files) is precached on install, each file with its content hash, so a new
 *   build downloads only what changed.
 * - Pages are cached as they are visited (network first, the cached copy when
 *   there is no connection); a page never visited shows the offline page.
 * - Pagefind's index chunks and fragments, and all other files, are cached as
 *   they are used, in caches named after the build; a new build deletes them.
 *
 * `skipWaiting` and `clientsClaim`: a new build takes over at the next page load,
 * not only after every tab of the site is closed (a phone keeps one tab for
 * weeks). This is safe because every page is static: an old page still open
 * keeps working, and if its search asks for an index chunk of the old build that
 * is gone, the search falls back to the offline offer list (src/client/find.ts).
 */
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";
import type { WorkerScope } from "./worker-scope.js";

/** Filled in by the build: the precache list and the build's version. */
declare const __PRECACHE__: PrecacheEntry[];
declare const __VERSION__: string;
/** The offline page, relative to the site root. */
declare const __OFFLINE_PAGE__: string;

declare const self: WorkerScope;

/** Visited pages: kept across builds (refreshed whenever there is a connection), at most 200, for 30 days. */
const pagesCache = "bb-seiten";
/** Caches of one build; a new build deletes those of the old ones. */
const buildCaches = { search: `bb-suche-${__VERSION__}`, files: `bb-dateien-${__VERSION__}` };
const ownCache = /^bb-/;

// Query parameters never change a static file: /suche/?ort=solingen is the precached search page.
precacheAndRoute(__PRECACHE__, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
self.addEventListener("install", () => void self.skipWaiting());
clientsClaim();

self.addEventListener("activate", (event) => {
  const current = new Set([pagesCache, ...Object.values(buildCaches)]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => ownCache.test(name) && !current.has(name)).map((name) => caches.delete(name)),
        ),
      ),
  );
});

registerRoute(
  ({ request }) => request.mode === "navigate",
  new NetworkFirst({
    cacheName: pagesCache,
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  }),
);
// Index chunks and fragments carry their content hash in the name: a cached one never changes.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/pagefind\//.test(url.pathname),
  new CacheFirst({ cacheName: buildCaches.search }),
);
registerRoute(
  ({ sameOrigin }) => sameOrigin,
  new StaleWhileRevalidate({
    cacheName: buildCaches.files,
    plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })],
  }),
);

setCatchHandler(async ({ request }) =>
  request.mode === "navigate" ? ((await matchPrecache(__OFFLINE_PAGE__)) ?? Response.error()) : Response.error(),
);
