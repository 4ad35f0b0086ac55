import { describe, expect, it } from "vitest";
import { fileKind, formatSearchBenchmark, type SearchBenchmark, type Transfer } from "./search.js";

describe("fileKind", () => {
  it("sorts the search's downloads into the table's kinds", () => {
    expect(fileKind("/pagefind/fragment/de_1a2b.pf_fragment")).toBe("Pagefind: fragments (result cards)");
    expect(fileKind("/pagefind/index/de_1a2b.pf_index")).toBe("Pagefind: word index");
    expect(fileKind("/pagefind/filter/de_1a2b.pf_filter")).toBe("Pagefind: filter index");
    expect(fileKind("/pagefind/pagefind.de_1a2b.pf_meta")).toBe("Pagefind: metadata");
    expect(fileKind("/pagefind/wasm.de.pagefind")).toBe("Pagefind: library (JS + WebAssembly)");
    expect(fileKind("/assets/js/search.js")).toBe("Search page: scripts");
    expect(fileKind("/suche/")).toBe("Search page: HTML and CSS");
  });
});

describe("formatSearchBenchmark", () => {
  const transfer = (kb: number): Transfer => ({
    requests: 3,
    rawBytes: kb * 2048,
    gzipBytes: kb * 1024,
    byKind: { "Pagefind: word index": kb * 1024 },
  });
  const result: SearchBenchmark = {
    offers: 4000,
    buildMs: 20_000,
    indexRuns: [
      { wallMs: 9000, cpuMs: 12000 },
      { wallMs: 7000, cpuMs: 11000 },
      { wallMs: 8000, cpuMs: 13000 },
    ],
    cliRuns: [{ wallMs: 10000, cpuMs: 14000 }],
    bundle: { "Pagefind: word index": 2048 * 1024 },
    opened: transfer(280),
    openedOnPhone: transfer(180),
    pageLoad: transfer(260),
    typedQuery: transfer(100),
    typing: [
      { query: "Pflege", ms: 150 },
      { query: "Stapler", ms: 90 },
      { query: "Bewerbung", ms: 230 },
    ],
  };

  it("writes medians, runs, sizes and the slowest keystroke as a Markdown table", () => {
    const table = formatSearchBenchmark(result);
    expect(table).toContain("| 8.0 s (9.0 / 7.0 / 8.0); CPU 12.0 s (12.0 / 11.0 / 13.0) |");
    expect(table).toContain("| – Pagefind: word index | 2048 KB |");
    expect(table).toContain("| 280 KB gzip (560 KB uncompressed), 3 requests |");
    expect(table).toContain("median 150 ms, at most 230 ms");
  });
});
