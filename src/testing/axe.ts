/**
 * axe-core in a Playwright page: the accessibility check every browser test
 * runs the same way (all of axe's rules for WCAG 2.1 A/AA and best practice).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

let axeSource: Promise<string> | undefined;

/**
 * Injects axe-core into the page and runs it on the whole document.
 * @returns one line per violated rule: "rule-id: selector, selector"; empty when the page passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: await axeSource });
  // A string, not a function: code compiled by tsx may carry helpers the page lacks.
  return (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))",
  )) as string[];
}
