/** The search page in a browser, for the search's browser tests and benchmark. */
import type { Page } from "playwright-core";

/**
 * A page expression that is true once the search page shows the results of its
 * latest search: the form is no longer busy and the status no longer says "geladen".
 * @example await page.waitForFunction(searchSettled);
 */
export const searchSettled =
  "!document.querySelector('[data-search]').hasAttribute('aria-busy') && !document.querySelector('[data-status]').textContent.includes('geladen')";

/**
 * The ids of the result cards shown, in order, after showing every page of results
 * ("weitere Angebote anzeigen").
 * @example expect(await shownResultIds(page)).toEqual(["technikwerk-test/staplerschein"]);
 */
export async function shownResultIds(page: Page): Promise<string[]> {
  const more = page.locator("[data-more]");
  while (await more.isVisible()) {
    const shown = await page.locator("[data-results] > li").count();
    await more.click();
    await page.waitForFunction(`document.querySelectorAll("[data-results] > li").length > ${shown}`);
  }
  return (await page.evaluate(
    "[...document.querySelectorAll('[data-results] [data-offer-id]')].map((card) => card.dataset.offerId)",
  )) as string[];
}
