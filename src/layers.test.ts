import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./config/site.js";

/**
 * The folders of `src/` from the bottom up. A module may import from its own
 * folder and from folders of a lower rank, never upwards or sideways, so the
 * loader cannot depend on the search or the site, and no two folders import
 * each other in a circle.
 */
const ranks: Readonly<Record<string, number>> = {
  config: 0,
  schema: 1,
  content: 2,
  view: 3,
  intake: 3,
  search: 4,
  site: 5,
  print: 6,
  offline: 6,
  report: 6,
  build: 7,
  cli: 8,
  client: 8,
  testing: 8,
  bench: 9,
};

const srcDir = path.join(projectRoot, "src");

/** Source modules (tests, fixtures and type declarations excluded) with the folder they sit in. */
function sourceModules(): { file: string; folder: string }[] {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.endsWith(".test.ts") && !file.endsWith(".d.ts") && !file.includes("__fixtures__"))
    .map((file) => ({ file, folder: path.relative(srcDir, file).split(path.sep)[0] ?? "" }));
}

/** The `src/` folders a module imports from, through static and dynamic imports. */
function importedFolders(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const specifiers = [...code.matchAll(/(?:from\s+|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/g)].map((match) => match[1] ?? "");
  return specifiers.map((specifier) => {
    const target = path.relative(srcDir, path.resolve(path.dirname(file), specifier));
    return target.split(path.sep)[0] ?? "";
  });
}

describe("#12: layers point one way", () => {
  const modules = sourceModules();

  it("knows the rank of every folder in src/", () => {
    const unknown = [...new Set(modules.map((module) => module.folder))].filter((folder) => !(folder in ranks));
    expect(unknown, "add new src/ folders to the ranks above").toEqual([]);
  });

  it("has no import from a higher or a sibling layer", () => {
    const violations = modules.flatMap(({ file, folder }) =>
      importedFolders(file)
        .filter((target) => target !== folder && !((ranks[target] ?? Infinity) < (ranks[folder] ?? -Infinity)))
        .map((target) => `${path.relative(projectRoot, file)} → ${target}/`),
    );
    expect(violations).toEqual([]);
  });

  it("keeps the loader free of search and site code", () => {
    const loader = modules.filter((module) => module.folder === "content");
    expect(loader.length).toBeGreaterThan(5);
    for (const { file } of loader) {
      expect(importedFolders(file), file).not.toContain("search");
      expect(importedFolders(file), file).not.toContain("site");
    }
  });
});
