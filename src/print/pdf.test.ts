import { describe, expect, it } from "vitest";
import { stampPdfDates } from "./pdf.js";

describe("#9: brochure PDFs are dated the edition day", () => {
  const printed = (time: string, content = "BT (Seite 1) Tj ET") =>
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<</Title (Gesamt) /CreationDate (D:${time}+01'00') /ModDate (D:${time}+01'00')>>\nendobj\nstream\n${content}\nendstream\n`,
      "latin1",
    );

  it("gives the same bytes whenever the brochure was printed, at the same length", () => {
    const morning = stampPdfDates(printed("20261202081512"), "2026-12-01");
    const evening = stampPdfDates(printed("20261202213344"), "2026-12-01");
    expect(morning.equals(evening)).toBe(true);
    expect(morning.toString("latin1")).toContain(
      "/CreationDate (D:20261201120000+00'00') /ModDate (D:20261201120000+00'00')",
    );
    expect(morning.byteLength).toBe(printed("20261202081512").byteLength);
  });

  it("changes only the document dates, not the pages", () => {
    const page = "BT (D:20261202081512+01'00') Tj ET";
    expect(stampPdfDates(printed("20261202081512", page), "2026-12-01").toString("latin1")).toContain(page);
  });
});
