/**
 * #8: every file the loader can meet. Builds small `offers/` trees with
 * links, FIFOs, devices, folders in place of files and odd names, and checks
 * that each is refused (or, for dot-files, skipped) with a German message
 * naming the path, that nothing outside `offers/` is read, and that the
 * loader never hangs or throws.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { minimalOffer, provider } from "../schema/__fixtures__/offers.js";
import { loadOffers, type LoadResult } from "./load.js";
import { offerFileText } from "./offer-file.js";
import { formatReport } from "./report.js";

const today = "2026-11-27";
const providerText = offerFileText(provider, "Ein erfundener Träger.\n");
const offerText = offerFileText(minimalOffer, "## Inhalte\n\nText.\n");

let root: string;
let offers: string;
let traeger: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "bb-hostile-"));
  offers = path.join(root, "offers");
  traeger = path.join(offers, "traeger");
  await mkdir(traeger, { recursive: true });
  await writeFile(path.join(traeger, "_provider.md"), providerText);
  await writeFile(path.join(traeger, "kurs.md"), offerText);
});

afterEach(() => rm(root, { recursive: true, force: true }));

const load = (): Promise<LoadResult> => loadOffers(offers, { today, root });
const errorsFor = (result: LoadResult, file: string) =>
  result.diagnostics.filter((diagnostic) => diagnostic.severity === "error" && diagnostic.file === file);

describe("#8: only regular files, only inside offers/", () => {
  it("refuses an offer that is a link to a file outside offers/, and never publishes its content", async () => {
    await symlink("/etc/passwd", path.join(traeger, "passwort.md"));
    const result = await load();
    const errors = errorsFor(result, "offers/traeger/passwort.md");
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining("ist eine Verknüpfung")]);
    expect(JSON.stringify(result)).not.toContain("root:");
    expect(result.offers.map((offer) => offer.id)).toEqual(["traeger/kurs"]);
  });

  it("refuses a linked _provider.md", async () => {
    const outside = path.join(root, "profil.md");
    await writeFile(outside, providerText);
    await rm(path.join(traeger, "_provider.md"));
    await symlink(outside, path.join(traeger, "_provider.md"));
    const result = await load();
    expect(errorsFor(result, "offers/traeger/_provider.md").map((error) => error.message)).toEqual([
      expect.stringContaining("ist eine Verknüpfung"),
    ]);
    expect(result.providers).toEqual([]);
    expect(result.offers).toEqual([]);
  });

  it("refuses a provider folder that is a link", async () => {
    const elsewhere = path.join(root, "anderswo");
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, "_provider.md"), providerText);
    await writeFile(path.join(elsewhere, "kurs.md"), offerText);
    await symlink(elsewhere, path.join(offers, "verlinkt"));
    const result = await load();
    expect(errorsFor(result, "offers/verlinkt").map((error) => error.message)).toEqual([
      expect.stringContaining("ist eine Verknüpfung"),
    ]);
    expect(result.offers.map((offer) => offer.id)).toEqual(["traeger/kurs"]);
  });

  it("refuses a FIFO without waiting on it", async () => {
    execFileSync("mkfifo", [path.join(traeger, "warten.md")]);
    execFileSync("mkfifo", [path.join(offers, "rohr")]);
    const result = await load();
    expect(errorsFor(result, "offers/traeger/warten.md").map((error) => error.message)).toEqual([
      expect.stringMatching(/keine gewöhnliche Datei/),
    ]);
    expect(errorsFor(result, "offers/rohr")).toHaveLength(1);
    expect(result.offers).toHaveLength(1);
  }, 10_000);

  it("refuses a folder in place of an offer file or of _provider.md", async () => {
    await mkdir(path.join(traeger, "ordner.md"));
    const second = path.join(offers, "zweiter");
    await mkdir(path.join(second, "_provider.md"), { recursive: true });
    const result = await load();
    expect(errorsFor(result, "offers/traeger/ordner.md").map((error) => error.message)).toEqual([
      expect.stringContaining("ist ein Ordner"),
    ]);
    expect(errorsFor(result, "offers/zweiter/_provider.md").map((error) => error.message)).toEqual([
      expect.stringContaining("ist ein Ordner"),
    ]);
  });

  it("reports an unreadable offers folder instead of throwing", async () => {
    const result = await loadOffers(path.join(root, "gibt-es-nicht"), { today, root });
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining("Der Ordner mit den Angeboten fehlt"),
    ]);
  });
});

describe("#8: any name, no crash", () => {
  it("refuses file and folder names that are not valid UTF-8, naming them readably", async () => {
    const badFile = Buffer.concat([Buffer.from(traeger + "/kurs-"), Buffer.from([0xff, 0xfe]), Buffer.from(".md")]);
    await writeFile(badFile, offerText);
    const badFolder = Buffer.concat([Buffer.from(offers + "/tr"), Buffer.from([0xc3, 0x28])]);
    await mkdir(badFolder);
    const result = await load();
    const messages = result.diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^offers\/traeger\/kurs-\\xFF\\xFE\.md: .*nicht in UTF-8/),
        expect.stringMatching(/^offers\/tr\\xC3\(: .*nicht in UTF-8/),
      ]),
    );
    expect(result.offers.map((offer) => offer.id)).toEqual(["traeger/kurs"]);
  });

  it("refuses names with control characters, showing them visibly", async () => {
    await writeFile(path.join(traeger, "kurs\u001b[2J.md"), offerText);
    const result = await load();
    const report = formatReport(result);
    expect(report).not.toContain("\u001b");
    expect(result.diagnostics.map((diagnostic) => diagnostic.file)).toContain("offers/traeger/kurs\\x1B[2J.md");
  });

  it("refuses names that differ only in case from another", async () => {
    await writeFile(path.join(traeger, "Kurs.md"), offerText);
    const result = await load();
    expect(errorsFor(result, "offers/traeger/Kurs.md").map((error) => error.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("nur in Groß- und Kleinschreibung")]),
    );
  });

  it("lists dot-files as skipped instead of dropping them silently", async () => {
    await writeFile(path.join(traeger, ".entwurf.md"), offerText);
    await mkdir(path.join(offers, ".git"));
    const result = await load();
    expect(result.skipped.map((entry) => entry.file).sort()).toEqual(["offers/.git", "offers/traeger/.entwurf.md"]);
    expect(formatReport(result)).toContain("Übersprungen");
  });
});
