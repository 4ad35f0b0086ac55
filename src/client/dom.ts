/** Looking up the elements a page's script needs. */

/**
 * A lookup for one page's required elements: a missing one is an error that
 * names the page and the selector (the template and the script disagree).
 * @example const need = elementFinder("Suchseite"); need<HTMLFormElement>(document, "form")
 */
export const elementFinder =
  (page: string) =>
  <T extends Element>(root: ParentNode, selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (element === null) throw new Error(`${page}: ${selector} fehlt`);
    return element;
  };
