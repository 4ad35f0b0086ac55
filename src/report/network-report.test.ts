/**
 * #11: the network office's report over fixture offers: every kind of problem
 * lands with its provider, changes are found against the last build's
 * manifest, and each provider gets a ready e-mail listing what to fix.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, siteData } from "../config/site.js";
import { loadOffers, type LoadResult } from "../content/load.js";
import { manifest, openDataFiles, type Manifest } from "../site/open-data.js";
import { runScript } from "../testing/run-script.js";
import { networkReport, type NetworkReport, type ProviderReport } from "./network-report.js";
import { mailtoLink } from "./render.js";

const offersDir = path.join(projectRoot, "src/report/__fixtures__/offers");
const today = "2026-11-27";
let load: LoadResult;
let lastBuild: Manifest;
let report: NetworkReport;
let temp: string;

beforeAll(async () => {
  load = await loadOffers(offersDir, { today, root: projectRoot });
  // The last build: "aktuell" has changed since, "neu" was not there yet, "entfernt" is gone now.
  const built = manifest(load.offers, "2026-11-20");
  const offers = { ...built.offers };
  delete offers["traeger-b/neu"];
  const current = offers["traeger-a/aktuell"];
  if (current === undefined) throw new Error("fixture offer aktuell not published");
  offers["traeger-a/aktuell"] = { ...current, hash: "0000000000000000" };
  offers["traeger-a/entfernt"] = { title: "Entferntes Angebot", file: "offers/traeger-a/entfernt.md", hash: "1" };
  lastBuild = { edition: built.edition, offers };
  report = await networkReport({ load, offersDir, root: projectRoot, today, lastBuild });
  temp = await mkdtemp(path.join(tmpdir(), "bb-report-"));
  await mkdir(path.join(temp, "dist/daten"), { recursive: true });
  await writeFile(path.join(temp, "dist", openDataFiles.manifest), JSON.stringify(lastBuild));
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const provider = (slug: string): ProviderReport => {
  const found = report.providers.find((entry) => entry.slug === slug);
  if (found === undefined) throw new Error(slug);
  return found;
};
const files = (offers: readonly { file: string }[]) => offers.map((offer) => path.basename(offer.file));

describe("#11: networkReport", () => {
  it("lists invalid, expired, soon expiring, stale and date-less offers with their provider", () => {
    const a = provider("traeger-a");
    expect(a).toMatchObject({ name: "Träger A Beispiel e. V.", email: "kurse@traeger-a.example.org", published: 3 });
    expect(a.invalid.map((file) => path.basename(file.file))).toEqual(["fehlerhaft.md"]);
    expect(a.invalid[0]?.errors.map((error) => error.field)).toEqual(["summary", "topics[0]"]);
    expect(files(a.expired)).toEqual(["abgelaufen.md"]);
    expect(a.expired[0]?.date).toBe("2026-10-31");
    expect(files(a.withoutFutureDate)).toEqual(["ohne-termin.md"]);
    expect(a.withoutFutureDate[0]?.date).toBe("2026-10-12");
    expect(files(a.expiringSoon)).toEqual(["laeuft-ab.md"]);
    expect(files(a.stale)).toEqual(["veraltet.md"]);
    expect(a.needsAction).toBe(true);
  });

  it("finds what changed since the last build", () => {
    expect(report.lastBuild).toBe("2026-11-20");
    expect(files(provider("traeger-a").changes.changed)).toEqual(["aktuell.md"]);
    expect(provider("traeger-a").changes.removed).toEqual([
      { file: "offers/traeger-a/entfernt.md", title: "Entferntes Angebot" },
    ]);
    expect(files(provider("traeger-b").changes.added)).toEqual(["neu.md"]);
    expect(provider("traeger-b").needsAction).toBe(false);
    // Providers with something to fix come first.
    expect(report.providers.map((entry) => entry.slug)).toEqual(["traeger-a", "traeger-b"]);
  });
});

describe("#11: the e-mail to a provider", () => {
  it("is a mailto link with subject and body, every part percent-encoded, listing what to fix", () => {
    const link = mailtoLink(provider("traeger-a"), report, siteData("/"));
    expect(link).toMatch(/^mailto:kurse@traeger-a\.example\.org\?subject=[^&\s]+&body=[^&\s]+$/);
    const params = new URLSearchParams((link ?? "").slice((link ?? "").indexOf("?") + 1).replaceAll("+", "%2B"));
    expect(params.get("subject")).toBe("Bildungsbrücke: Bitte prüfen Sie Ihre Angebote (Stand 27.11.2026)");
    const body = params.get("body") ?? "";
    expect(body).toContain("bei der Prüfung der Angebote von Träger A Beispiel e. V.");
    expect(body).toContain(
      "- fehlerhaft.md (Zeile 3, topics[0]): unbekannter Wert „orientierung-bewerbng“ – meinten Sie „orientierung-bewerbung“?",
    );
    expect(body).toContain(
      "Abgelaufen (nicht mehr veröffentlicht):\r\n- „Bewerbungstraining Sommer“ (abgelaufen.md, gültig bis 31.10.2026)",
    );
    expect(body).toContain("Angaben älter als 6 Monate:\r\n- „Bewerbungstraining alt“ (veraltet.md, Stand 15.03.2026)");
    expect(body).toContain("angebote@example.org");
    expect(mailtoLink(provider("traeger-b"), report, siteData("/"))).toBeUndefined();
  });

  it("stays short enough for mail programs and says that more is in the report", () => {
    const many = provider("traeger-a");
    const errors = Array.from({ length: 200 }, (_, index) => ({
      severity: "error" as const,
      file: `offers/traeger-a/kurs-${index}.md`,
      field: "summary",
      message: "fehlt. Kurzbeschreibung in ein bis zwei Sätzen (45–300 Zeichen).",
    }));
    const link =
      mailtoLink({ ...many, invalid: [{ file: "offers/traeger-a/viele.md", errors }] }, report, siteData("/")) ?? "";
    expect(link.length).toBeLessThan(6000);
    expect(decodeURIComponent(link)).toMatch(/… und \d+ weitere Zeilen \(siehe Bericht der Netzwerkstelle\)\./);
  });
});

describe("#11: npm run report", () => {
  it("writes one self-contained HTML file and prints a German summary", async () => {
    const out = path.join(temp, "bericht.html");
    const run = await runScript("report.ts", [
      "--offers",
      offersDir,
      "--dist",
      path.join(temp, "dist"),
      "--out",
      out,
      "--today",
      today,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Netzwerk-Bericht vom 27.11.2026: 2 Träger, 4 Angebote veröffentlicht.");
    expect(run.stdout).toContain(
      "1 fehlerhafte Dateien, 1 abgelaufen, 1 ohne künftigen Termin, 1 laufen in 30 Tagen ab, 1 älter als 6 Monate.",
    );
    expect(run.stdout).toContain("Seit dem letzten Build vom 20.11.2026: 1 neu, 1 geändert, 1 entfernt.");
    expect(run.stdout).toContain(
      "  Träger A Beispiel e. V.: 1 fehlerhaft, 1 abgelaufen, 1 ohne Termin, 1 läuft bald ab, 1 veraltet",
    );
    const html = await readFile(out, "utf8");
    expect(html).toContain("<h1>Netzwerk-Bericht</h1>");
    expect(html).toContain('href="mailto:kurse@traeger-a.example.org?subject=');
    expect(html).toContain("Entfernt: „Entferntes Angebot“ (entfernt.md)");
    // Self-contained: no stylesheet, script or image is loaded from anywhere.
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|src=/);
  });

  it("gives the same data as JSON with --json, and says when there is no build to compare with", async () => {
    const run = await runScript("report.ts", [
      "--offers",
      offersDir,
      "--dist",
      path.join(temp, "nichts"),
      "--json",
      "--today",
      today,
    ]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as NetworkReport & { providers: (ProviderReport & { mailto?: string })[] };
    expect(data.lastBuild).toBeUndefined();
    expect(data.providers[0]?.expired.map((offer) => offer.title)).toEqual(["Bewerbungstraining Sommer"]);
    expect(data.providers[0]?.mailto).toMatch(/^mailto:/);
    const wrong = await runScript("report.ts", ["--gibtsnicht"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("Aufruf: npm run report");
  });

  it("lists the sample offers that are expired and stale", async () => {
    const run = await runScript("report.ts", ["--json", "--today", "2026-12-02", "--dist", path.join(temp, "nichts")]);
    const data = JSON.parse(run.stdout) as NetworkReport;
    const all = (list: "expired" | "stale") => data.providers.flatMap((entry) => files(entry[list]));
    expect(all("expired")).toEqual(
      expect.arrayContaining(["excel-kompakt-herbst-2026.md", "kurzqualifizierung-kasse-herbst-2026.md"]),
    );
    expect(all("stale")).toEqual(
      expect.arrayContaining(["praxisanleitung-pflege-weiterbildung.md", "sprachcafe-offene-sprechstunde.md"]),
    );
  });
});
