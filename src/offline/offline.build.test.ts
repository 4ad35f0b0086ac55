import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type FixtureSite } from "../testing/build-fixture.js";
import { fixtureOffers } from "../testing/search-fixture.js";
import { icons } from "./manifest.js";
import { offlineAssets } from "./model.js";
import { indexVersionToken } from "../search/model.js";
import { portableFolder } from "./portable.js";

let first: FixtureSite;
let second: FixtureSite;

beforeAll(async () => {
  // Two builds of the same input into different folders, one after the other.
  first = await buildFixtureSite(fixtureOffers);
  second = await buildFixtureSite(fixtureOffers);
});

afterAll(async () => {
  await Promise.all([first, second].map((site) => rm(path.dirname(site.dist), { recursive: true, force: true })));
});

const read = (file: string) => readFile(path.join(first.dist, file), "utf8");

describe("#9: the service worker", () => {
  it("precaches the shell and Pagefind's entry files, not the offer pages", async () => {
    const worker = await read(offlineAssets.worker);
    const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map(([, url]) => url ?? "");
    expect(urls).toEqual(
      expect.arrayContaining([
        "index.html",
        "suche/index.html",
        "broschuere/erstellen/index.html",
        offlineAssets.offlinePage,
        offlineAssets.client,
        offlineAssets.manifest,
        "assets/css/main.css",
        "assets/js/search.js",
        "assets/search/angebote.js",
        "assets/search/woerter.js",
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/wasm.de.pagefind",
        ...icons.map((icon) => icon.src),
      ]),
    );
    expect(urls.length).toBe(first.offline.precache.files);
    expect(urls.filter((url) => url.startsWith("angebote/") || url.startsWith("orte/"))).toEqual([]);
    expect(urls).not.toContain("assets/js/einreichen.js");
    expect(urls.some((url) => url.startsWith("pagefind/fragment/") || url.startsWith("pagefind/index/"))).toBe(false);
  });

  it("has one version per build input: the same for the same site, in the worker", async () => {
    expect(first.offline.precache.version).toMatch(/^[0-9a-f]{12}$/);
    expect(second.offline.precache.version).toBe(first.offline.precache.version);
    expect(await read(offlineAssets.worker)).toContain(`bb-suche-`);
    expect(await read(offlineAssets.worker)).toContain(first.offline.precache.version);
  });

  it("is registered by every page, with the manifest, theme colour and the offline note", async () => {
    for (const url of ["index.html", "suche/index.html", "angebote/technikwerk-test/staplerschein/index.html"]) {
      const html = await read(url);
      expect(html, url).toContain(`<script src="/${offlineAssets.client}" defer></script>`);
      expect(html, url).toContain(`<link rel="manifest" href="/${offlineAssets.manifest}">`);
      expect(html, url).toContain('<meta name="theme-color" content="#005a87">');
      expect(html, url).toContain('<div class="app-offline-note" role="status" data-offline-note></div>');
      expect(html, url).toContain('href="/offline-kopie/">Offline-Kopie</a>');
    }
  });
});

describe("#9: the web app manifest", () => {
  it("names the site in German and lists PNG icons of the stated sizes, one maskable", async () => {
    const manifest = JSON.parse(await read(offlineAssets.manifest)) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.name).toBe("Bildungsbrücke: Weiterbildung in Wuppertal, Solingen und Remscheid");
    expect(manifest).toMatchObject({ short_name: "Bildungsbrücke", lang: "de", start_url: "./" });
    expect(manifest.icons.map((icon) => icon.purpose)).toContain("maskable");
    for (const icon of manifest.icons) {
      const png = await readFile(path.join(first.dist, icon.src));
      // The PNG header's width and height (IHDR).
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe("#9: the portable copy", () => {
  it("is reproducible: the same input gives the same bytes", async () => {
    const [a, b] = await Promise.all(
      [first, second].map((site) => readFile(path.join(site.dist, offlineAssets.portable))),
    );
    expect(a?.byteLength).toBe(first.offline.portable.bytes);
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
  });

  it("has no root-relative link or asset left, and leaves out worker, Pagefind and itself", async () => {
    const files = unzipSync(await readFile(path.join(first.dist, offlineAssets.portable)));
    const names = Object.keys(files);
    expect(names.every((name) => name.startsWith(`${portableFolder}/`))).toBe(true);
    expect(names).toContain(`${portableFolder}/index.html`);
    expect(names).toContain(`${portableFolder}/suche/index.html`);
    expect(names.filter((name) => /sw\.js$|\.zip$|\/pagefind\//.test(name))).toEqual([]);
    const pages = names.filter((name) => name.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const name of pages) {
      const html = new TextDecoder().decode(files[name]);
      expect(html.match(/\s(?:href|src|action|srcset)="\/[^"]*"/g), name).toBeNull();
    }
    const home = new TextDecoder().decode(files[`${portableFolder}/index.html`]);
    expect(home).toContain('href="orte/index.html"');
    expect(home).toContain('href="assets/css/main.css"');
  });

  it("#12: holds the pages as the index step stamped them, though it is packed while Pagefind runs", async () => {
    const files = unzipSync(await readFile(path.join(first.dist, offlineAssets.portable)));
    const search = new TextDecoder().decode(files[`${portableFolder}/suche/index.html`]);
    const tag = /metaCacheTag(?:"|&quot;):(?:"|&quot;)([^"&]+)/.exec(await read("suche/index.html"))?.[1];
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(search).not.toContain(indexVersionToken);
    expect(search).toContain(tag);
  });
});
