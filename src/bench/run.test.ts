import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";
import { childrenCpuMs, treeRssKb } from "./usage.js";
import { formatTable, measureArgs, median, type RunResult } from "./run.js";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
});

describe("formatTable", () => {
  it("reports wall times, their ratio, memory and pages per offer count", () => {
    const run = (wallMs: number, treeRssKb: number | undefined): RunResult => ({
      wallMs,
      buildMs: wallMs - 500,
      cpuMs: wallMs + 1000,
      ownCpuMs: wallMs,
      maxRssKb: 204800,
      treeRssKb,
      pages: 1000,
    });
    const table = formatTable([{ count: 1000, full: run(6000, 307200), bare: run(3000, undefined) }]);
    expect(table.split("\n")[2]).toBe(
      "| 1000 | 6.00 s | 3.00 s | 2.00× | 7.00 s | 4.00 s | 1.75× | 200 MB (300 MB) | 200 MB | 1000 | 1000 |",
    );
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
