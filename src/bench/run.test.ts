import { execFileSync, spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";
import { childrenCpuMs, sampleTree, treeRssKb } from "./usage.js";
import { changedOffers, formatTable, interleaved, measureArgs, median, type RunResult } from "./run.js";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
});

describe("formatTable", () => {
  it("reports wall and CPU times against the anchor and bare Eleventy, memory and pages per offer count", () => {
    const run = (wallMs: number, treeRssKb: number | undefined): RunResult => ({
      wallMs,
      buildMs: wallMs - 500,
      cpuMs: wallMs + 1000,
      ownCpuMs: wallMs,
      maxRssKb: 204800,
      treeRssKb,
      pages: 1000,
    });
    const table = formatTable([
      { count: 1000, full: run(6000, 307200), anchor: run(5000, 409600), bare: run(3000, undefined) },
    ]);
    expect(table.split("\n")[2]).toBe(
      "| 1000 | 6.00 s | 5.00 s | 3.00 s | **1.20×** | 2.00× | 7.00 s | 6.00 s | 4.00 s | 1.17× | 1.75× | 200 MB (300 MB) | 400 MB | 1000 | 1000 |",
    );
  });
});

describe("changedOffers", () => {
  it("changes the description of offers spread over the set, and no more than there are", () => {
    const offers = Array.from({ length: 100 }, (_, index) => ({
      path: `p/o-${index}.md`,
      content: "---\n---\nText\n",
    }));
    const changed = changedOffers(offers, 10);
    expect(changed.map((offer) => offer.path)).toEqual(
      Array.from({ length: 10 }, (_, index) => `p/o-${index * 10}.md`),
    );
    expect(changed.every((offer) => offer.content.startsWith("---\n---\nText\n") && offer.content.length > 20)).toBe(
      true,
    );
    expect(changedOffers(offers.slice(0, 3), 10)).toHaveLength(3);
  });
});

describe("interleaved", () => {
  it("rotates the order of the three kinds from run to run", () => {
    expect(interleaved(1)).toEqual(["full", "bare", "anchor"]);
    expect(interleaved(2)).toEqual(["bare", "anchor", "full"]);
    expect(interleaved(3)).toEqual(["anchor", "full", "bare"]);
    expect(interleaved(4)).toEqual(["full", "bare", "anchor"]);
  });
});

describe("measureArgs", () => {
  it("passes kind, folders and day to the child", () => {
    expect(measureArgs({ kind: "bare", input: "/t/in", output: "/t/out", today: "2026-11-27" })).toEqual([
      "--measure",
      "bare",
      "--input",
      "/t/in",
      "--out",
      "/t/out",
      "--today",
      "2026-11-27",
    ]);
  });
});

describe("childrenCpuMs", () => {
  it("grows by the CPU time of a finished child", () => {
    const before = childrenCpuMs() ?? 0;
    // The child spins until it has used 300 ms of CPU, not of wall time, so a busy machine cannot shorten it.
    const spin =
      "const used = () => { const u = process.cpuUsage(); return u.user + u.system; }; while (used() < 300000);";
    execFileSync(process.execPath, ["-e", spin]);
    expect((childrenCpuMs() ?? 0) - before).toBeGreaterThanOrEqual(200);
  });
});

describe("sampleTree", () => {
  it("counts the CPU time of a grandchild its parent does not wait for", async () => {
    // The middle process starts a spinning grandchild, never waits for it and sleeps, as
    // Pagefind's Node API leaves its binary: cutime of the middle process cannot see it.
    const spin =
      "const used = () => { const u = process.cpuUsage(); return u.user + u.system; }; while (used() < 400000);";
    const middle = `const { spawn } = require("node:child_process"); spawn(process.execPath, ["-e", ${JSON.stringify(spin)}], { stdio: "ignore" }).unref(); setTimeout(() => {}, 1500);`;
    const child = spawn(process.execPath, ["-e", middle], { stdio: "ignore" });
    const sampler = sampleTree(child.pid ?? -1);
    await new Promise((resolve) => child.once("close", resolve));
    const { treeCpuMs, peakRssKb } = sampler.stop();
    expect(treeCpuMs).toBeGreaterThanOrEqual(300);
    expect(peakRssKb).toBeGreaterThan(0);
  });
});

describe("treeRssKb", () => {
  it("counts at least this process's own resident memory", () => {
    const own = process.memoryUsage().rss / 1024;
    expect(treeRssKb(process.pid)).toBeGreaterThan(own / 2);
  });
});

describe("createRandom", () => {
  it("repeats its sequence for a seed and keeps picks inside their bounds", () => {
    const first = createRandom(1);
    const second = createRandom(1);
    const draws = Array.from({ length: 100 }, () => first.int(3, 5));
    expect(Array.from({ length: 100 }, () => second.int(3, 5))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
    expect(first.pickSome(["a", "b", "c", "d"], 2)).toHaveLength(2);
    expect(first.pickSome(["a", "b"], 5)).toEqual(["a", "b"]);
  });
});
