/**
 * `npm run screenshots`: the pictures in the provider guide (docs/bilder/),
 * taken from the sample site in Chromium, so they always show the current form
 * and report. Builds the sample offers into a temporary folder; changes nothing else.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { paths, projectRoot, siteData } from "../src/config/site.js";
import { buildSite } from "../src/build/site.js";
import { ExplainedError, runCli } from "../src/cli/run.js";
import { loadOffers } from "../src/content/load.js";
import { todayIso } from "../src/schema/dates.js";
import { networkReport } from "../src/report/network-report.js";
import { renderReportHtml } from "../src/report/render.js";
import { launchChromium } from "../src/testing/browser.js";
import { serveStatic } from "../src/testing/static-server.js";
import { fillSampleOffer, formReady, sampleEntry } from "../src/testing/submission.js";

const pictures = path.join(projectRoot, "docs/bilder");
const provider = "Beispiel-Bildungswerk Wuppertal e. V.";

await runCli(
  {
    command: "screenshots",
    usage: "",
    description:
      "Nimmt die Bilder der Anleitung (docs/bilder/) neu auf: das Formular und den Bericht der\n" +
      "Netzwerkstelle, aus den Beispielangeboten in Chromium. Ändert sonst nichts.",
    options: {},
  },
  async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "bb-bilder-"));
    try {
      const today = todayIso();
      const dist = path.join(temp, "dist");
      const built = await buildSite({ offersDir: paths.offers, outputDir: dist, today, root: projectRoot });
      if (!built.ok) throw new ExplainedError("Die Beispielangebote haben Fehler: npm run validate");
      await mkdir(pictures, { recursive: true });
      const server = await serveStatic(dist);
      const browser = await launchChromium();
      const shot = async (
        name: string,
        width: number,
        act: (page: import("playwright-core").Page) => Promise<void>,
      ) => {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 1100 : 900 } });
        await page.goto(new URL("einreichen/", server.url).href);
        await page.locator(formReady).waitFor();
        await act(page);
        await page.screenshot({ path: path.join(pictures, name) });
        await page.close();
        console.log(`geschrieben: docs/bilder/${name}`);
      };
      const summary = (page: import("playwright-core").Page) => page.getByLabel("Kurzbeschreibung", { exact: true });

      await shot("formular-leer.png", 1280, async (page) => {
        await page.locator("#datei-oeffnen").scrollIntoViewIfNeeded();
      });
      await shot("formular-fehler.png", 1280, async (page) => {
        await fillSampleOffer(page, { ...sampleEntry, provider });
        await summary(page).fill("Zu kurz.");
        await page.getByRole("button", { name: "Angebotsdatei speichern" }).click();
        await page.evaluate(
          "window.scrollTo(0, document.querySelector('[data-error-summary]').getBoundingClientRect().top + window.scrollY - 16)",
        );
      });
      await shot("formular-vorschau.png", 1280, async (page) => {
        await fillSampleOffer(page, { ...sampleEntry, provider });
        await summary(page).fill(sampleEntry.summary);
        await page.locator("[data-preview]:not([hidden])").waitFor();
        await page.getByLabel("Titel", { exact: true }).scrollIntoViewIfNeeded();
        await page.evaluate("window.scrollBy(0, -120)");
      });
      await shot("formular-handy.png", 320, async (page) => {
        await summary(page).fill("Zu kurz.");
        await summary(page).blur();
        await page.locator("[data-field=summary] [data-error]:not([hidden])").waitFor();
        await page.evaluate(
          "window.scrollTo(0, document.querySelector('[data-field=summary]').getBoundingClientRect().top + window.scrollY - 220)",
        );
      });

      // The network office's report over the sample offers, compared with the build just made.
      const load = await loadOffers(paths.offers, { today, root: projectRoot });
      const report = await networkReport({
        load,
        offersDir: paths.offers,
        root: projectRoot,
        today,
        lastBuild: undefined,
      });
      const reportFile = path.join(temp, "bericht.html");
      await writeFile(reportFile, renderReportHtml(report, siteData("/"), projectRoot));
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(`file://${reportFile}`);
      await page.screenshot({ path: path.join(pictures, "netzwerk-bericht.png") });
      console.log("geschrieben: docs/bilder/netzwerk-bericht.png");
      await browser.close();
      await server.close();
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    return 0;
  },
);
