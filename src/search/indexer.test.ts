import { describe, expect, it } from "vitest";
import { indexGlob } from "./indexer.js";

describe("indexGlob", () => {
  it("reads only the folder of the offer pages", () => {
    expect(indexGlob(["/angebote/a/b/", "/angebote/c/d/"])).toBe("angebote/**/*.html");
  });

  it("lists several folders as alternatives", () => {
    expect(indexGlob(["/kurse/a/", "/angebote/c/d/"])).toBe("{angebote,kurse}/**/*.html");
  });

  it("reads the whole site when a page sits at the top", () => {
    expect(indexGlob(["/", "/angebote/a/"])).toBe("**/*.html");
  });

  it("reads nothing for no pages", () => {
    expect(indexGlob([])).toBeUndefined();
  });
});
