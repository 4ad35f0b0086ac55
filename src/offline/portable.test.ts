import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { linkRewriter, packPortableCopy, relativiseCss, relativiseHtml, zipCopy } from "./portable.js";

const options = { pathPrefix: "/weiterbildung/", baseUrl: "https://example.org/weiterbildung/", edition: "2026-11-27" };
const files = new Set([
  "index.html",
  "orte/index.html",
  "suche/index.html",
  "assets/css/main.css",
  "angebote/a/b/index.html",
]);

describe("#9: links of the portable copy", () => {
  const fromOffer = linkRewriter("angebote/a/b/index.html", files, options);

  it("makes root-relative links relative to the page and folders their index.html", () => {
    expect(fromOffer("/weiterbildung/orte/")).toBe("../../../orte/index.html");
    expect(fromOffer("/weiterbildung/")).toBe("../../../index.html");
    expect(fromOffer("/weiterbildung/assets/css/main.css")).toBe("../../../assets/css/main.css");
    expect(linkRewriter("index.html", files, options)("/weiterbildung/suche/")).toBe("suche/index.html");
    expect(fromOffer("/weiterbildung/angebote/a/b/")).toBe("index.html");
  });

  it("keeps query and fragment", () => {
    expect(fromOffer("/weiterbildung/suche/?ort=solingen#treffer")).toBe(
      "../../../suche/index.html?ort=solingen#treffer",
    );
    expect(fromOffer("/weiterbildung/#inhalt")).toBe("../../../index.html#inhalt");
  });

  it("points links to files left out of the copy at the site online", () => {
    expect(fromOffer("/weiterbildung/verzeichnis-offline.zip")).toBe(
      "https://example.org/weiterbildung/verzeichnis-offline.zip",
    );
  });

  it("leaves other links alone", () => {
    for (const url of [
      "https://example.org/",
      "//cdn.example.org/x.js",
      "#inhalt",
      "mailto:a@example.org",
      "../x/",
      "/other/",
    ]) {
      expect(fromOffer(url), url).toBeUndefined();
    }
  });

  it("rewrites href, src, action, srcset and url() in a page, nothing else", () => {
    const html = [
      '<a href="/weiterbildung/orte/">Orte</a>',
      '<script src="/weiterbildung/assets/css/main.css" defer></script>',
      '<form action="/weiterbildung/suche/" method="get">',
      '<img srcset="/weiterbildung/assets/css/main.css 1x, /weiterbildung/orte/ 2x" alt="">',
      "<div style=\"background: url('/weiterbildung/assets/css/main.css')\">",
      "<p>Schreiben Sie href=&quot;/weiterbildung/orte/&quot; nicht ab.</p>",
    ].join("\n");
    expect(relativiseHtml(html, linkRewriter("index.html", files, options)).split("\n")).toEqual([
      '<a href="orte/index.html">Orte</a>',
      '<script src="assets/css/main.css" defer></script>',
      '<form action="suche/index.html" method="get">',
      '<img srcset="assets/css/main.css 1x, orte/index.html 2x" alt="">',
      "<div style=\"background: url('assets/css/main.css')\">",
      "<p>Schreiben Sie href=&quot;/weiterbildung/orte/&quot; nicht ab.</p>",
    ]);
  });

  it("rewrites CSS url() quoted and unquoted, and keeps relative ones", () => {
    const rewrite = linkRewriter("assets/css/main.css", files, options);
    expect(relativiseCss('a{b:url(/weiterbildung/orte/)}c{d:url("../fonts/x.woff2")}', rewrite)).toBe(
      'a{b:url(../../orte/index.html)}c{d:url("../fonts/x.woff2")}',
    );
  });
});

describe("#9: the zip of the portable copy", () => {
  const copy = new Map([
    ["verzeichnis-offline/index.html", new TextEncoder().encode("<!doctype html><title>Start</title>")],
    ["verzeichnis-offline/broschuere/gesamt.pdf", new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55])],
  ]);

  it("is the same bytes for the same files, in any order and any time zone", async () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      const first = await zipCopy(copy, "2026-11-27");
      process.env.TZ = "Asia/Tokyo";
      const second = await zipCopy(new Map([...copy].reverse()), "2026-11-27");
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(await zipCopy(copy, "2026-11-28")).equals(Buffer.from(first))).toBe(false);
    } finally {
      process.env.TZ = previous;
    }
  });

  it("holds the files unchanged, sorted", async () => {
    const unpacked = unzipSync(await zipCopy(copy, "2026-11-27"));
    expect(Object.keys(unpacked)).toEqual([
      "verzeichnis-offline/broschuere/gesamt.pdf",
      "verzeichnis-offline/index.html",
    ]);
    expect(new TextDecoder().decode(unpacked["verzeichnis-offline/index.html"])).toBe(
      "<!doctype html><title>Start</title>",
    );
  });
});

describe("#12: the portable copy packed ahead", () => {
  it("holds a page as it was renewed after packing, and as packed without renewal", async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), "bb-portable-"));
    try {
      await mkdir(path.join(site, "suche"));
      await writeFile(path.join(site, "index.html"), '<a href="/suche/">Suche</a>');
      await writeFile(path.join(site, "suche/index.html"), "<p>vorher</p>");
      const options = { pathPrefix: "/", baseUrl: "https://example.org/", edition: "2026-12-02" };
      const unpack = async (copy: Awaited<ReturnType<typeof packPortableCopy>>) => {
        const { file } = await copy.write();
        const files = unzipSync(await readFile(file));
        await rm(file);
        return Object.fromEntries(
          Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
        );
      };
      const stale = await packPortableCopy(site, options);
      const renewed = await packPortableCopy(site, options);
      await writeFile(path.join(site, "suche/index.html"), '<p>nachher</p><a href="/">Start</a>');
      await renewed.renew(["suche/index.html"]);
      expect(await unpack(stale)).toEqual({
        "verzeichnis-offline/index.html": '<a href="suche/index.html">Suche</a>',
        "verzeichnis-offline/suche/index.html": "<p>vorher</p>",
      });
      expect(await unpack(renewed)).toEqual({
        "verzeichnis-offline/index.html": '<a href="suche/index.html">Suche</a>',
        "verzeichnis-offline/suche/index.html": '<p>nachher</p><a href="../index.html">Start</a>',
      });
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
