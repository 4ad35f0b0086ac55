/**
 * #11: YAML advice that fits the mistake. `__fixtures__/yaml-advice/` holds
 * one offer file per typical mistake; `npm run validate` over exactly those
 * files must give each its own message, with the line and the fix.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { runScript } from "../testing/run-script.js";
import type { Diagnostic } from "./diagnostics.js";

const folder = path.join(projectRoot, "src/content/__fixtures__/yaml-advice/beratung-beispiel");
const relative = (name: string) => path.relative(projectRoot, path.join(folder, name)).split(path.sep).join("/");

const expected: Record<string, { line: number; field?: string; message: RegExp }[]> = {
  "doppelpunkt.md": [
    {
      line: 2,
      message: /Anführungszeichen setzen.*title: "Bewerbungstraining: Frauen im Beruf"/,
    },
  ],
  "einrueckung.md": [{ line: 10, message: /Zeile 10 ist mit 6 Leerzeichen eingerückt.*4 Leerzeichen/ }],
  "tabulator.md": [{ line: 10, message: /Tabulator.*durch Leerzeichen/ }],
  "bezeichnung.md": [{ line: 4, field: "topics[0]", message: /meinten Sie „orientierung-bewerbung“\?/ }],
  "bezeichnung-ohne-liste.md": [
    { line: 4, field: "topics", message: /muss eine Liste.*topics: \[orientierung-bewerbung\]/ },
  ],
  "komma-liste.md": [{ line: 7, field: "schedule", message: /als Liste.*schedule: \[teilzeit, vormittags\]/ }],
  "deutsches-datum.md": [{ line: 17, field: "updated", message: /Schreiben Sie 2026-11-01/ }],
};

let diagnostics: Diagnostic[];

beforeAll(async () => {
  const run = await runScript("validate.ts", [
    ...Object.keys(expected).map((name) => path.join(folder, name)),
    "--today",
    "2026-11-27",
    "--json",
  ]);
  expect(run.stderr).toBe("");
  ({ diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] });
}, 60_000);

describe("#11: YAML advice that fits the mistake", () => {
  it.each(Object.entries(expected))("%s", (name, expectations) => {
    const found = diagnostics.filter((diagnostic) => diagnostic.file === relative(name));
    expect(found).toHaveLength(expectations.length);
    for (const [index, expectation] of expectations.entries()) {
      const diagnostic = found[index];
      expect(diagnostic?.line).toBe(expectation.line);
      expect(diagnostic?.field).toBe(expectation.field);
      expect(diagnostic?.message).toMatch(expectation.message);
    }
  });

  it("a list value written as one text gets no length complaint", () => {
    expect(diagnostics.map((diagnostic) => diagnostic.message).join("\n")).not.toContain("zu lang");
  });
});
