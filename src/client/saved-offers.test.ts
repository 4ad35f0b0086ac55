import { describe, expect, it } from "vitest";
import { parseSaved, storageVersion } from "./saved-offers.js";

const stored = (value: unknown) => JSON.stringify(value);

describe("#9: the Merkzettel's stored list", () => {
  it("reads the saved offers of its version in order", () => {
    const offers = [
      { id: "a/kurs", title: "Kurs" },
      { id: "b/beratung", title: "Beratung" },
    ];
    expect(parseSaved(stored({ version: storageVersion, offers }))).toEqual(offers);
  });

  it("reads nothing from a missing, broken or unknown value", () => {
    expect(parseSaved(null)).toEqual([]);
    expect(parseSaved("{not json")).toEqual([]);
    expect(parseSaved(stored({ version: 99, offers: [{ id: "a/kurs", title: "Kurs" }] }))).toEqual([]);
    expect(parseSaved(stored([{ id: "a/kurs" }]))).toEqual([]);
  });

  it("drops malformed entries and repeats, keeps an entry without a title", () => {
    const offers = [{ id: "a/kurs", title: "Kurs" }, { id: "a/kurs", title: "again" }, { id: "x" }, 7, { id: "c/d" }];
    expect(parseSaved(stored({ version: storageVersion, offers }))).toEqual([
      { id: "a/kurs", title: "Kurs" },
      { id: "c/d", title: "" },
    ]);
  });
});
