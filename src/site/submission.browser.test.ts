/**
 * #11: the submission form /einreichen/ in Chromium, used as a provider uses
 * it: filled in with a mistake and its correction, saved, and the saved file
 * passes `npm run validate`; an existing offer opened and saved again is the
 * same offer; invalid files show exactly validate's messages; accessible at
 * 320 and 1280 px, without a server, offline, and explained without JavaScript.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import type { Diagnostic } from "../content/diagnostics.js";
import { parseSource } from "../content/source.js";
import { todayIso } from "../schema/dates.js";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { runScript } from "../testing/run-script.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import { fillSampleOffer, formReady, sampleEntry } from "../testing/submission.js";
import { unhyphenate } from "../view/hyphenate.js";
import { fixtureOffers } from "./__fixtures__/load.js";

let dist: string;
let temp: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ dist } = await buildFixtureSite(fixtureOffers));
  temp = await mkdtemp(path.join(tmpdir(), "bb-form-"));
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
  await rm(temp, { recursive: true, force: true });
});

/** A fresh tab on the form; `problems` collects script errors and requests that leave the test server. */
async function openForm(width = 1280, url = new URL("einreichen/", server.url).href) {
  const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("request", (request) => {
    if (
      !request.url().startsWith(server.url) &&
      !request.url().startsWith("file:") &&
      !request.url().startsWith("blob:")
    )
      problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(url);
  await page.locator(formReady).waitFor();
  return { page, problems, close: () => context.close() };
}

const saveButton = (page: Page) => page.getByRole("button", { name: "Angebotsdatei speichern" });

/** Saves and returns the downloaded file's name and text. */
async function save(page: Page): Promise<{ name: string; text: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), saveButton(page).click()]);
  const file = path.join(temp, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: await readFile(file, "utf8"), file };
}

/** Opens a file with "Bestehende Datei öffnen" and waits until the form says so. */
async function openFile(page: Page, file: string) {
  await page.locator("[data-open]").setInputFiles(file);
  await page.locator("[data-open-status]", { hasText: path.basename(file) }).waitFor();
}

/** The error summary's entries as "field|message". */
const summaryEntries = (page: Page) =>
  page.evaluate(
    `[...document.querySelectorAll("[data-error-list] li[data-field]")].map((li) => li.dataset.field + "|" + li.querySelector("[data-summary-message]").textContent).sort()`,
  ) as Promise<string[]>;

