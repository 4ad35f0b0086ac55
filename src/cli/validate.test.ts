/**
 * #11: focused checks. `npm run validate -- <Datei oder Ordner> …` checks
 * exactly those files (with the provider profiles they need) and reports only
 * them; `--provider <name>` checks one provider's folder; `--json` keeps its shape.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { runScript } from "../testing/run-script.js";

const offers = path.join(projectRoot, "src/site/__fixtures__/offers");
const broken = path.join(projectRoot, "src/content/__fixtures__/broken");
const today = ["--today", "2026-11-27"];

interface Report {
  ok: boolean;
  files: number;
  published: number;
  providers: number;
  errors: number;
  warnings: number;
  diagnostics: { file: string }[];
  unpublished: { file: string }[];
}

const validate = async (...args: string[]) => {
  const run = await runScript("validate.ts", [...args, ...today, "--json"]);
  return { ...run, report: JSON.parse(run.stdout) as Report };
};

describe("#11: focused checks", () => {
  it("checks exactly one file and reports only it", async () => {
    const { code, report } = await validate(path.join(broken, "bildungswerk-beispiel/falsche-typen.md"));
    expect(code).toBe(1);
    expect(report.files).toBe(1);
    expect(new Set(report.diagnostics.map((diagnostic) => diagnostic.file))).toEqual(
      new Set(["src/content/__fixtures__/broken/bildungswerk-beispiel/falsche-typen.md"]),
    );
  });

  it("checks a valid file with its provider's profile and publishes it", async () => {
    const { code, report } = await validate(path.join(offers, "werkstatt-beispiel/cnc-grundkurs.md"));
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, files: 1, published: 1, providers: 1 });
  });

  it("checks several files and folders given together", async () => {
    const { report } = await validate(
      path.join(offers, "werkstatt-beispiel"),
      path.join(offers, "bildungswerk-beispiel/deutsch-beruf.md"),
    );
    expect(report.files).toBe(3);
    expect(report.providers).toBe(2);
  });

  it("checks one provider's folder with --provider", async () => {
    const { report } = await validate("--dir", offers, "--provider", "bildungswerk-beispiel");
    expect(report.files).toBe(3);
    expect(report.providers).toBe(1);
    expect(report.diagnostics.every((diagnostic) => diagnostic.file.includes("/bildungswerk-beispiel/"))).toBe(true);
  });

  it("names an unknown provider or a missing file in German", async () => {
    const unknown = await runScript("validate.ts", ["--dir", offers, "--provider", "gibt-es-nicht"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Den Träger-Ordner „gibt-es-nicht“ gibt es nicht");
    const missing = await runScript("validate.ts", [path.join(offers, "werkstatt-beispiel/fehlt.md")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("fehlt.md");
    expect(missing.stderr).toContain("gibt es nicht");
  });

  it("keeps the shape of the JSON report", async () => {
    const { report } = await validate("--dir", offers);
    expect(Object.keys(report).slice(0, 8)).toEqual([
      "ok",
      "files",
      "published",
      "providers",
      "errors",
      "warnings",
      "diagnostics",
      "unpublished",
    ]);
    expect(report.files).toBe(5);
  });
});
