/**
 * #8: seeded fuzzing of the loader's check of one file. Mutates the fixture
 * offers (random bytes, truncation, duplicated lines and keys, swapped types,
 * random Unicode) and asserts that checking never throws, takes well under a
 * second per file, ends in errors or an accepted offer, and that every
 * accepted offer renders to valid output (feed XML, JSON-LD, page HTML).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { textProblem } from "../schema/text.js";
import { atomFeed, feedXml } from "../site/feed.js";
import { courseJsonLd } from "../site/jsonld.js";
import { loadFixtureOffers } from "../testing/fixtures.js";
import { checkOffer, normaliseOffer } from "./load.js";
import { parseSource } from "./source.js";

const today = "2026-11-27";
const fixtureFolders = ["src/site/__fixtures__/offers", "src/site/__fixtures__/awkward"].map((folder) =>
  path.join(projectRoot, folder),
);
const samples = fixtureFolders.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && !name.endsWith("_provider.md"))
    .map((name) => readFileSync(path.join(folder, name), "utf8")),
);
const provider = (await loadFixtureOffers(fixtureFolders[0] ?? "")).providers[0];
const site = {
  name: "Bildungsbrücke",
  baseUrl: "https://example.org/",
  tagline: "Weiterbildung & Beratung",
  network: { name: "Netzwerk <Beispiel>" },
};

/** One way a provider's editor, a bad copy or an attacker changes a file. */
type Mutation = (text: string) => string;

const lineMutation = (change: (lines: string[], index: number) => void) =>
  fc.nat().map<Mutation>((seed) => (text) => {
    const lines = text.split("\n");
    change(lines, seed % lines.length);
    return lines.join("\n");
  });

const awkwardValues = fc.oneof(
  fc.constantFrom("[]", "{}", "0", "-1", "1e999", "null", "~", "true", '""', "[[[]]]", "{a: {b: {c: 1}}}", "&x", "*x"),
  fc.constantFrom("!!binary aGFsbG8=", "!!js/function 'f(){}'", "<<: *x", "? a", "|", ">-", "'", '"', "#"),
  fc.string({ unit: "grapheme", maxLength: 40 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 40 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Random bytes anywhere.
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map<Mutation>(([at, bytes]) => (text) => {
    const position = at % (text.length + 1);
    return text.slice(0, position) + Buffer.from(bytes).toString("latin1") + text.slice(position);
  }),
  // Truncation.
  fc.nat().map<Mutation>((at) => (text) => text.slice(0, at % (text.length + 1))),
  // A duplicated line (often a duplicated key).
  lineMutation((lines, index) => lines.splice(index, 0, lines[index] ?? "")),
  // A deleted line.
  lineMutation((lines, index) => lines.splice(index, 1)),
  // A value swapped for another type or random Unicode.
  fc.tuple(fc.nat(), awkwardValues).map<Mutation>(([seed, value]) => (text) => {
    const lines = text.split("\n");
    const keyed = lines.flatMap((line, index) => (/^\s*-?\s*[a-z_]+:/.test(line) ? [index] : []));
    const index = keyed[seed % Math.max(1, keyed.length)] ?? 0;
    lines[index] = (lines[index] ?? "").replace(/^(\s*-?\s*[a-z_]+:).*$/, `$1 ${value}`);
    return lines.join("\n");
  }),
  // Random Unicode inside a quoted value.
  fc
    .tuple(fc.nat(), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }))
    .map<Mutation>(([seed, insert]) => (text) => {
      const quotes = [...text.matchAll(/"/g)].map((match) => match.index);
      const at = quotes[seed % Math.max(1, quotes.length)] ?? 0;
      return text.slice(0, at + 1) + insert + text.slice(at + 1);
    }),
);

const encoder = new TextEncoder();

/** Valid HTML fragments only: parse5 reports anything a browser would have to repair. */
const htmlErrors = (html: string) => {
  const errors: string[] = [];
  parseFragment(html, { onParseError: (error) => errors.push(error.code) });
  return errors;
};

describe("#8: fuzzing the check of one offer file", () => {
  it("never throws, stays fast, and every accepted mutation renders to valid output", () => {
    if (provider === undefined) throw new Error("fixture provider missing");
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (sample, mutations) => {
          const text = mutations.reduce((current, mutate) => mutate(current), sample);
          const started = performance.now();
          const parsed = parseSource("offers/fuzz/kurs.md", encoder.encode(text));
          const checked = parsed.ok ? checkOffer(parsed.source) : undefined;
          expect(performance.now() - started).toBeLessThan(1000);
          const errors = parsed.ok
            ? (checked?.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === "error")
            : parsed.diagnostics;
          if (!parsed.ok || checked?.data === undefined || errors.length > 0) {
            expect(errors.length).toBeGreaterThan(0);
            for (const error of errors) expect(textProblem(error.message)).toBeUndefined();
            return;
          }
          accepted++;
          const offer = normaliseOffer(parsed.source, checked.data, provider, "kurs", today);
          expect(XMLValidator.validate(feedXml(atomFeed([offer], site, today), site))).toBe(true);
          expect(() => JSON.parse(JSON.stringify(courseJsonLd(offer, site.baseUrl, today))) as unknown).not.toThrow();
          expect(htmlErrors(offer.bodyHtml)).toEqual([]);
        },
      ),
      { seed: 20261127, numRuns: 600 },
    );
    expect(accepted).toBeGreaterThan(20);
  }, 60_000);
});
