import { describe, expect, it } from "vitest";
import { isOfferId, shareFragment, sharedIds } from "./merkzettel.js";

describe("#9: the Merkzettel's shared link", () => {
  it("carries the offer ids in the fragment and reads them back", () => {
    const ids = ["bildungswerk-beispiel/pflege", "werkstatt-beispiel/cnc-grundkurs"];
    expect(shareFragment(ids)).toBe("#angebote=bildungswerk-beispiel/pflege,werkstatt-beispiel/cnc-grundkurs");
    expect(sharedIds(shareFragment(ids))).toEqual(ids);
  });

  it("keeps only well-formed ids, each once, and shares none without the parameter", () => {
    expect(sharedIds("#angebote=a/b,a/b,<script>/x,javascript:alert(1),../../etc,c/d")).toEqual(["a/b", "c/d"]);
    expect(sharedIds("#angebote=")).toEqual([]);
    expect(sharedIds("")).toBeUndefined();
    expect(sharedIds("#inhalt")).toBeUndefined();
    expect(isOfferId("a/b/c")).toBe(false);
  });
});
