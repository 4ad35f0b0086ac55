/** The search page in a browser, for the search's browser tests and benchmark. */

/**
 * A page expression that is true once the search page shows the results of its
 * latest search: the form is no longer busy and the status no longer says "geladen".
 * @example await page.waitForFunction(searchSettled);
 */
export const searchSettled =
  "!document.querySelector('[data-search]').hasAttribute('aria-busy') && !document.querySelector('[data-status]').textContent.includes('geladen')";
