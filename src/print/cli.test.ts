import { describe, expect, it } from "vitest";
import { resolveFacets } from "../search/facets.js";
import { asksForSelection, brochureRequestFromArgs } from "./cli.js";

const facets = resolveFacets([]);

describe("#7: npm run brochure arguments", () => {
  it("take the search's names, several values comma-separated or repeated", () => {
    const { request, errors } = brochureRequestFromArgs(
      {
        ort: ["solingen,Wuppertal"],
        zielgruppe: ["alleinerziehende"],
        papier: "A5",
        gliederung: "ort",
        beschnitt: true,
      },
      facets,
    );
    expect(errors).toEqual([]);
    expect(request.state.selection).toEqual({ city: ["solingen", "wuppertal"], audience: ["alleinerziehende"] });
    expect(request.options).toEqual({ grouping: "ort", paper: "a5", bleed: true, ids: undefined });
  });

  it("name every mistake at once, in German, with a suggestion", () => {
    const { errors } = brochureRequestFromArgs(
      { ort: ["solingn"], papier: "a3", zielgruppe: ["alleinerzihende"] },
      facets,
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain("Meinten Sie „solingen“?");
    expect(errors[1]).toContain("Meinten Sie „alleinerziehende“?");
    expect(errors[2]).toBe("--papier a3: erlaubt sind a4, a5.");
  });

  it("say that --format is the Unterrichtsform and the paper size is --papier", () => {
    const { errors } = brochureRequestFromArgs({ format: ["a5"] }, facets);
    expect(errors).toEqual([
      "--format a5: --format ist die Unterrichtsform (praesenz, online, hybrid), wie in der Suche. Das Papierformat wählen Sie mit --papier a5.",
    ]);
    expect(brochureRequestFromArgs({ format: ["online"] }, facets).request.state.selection).toEqual({
      format: ["online"],
    });
  });

  it("ask for a brochure of one's own with any filter, words or list; layout options alone do not", () => {
    expect(asksForSelection({ papier: "a5" }, facets)).toBe(false);
    expect(asksForSelection({ ort: ["solingen"] }, facets)).toBe(true);
    expect(asksForSelection({ q: "Pflege" }, facets)).toBe(true);
    expect(asksForSelection({ angebote: ["a/b"] }, facets)).toBe(true);
  });
});
