/**
 * paged.js 0.4.3 (loaded by the print page as a classic script, `window.PagedModule`)
 * and the one handler this project adds to it. The slice of its API used here
 * is typed below; paged.js ships no types.
 *
 * paged.js keeps every finished page in the live document, so laying out each
 * new page gets slower as the document grows and a long brochure takes time
 * quadratic in its pages. The handler parks finished pages outside the
 * document and puts them back at the end. CSS counters would then count only
 * the pages still attached, so every page gets its number as its own
 * `counter-reset`: "Seite X von Y" and the table of contents' `target-counter`
 * (which paged.js computes from the pages' counters) stay right. The table of
 * contents stays attached, because `target-counter` fills it in as chapters are
 * laid out. The indexes' page numbers are written into the source before the
 * first index page is laid out, when every entry already has its page.
 */

interface PagedPage {
  readonly element: HTMLElement;
  /** 0-based. */
  readonly position: number;
}

interface BreakToken {
  readonly node: Node | undefined;
}

interface Chunker {
  readonly pagesArea: HTMLElement;
  readonly pages: readonly PagedPage[];
  readonly total: number;
}

interface Flow {
  readonly total: number;
  /** Milliseconds spent paginating. */
  readonly performance: number;
}

type HandlerBase = new (chunker: Chunker, polisher: unknown, caller: unknown) => object;

interface PagedApi {
  readonly Handler: HandlerBase;
  registerHandlers(...handlers: HandlerBase[]): void;
  readonly Previewer: new () => {
    preview(content: Node, stylesheets: Record<string, string>[], renderTo: HTMLElement): Promise<Flow>;
  };
}

/** Callbacks the handler reports to: entries placed, and the moment the indexes can be filled. */
export interface PaginationHooks {
  /** Elements the indexes point to: their page numbers are recorded as they are placed. */
  readonly targets: string;
  /** Elements whose pages stay in the document (the table of contents). */
  readonly keepAttached: string;
  /** The index section(s): before the first page of them is laid out, `fillIndexes` runs. */
  readonly indexes: string;
  fillIndexes(pageOf: ReadonlyMap<string, number>): void;
}

const paged = (): PagedApi => {
  const api = (window as unknown as { PagedModule?: PagedApi }).PagedModule;
  if (api === undefined) throw new Error("paged.js wurde nicht geladen.");
  return api;
};

const closestElement = (node: Node | undefined): Element | null =>
  node === undefined ? null : node instanceof Element ? node : node.parentElement;

/**
 * Paginates `content` into `renderTo` with the given stylesheets (URL → CSS text).
 * @returns the number of pages and the time paged.js took.
 */
export async function paginate(
  content: DocumentFragment,
  stylesheets: Record<string, string>,
  renderTo: HTMLElement,
  hooks: PaginationHooks,
): Promise<Flow> {
  const { Handler, Previewer, registerHandlers } = paged();

  class Bookkeeping extends Handler {
    private readonly parked: HTMLElement[] = [];
    private previous: HTMLElement | undefined;
    private readonly pageOf = new Map<string, number>();
    private indexesFilled = false;

    beforePageLayout(page: PagedPage, _content: unknown, breakToken: BreakToken | undefined): void {
      page.element.style.counterReset = `page ${page.position}`;
      if (!this.indexesFilled && closestElement(breakToken?.node)?.closest(hooks.indexes)) {
        this.indexesFilled = true;
        hooks.fillIndexes(this.pageOf);
      }
    }

    afterPageLayout(pageElement: HTMLElement, page: PagedPage): void {
      for (const target of pageElement.querySelectorAll<HTMLElement>(hooks.targets)) {
        if (!target.hasAttribute("data-split-from") && !this.pageOf.has(target.id))
          this.pageOf.set(target.id, page.position + 1);
      }
      // The page before the one just finished is done for good; the last one stays, new pages are placed after it.
      if (this.previous !== undefined && this.previous.querySelector(hooks.keepAttached) === null) {
        this.parked.push(this.previous);
        this.previous.remove();
      }
      this.previous = pageElement;
    }

    afterRendered(_pages: unknown, chunker: Chunker): void {
      chunker.pagesArea.replaceChildren(...chunker.pages.map((page) => page.element));
      // paged.js finds overflow by letting a page's content run into further CSS columns. Once
      // every page is set nothing overflows; without the columns Chromium prints twice as fast.
      for (const page of chunker.pages) {
        const area = page.element.querySelector<HTMLElement>(".pagedjs_page_content");
        if (area !== null) area.style.columnWidth = "auto";
      }
    }
  }

  registerHandlers(Bookkeeping);
  return new Previewer().preview(content, [stylesheets], renderTo);
}