const parsed = (name: string, text: string) => {
  const result = parseSource(name, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return { data: result.source.data, body: result.source.body };
};

describe("#11: the submission form", () => {
  it("is filled in like a provider would, with a mistake and its correction, and saves a file validate accepts", async () => {
    const { page, problems, close } = await openForm();
    await fillSampleOffer(page);
    const summary = page.getByLabel("Kurzbeschreibung", { exact: true });
    await summary.fill("Zu kurz.");
    await summary.blur();
    const inline = page.locator("[data-field=summary] [data-error]");
    await expect.poll(() => inline.textContent()).toBe("Fehler: ist zu kurz (8 Zeichen, mindestens 45).");
    expect(await summary.getAttribute("aria-describedby")).toContain("feld-summary-fehler");

    // Saving with the mistake shows the error summary, linked to the field, and saves nothing.
    let downloads = 0;
    page.on("download", () => downloads++);
    await saveButton(page).click();
    const errorSummary = page.locator("[data-error-summary]");
    expect(await errorSummary.isVisible()).toBe(true);
    expect(await page.evaluate("document.activeElement.hasAttribute('data-error-summary')")).toBe(true);
    expect(await summaryEntries(page)).toEqual(["summary|ist zu kurz (8 Zeichen, mindestens 45)."]);
    await errorSummary.getByRole("link", { name: /Kurzbeschreibung/ }).click();
    expect(await page.evaluate("document.activeElement.id")).toBe("feld-summary");
    expect(downloads).toBe(0);

    await summary.fill(sampleEntry.summary);
    await expect.poll(() => inline.isHidden()).toBe(true);
    expect(unhyphenate((await page.locator("[data-preview-card] .app-offer-card__title").textContent()) ?? "")).toBe(
      sampleEntry.title,
    );
    expect(unhyphenate((await page.locator("[data-preview-page] h1").textContent()) ?? "")).toBe(sampleEntry.title);
    const saved = await save(page);
    expect(saved.name).toBe("bewerbungstraining-fuer-den-wiedereinstieg.md");
    expect(await page.locator("[data-done]").isVisible()).toBe(true);
    expect(await page.locator("[data-done-mail]").getAttribute("href")).toMatch(
      /^mailto:angebote@example\.org\?subject=/,
    );

    // The saved file, unchanged, in an offers folder with its provider's profile.
    const offers = path.join(temp, "offers-ein");
    await mkdir(path.join(offers, "bildungswerk-beispiel"), { recursive: true });
    await copyFile(
      path.join(fixtureOffers, "bildungswerk-beispiel/_provider.md"),
      path.join(offers, "bildungswerk-beispiel/_provider.md"),
    );
    await copyFile(saved.file, path.join(offers, "bildungswerk-beispiel", saved.name));
    const validate = await runScript("validate.ts", ["--dir", offers, "--today", todayIso()]);
    expect(validate.stdout).toContain("Alles in Ordnung.");
    expect(validate.code).toBe(0);
    expect(parsed(saved.name, saved.text).data).toMatchObject({
      topics: ["orientierung-bewerbung"],
      funding: ["avgs"],
      locations: [{ city: "wuppertal", address: "Musterweg 1, 42103 Wuppertal" }],
      contact: { name: "Frau Beispiel", phone: "0202 1111111", email: "info@bildungswerk.example.org" },
    });
    expect(problems).toEqual([]);
    await close();
  });

  it("opens an existing offer and saves it as the same offer; a change keeps everything else", async () => {
    const sample = path.join(
      projectRoot,
      "offers/bildungswerk-beispiel-wuppertal/kauffrau-bueromanagement-teilzeit.md",
    );
    const original = await readFile(sample, "utf8");
    const { page, problems, close } = await openForm();
    await openFile(page, sample);
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(
      "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit",
    );
    expect(await page.getByLabel("Kurzname", { exact: true }).inputValue()).toBe("kauffrau-bueromanagement-teilzeit");
    // Each course date's fields have their own ids, so each label belongs to one field.
    const ids = (await page.evaluate(
      `[...document.querySelectorAll("[id]")].map((element) => element.id)`,
    )) as string[];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(["feld-dates-0-start", "feld-dates-1-start"]));
    const same = await save(page);
    expect(same.name).toBe("kauffrau-bueromanagement-teilzeit.md");
    expect(parsed(same.name, same.text)).toEqual(parsed("original.md", original));

    await page.getByLabel("Titel", { exact: true }).fill("Büromanagement in Teilzeit");
    await page.getByRole("button", { name: "Termin 1 entfernen" }).click();
    const changed = parsed("geändert.md", (await save(page)).text);
    const before = parsed("original.md", original);
    const dates = before.data.dates as unknown[];
    expect(changed.body).toBe(before.body);
    expect(changed.data).toEqual({ ...before.data, title: "Büromanagement in Teilzeit", dates: dates.slice(1) });
    expect(problems).toEqual([]);
    await close();
  });

  it("shows, for invalid files, exactly the messages npm run validate gives (opened or dropped)", async () => {
    const broken = path.join(projectRoot, "src/content/__fixtures__/broken");
    const folder = path.join(broken, "bildungswerk-beispiel");
    const validate = await runScript("validate.ts", ["--dir", broken, "--json", "--today", "2026-11-27"]);
    const report = JSON.parse(validate.stdout) as { diagnostics: Diagnostic[] };
    const names = (await readdir(folder)).filter((name) => name.endsWith(".md") && name !== "_provider.md").sort();
    expect(names.length).toBeGreaterThan(8);
    const { page, close } = await openForm();
    const compared: string[] = [];
    for (const [index, name] of names.entries()) {
      const expected = report.diagnostics
        .filter((diagnostic) => diagnostic.severity === "error" && diagnostic.file.endsWith(`/${name}`))
        .map((diagnostic) => `${diagnostic.field ?? ""}|${diagnostic.message}`)
        .sort();
      const file = path.join(folder, name);
      if (index % 2 === 0) await openFile(page, file);
      else {
        // Every other file is dropped onto the drop zone instead of chosen.
        const bytes = [...(await readFile(file))];
        const transfer = await page.evaluateHandle(
          `(() => { const data = new DataTransfer(); data.items.add(new File([new Uint8Array(${JSON.stringify(bytes)})], ${JSON.stringify(name)})); return data; })()`,
        );
        await page.dispatchEvent("[data-drop]", "drop", { dataTransfer: transfer });
        await page.locator("[data-open-status]", { hasText: name }).waitFor();
      }
      const status = (await page.locator("[data-open-status]").textContent()) ?? "";
      if (status.includes("lässt sich nicht öffnen")) {
        for (const entry of expected) expect(status, name).toContain(entry.slice(entry.indexOf("|") + 1));
      } else {
        expect(await summaryEntries(page), name).toEqual(expected);
      }
      compared.push(name);
    }
    expect(compared).toEqual(names);

    // A field the form does not know ("update" for "updated") is removed with one click.
    await openFile(page, path.join(folder, "vokabular-tippfehler.md"));
    await page.getByRole("button", { name: "Unbekanntes Feld „update“ aus der Datei entfernen" }).click();
    expect((await summaryEntries(page)).filter((entry) => entry.includes("„update“"))).toEqual([]);
    await close();
  });
});

