/**
 * Runs the real command-line tools over `__fixtures__/broken/`, a miniature
 * `offers/` tree with one broken file per kind of problem, and checks that
 * every problem is reported in German with file, line and field, and that a
 * refused build writes nothing.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { runScript, type Run } from "../testing/run-script.js";
import type { Diagnostic } from "./diagnostics.js";
import type { reportData } from "./report.js";

interface Expectation {
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

interface Expected {
  readonly today: string;
  readonly valid: readonly string[];
  readonly generated: Readonly<Record<string, number>>;
  readonly files: Readonly<Record<string, readonly Expectation[]>>;
}

const fixtureDir = path.join(projectRoot, "src/content/__fixtures__/broken");
const expected = JSON.parse(await readFile(path.join(fixtureDir, "expected.json"), "utf8")) as Expected;

/** The report split into blocks: file path (as printed) → its problem lines. */
function blocks(report: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of report.split("\n")) {
    if (line === "") current = undefined;
    else if (line.startsWith("  ") && current) current.push(line);
    else if (line.endsWith(".md")) result.set(line, (current = []));
  }
  return result;
}

const printedName = (fixtureFile: string) =>
  path.relative(projectRoot, path.join(copyDir, fixtureFile)).split(path.sep).join("/");

let workDir: string;
let copyDir: string;
let validateText: Run;
let validateJson: Run;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "bildungsbruecke-broken-"));
  copyDir = path.join(workDir, "offers");
  await cp(fixtureDir, copyDir, { recursive: true, filter: (source) => path.basename(source) !== "expected.json" });
  // Too big to commit: a valid head and a body that takes the file past the size limit.
  for (const [file, size] of Object.entries(expected.generated)) {
    const head = await readFile(path.join(copyDir, "bildungswerk-beispiel/bom-crlf.md"));
    await writeFile(path.join(copyDir, file), Buffer.concat([head, Buffer.alloc(size - head.length, "Text. ")]));
  }
  [validateText, validateJson] = await Promise.all([
    runScript("validate.ts", ["--dir", copyDir, "--today", expected.today]),
    runScript("validate.ts", ["--dir", copyDir, "--today", expected.today, "--json"]),
  ]);
});

afterAll(() => rm(workDir, { recursive: true, force: true }));

describe("npm run validate over broken offers", () => {
  it("exits with code 1 and prints no stack trace", () => {
    expect(validateText.code).toBe(1);
    expect(validateText.stderr).toBe("");
    expect(validateText.stdout).not.toMatch(/^\s{4}at /m);
    expect(validateText.stdout).toMatch(/^Bitte beheben Sie die Fehler\./m);
  });

  it("names every broken file, and no valid one", () => {
    const printed = [...blocks(validateText.stdout).keys()].sort();
    expect(printed).toEqual(Object.keys(expected.files).map(printedName).sort());
    for (const valid of expected.valid) expect(printed).not.toContain(printedName(valid));
  });

  describe.each(Object.entries(expected.files))("%s", (file, expectations) => {
    it.each(expectations)("reports $message (line $line, field $field)", (expectation) => {
      const lines = blocks(validateText.stdout).get(printedName(file)) ?? [];
      const prefix = `  Fehler${expectation.line === undefined ? "" : `, Zeile ${expectation.line}`}:`;
      const field = expectation.field === undefined ? "" : ` ${expectation.field}:`;
      expect(lines.some((line) => line.startsWith(`${prefix}${field} `) && line.includes(expectation.message))).toBe(
        true,
      );
    });
  });

  it("prints the same diagnostics as JSON with --json", () => {
    expect(validateJson.code).toBe(1);
    const data = JSON.parse(validateJson.stdout) as ReturnType<typeof reportData>;
    expect(data.ok).toBe(false);
    expect(data.errors).toBe(validateText.stdout.match(/^ {2}Fehler/gm)?.length);
    for (const [file, expectations] of Object.entries(expected.files)) {
      const diagnostics = data.diagnostics.filter((diagnostic: Diagnostic) => diagnostic.file === printedName(file));
      for (const expectation of expectations) {
        expect(diagnostics).toContainEqual(
          expect.objectContaining({
            severity: "error",
            message: expect.stringContaining(expectation.message),
            ...(expectation.line === undefined ? {} : { line: expectation.line }),
            ...(expectation.field === undefined ? {} : { field: expectation.field }),
          }),
        );
      }
    }
  });
});

describe("the provider guide", () => {
  it("quotes error messages exactly as the validator prints them", async () => {
    const guide = await readFile(path.join(projectRoot, "docs/angebot-einreichen.md"), "utf8");
    // Messages in table cells (`…`) and in example output blocks (indented lines).
    const quoted = [...guide.matchAll(/`(Fehler, Zeile \d+: [^`]+)`|^ {2}(Fehler, Zeile \d+: .+)$/gm)].map(
      (match) => match[1] ?? match[2],
    );
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    const printed = validateText.stdout.split("\n").map((line) => line.trim());
    for (const message of quoted) expect(printed).toContain(message);
  });
});

describe("npm run build over broken offers", () => {
  it("stops with the same report and creates no output folder", async () => {
    const out = path.join(workDir, "dist");
    const build = await runScript("build.ts", ["--offers", copyDir, "--out", out, "--today", expected.today]);
    expect(build.code).not.toBe(0);
    expect(build.stderr).toContain(validateText.stdout.trim());
    expect(build.stderr).not.toMatch(/^\s{4}at /m);
    expect(await readdir(workDir)).toEqual(["offers"]);
  });

  it("leaves an existing output folder unchanged", async () => {
    const out = path.join(workDir, "dist-existing");
    await mkdir(out);
    await writeFile(path.join(out, "index.html"), "<p>alte Seite</p>");
    const build = await runScript("build.ts", ["--offers", copyDir, "--out", out, "--today", expected.today]);
    expect(build.code).not.toBe(0);
    expect(await readdir(out)).toEqual(["index.html"]);
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe("<p>alte Seite</p>");
    expect((await readdir(workDir)).sort()).toEqual(["dist-existing", "offers"]);
  });
});
