/**
 * The service worker of the dev server (`npm start`): no offline cache, which would
 * show edited pages stale. It removes what a built site left on localhost (its
 * caches and its worker) and reloads the open pages once.
 */
import type { WorkerScope } from "./worker-scope.js";

declare const self: WorkerScope;

self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      await self.registration.unregister();
      for (const client of await self.clients.matchAll()) await client.navigate(client.url);
    })(),
  );
});
