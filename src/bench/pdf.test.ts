import { describe, expect, it } from "vitest";
import { formatPdfTable, pdfMeasureArgs } from "./pdf.js";

describe("#7: the PDF benchmark", () => {
  it("reports wall time, its parts, memory, pages and size per offer count", () => {
    const table = formatPdfTable([
      {
        count: 1000,
        wallMs: 23920,
        treeRssKb: 2_516_000,
        measurement: { setMs: 11890, paginateMs: 10430, pdfMs: 10380, pages: 310, bytes: 10_620_000 },
      },
    ]);
    expect(table.split("\n")[2]).toBe("| 1000 | 23.92 s | 11.89 s | 10.43 s | 10.38 s | 2457 MB | 310 | 10.6 MB |");
  });

  it("tells the child which site to print and where to", () => {
    expect(pdfMeasureArgs("/t/dist", "/t/gesamt.pdf")).toEqual([
      "--measure",
      "pdf",
      "--input",
      "/t/dist",
      "--out",
      "/t/gesamt.pdf",
    ]);
  });
});
