import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { benchOptions, positiveInteger } from "./cli.js";
import { defaultSeed } from "./generate.js";

describe("benchOptions", () => {
  it("gives every shared option a default and lets arguments override them", () => {
    const { values } = parseArgs({ args: ["--runs", "5"], options: benchOptions(4000) });
    expect(values).toMatchObject({ offers: "4000", runs: "5", seed: String(defaultSeed) });
    expect(values.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("positiveInteger", () => {
  it("accepts whole numbers above 0 and names the option otherwise", () => {
    expect(positiveInteger("4000", "offers")).toBe(4000);
    expect(() => positiveInteger("0", "runs")).toThrow("--runs braucht eine ganze Zahl über 0, gefunden: „0“.");
    expect(() => positiveInteger("1.5", "runs")).toThrow("--runs");
    expect(() => positiveInteger("viele", "offers")).toThrow("--offers");
  });
});
