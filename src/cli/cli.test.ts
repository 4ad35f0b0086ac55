/**
 * #8 and #11: every script in scripts/ answers wrong arguments with a German
 * usage message and no stack trace, and explains unexpected failures in one
 * German line (the stack only with --debug).
 */
import { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { runScript, type Run } from "../testing/run-script.js";

/** Every script, so a new one cannot skip the frame. */
const scripts = readdirSync(path.join(projectRoot, "scripts")).filter((name) => name.endsWith(".ts"));

const noNodeTrace = (run: Run) => {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/ERR_[A-Z_]+|TypeError|Error:/);
};

describe.concurrent("#8: wrong arguments get a German usage message", () => {
  it.each(scripts)("%s --gibt-es-nicht", async (script) => {
    const run = await runScript(script, ["--gibt-es-nicht"]);
    expect(run.code).toBe(1);
    noNodeTrace(run);
    expect(run.stderr).toContain("Unbekannte Angabe --gibt-es-nicht");
    expect(run.stderr).toMatch(/Aufruf: npm run /);
    expect(run.stdout).toBe("");
  });

  it.each(scripts)("%s --help prints German help", async (script) => {
    const run = await runScript(script, ["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Aufruf: npm run /);
    expect(run.stdout).toContain("--help");
  });

  it("an option without its value is explained", async () => {
    const run = await runScript("validate.ts", ["--provider"]);
    expect(run.code).toBe(1);
    noNodeTrace(run);
    expect(run.stderr).toContain("--provider braucht einen Wert");
  });

  it("a stray word for a script without positional arguments is explained", async () => {
    const run = await runScript("build.ts", ["offers"]);
    expect(run.code).toBe(1);
    noNodeTrace(run);
    expect(run.stderr).toContain("„offers“");
  });
});

describe("#8: unexpected failures are one German line, the stack only with --debug", () => {
  it("a failing build explains itself and points to where to report it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bb-cli-"));
    try {
      // An output folder that is a file: writing the site must fail unexpectedly.
      const out = path.join(dir, "datei");
      await writeFile(out, "keine Mappe");
      const run = await runScript("build.ts", ["--out", path.join(out, "dist"), "--today", "2026-11-27"]);
      expect(run.code).toBe(1);
      noNodeTrace(run);
      expect(run.stderr).toContain("Unerwarteter Fehler");
      expect(run.stderr).toContain("--debug");
      expect(run.stderr).toContain("Netzwerkstelle");
      const debug = await runScript("build.ts", ["--out", path.join(out, "dist"), "--today", "2026-11-27", "--debug"]);
      expect(debug.code).toBe(1);
      expect(run.stderr).not.toContain("ENOTDIR");
      expect(debug.stderr).toContain("ENOTDIR");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