describe("#11: the submission form for everyone", () => {
  for (const width of [320, 1280]) {
    it(`passes axe-core at ${width} px, empty, with errors and with the preview, without sideways scrolling`, async () => {
      const { page, problems, close } = await openForm(width);
      const found: Record<string, string[]> = {};
      const check = async (state: string) => {
        const violations = await axeViolations(page);
        const wider = (await page.evaluate(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        )) as number;
        found[state] = [...violations, ...(wider > 0 ? [`${wider} px wider than the window`] : [])];
      };
      await check("empty");
      await saveButton(page).click();
      expect(await page.locator("[data-error-list] li").count()).toBeGreaterThan(5);
      await check("errors");
      await fillSampleOffer(page);
      await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(sampleEntry.summary);
      await page.locator("[data-preview]:not([hidden])").waitFor();
      await check("preview");
      expect(found).toEqual({ empty: [], errors: [], preview: [] });
      expect(problems).toEqual([]);
      await close();
    });
  }

  it("works from file:// without a server and makes no request", async () => {
    const url = pathToFileURL(path.join(dist, "einreichen/index.html")).href;
    const { page, problems, close } = await openForm(375, url);
    await fillSampleOffer(page);
    await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(sampleEntry.summary);
    const saved = await save(page);
    expect(parsed(saved.name, saved.text).data).toMatchObject({ title: sampleEntry.title });
    expect(problems).toEqual([]);
    await close();
  });

  it("says without JavaScript that the form needs it, and what to do instead", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("einreichen/", server.url).href);
    const main = await page.locator("main").innerText();
    expect(main).toContain("Das Formular braucht JavaScript.");
    expect(main).toContain("npm run new-offer");
    expect(await page.locator("[data-submission]").isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Tabellen-Vorlage für Excel" }).getAttribute("href")).toBe(
      "vorlage-angebote.csv",
    );
    await context.close();
  });
});
