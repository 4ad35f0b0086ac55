/**
 * #10: every page of the fixture site is valid HTML for the Nu HTML Checker
 * (the favicon, the search page's card template, the offer page with its
 * hidden index text and soft hyphens, browse pages with jump links).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { htmlPages } from "../testing/files.js";
import { htmlErrors } from "../testing/html-check.js";
import { fixtureOffers } from "./__fixtures__/load.js";

let dist: string;

beforeAll(async () => {
  ({ dist } = await buildFixtureSite(fixtureOffers));
});

afterAll(async () => {
  await rm(path.dirname(dist), { recursive: true, force: true });
});

describe("#10: HTML validity", () => {
  it("the Nu HTML Checker reports no error on any page", async () => {
    const files = (await htmlPages(dist)).map((page) => page.file);
    expect(files.length).toBeGreaterThan(20);
    const errors = (await htmlErrors(files)).map(
      (error) => `${path.relative(dist, error.file)}:${error.line}: ${error.message}`,
    );
    expect(errors).toEqual([]);
  });
});
