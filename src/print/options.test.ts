import { describe, expect, it } from "vitest";
import { resolveFacets } from "../search/facets.js";
import { parseBrochureRequest, serialiseBrochureRequest } from "./options.js";

const facets = resolveFacets([]);

describe("#7: brochure URLs", () => {
  it("read the search's parameters and the layout's", () => {
    const request = parseBrochureRequest(
      "?ort=solingen&zielgruppe=alleinerziehende&format=online&gliederung=ort&papier=a5&beschnitt=ja",
      facets,
    );
    expect(request.state.selection).toEqual({ city: ["solingen"], audience: ["alleinerziehende"], format: ["online"] });
    expect(request.options).toEqual({ grouping: "ort", paper: "a5", bleed: true, ids: undefined });
  });

  it("fall back to the defaults for unknown layout values", () => {
    expect(parseBrochureRequest("?papier=a3&gliederung=farbe&beschnitt=vielleicht", facets).options).toEqual({
      grouping: "thema",
      paper: "a4",
      bleed: false,
      ids: undefined,
    });
  });

  it("carry an explicit list of offers (the seam for the Merkzettel)", () => {
    const request = parseBrochureRequest("?angebote=a%2Fb,c%2Fd", facets);
    expect(request.options.ids).toEqual(["a/b", "c/d"]);
    expect(serialiseBrochureRequest(request, facets)).toBe("angebote=a%2Fb,c%2Fd");
  });

  it("serialise canonically: defaults and the sort order left out, so equal requests give equal URLs", () => {
    const request = parseBrochureRequest("?papier=a4&zeit=teilzeit&q=Pflege&sort=preis&ort=solingen", facets);
    expect(serialiseBrochureRequest(request, facets)).toBe("q=Pflege&ort=solingen&zeit=teilzeit");
    const again = parseBrochureRequest(`?${serialiseBrochureRequest(request, facets)}`, facets);
    expect(again.state.selection).toEqual(request.state.selection);
    expect(again.options).toEqual(request.options);
  });
});
