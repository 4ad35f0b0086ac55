/**
 * The slice of a service worker's global scope the site's workers use
 * (src/client/sw.ts, src/client/sw-dev.ts): the DOM library, which the project
 * compiles against, has no worker types.
 */
export interface WorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(
    type: "install" | "activate",
    listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
  readonly registration: { unregister(): Promise<boolean> };
  readonly clients: { matchAll(): Promise<readonly { url: string; navigate(url: string): Promise<unknown> }[]> };
}
