/**
 * The filter panel component (templates/components/search-filters) at run time,
 * on the search page and the brochure builder alike: each value's count, each
 * facet's number of chosen values.
 */
import type { Facet, SearchState } from "../search/model.js";
import type { FacetCounts } from "../search/selection.js";
import { toggleCount } from "./text.js";

/**
 * Writes the counts next to each value in the panel inside `root`; without
 * counts (the panel is off screen) the old ones stay, unseen.
 */
export function renderCounts(
  root: ParentNode,
  facets: readonly Facet[],
  counts: FacetCounts | undefined,
  state: Pick<SearchState, "selection">,
): void {
  for (const facet of facets) {
    const group = root.querySelector<HTMLDetailsElement>(`[data-facet="${facet.key}"]`);
    if (group === null) continue;
    const chosen = state.selection[facet.key]?.length ?? 0;
    const chosenLabel = group.querySelector("[data-facet-chosen]");
    if (chosenLabel !== null) chosenLabel.textContent = chosen === 0 ? "" : ` ${toggleCount(chosen)}`;
    if (chosen > 0) group.open = true;
    if (counts === undefined) continue;
    for (const item of group.querySelectorAll<HTMLElement>("[data-value]")) {
      const count = counts[facet.key]?.[item.dataset.value ?? ""] ?? 0;
      const label = item.querySelector("[data-count]");
      if (label !== null) label.textContent = `(${count})`;
      item.classList.toggle("app-search-filters__value--none", count === 0);
    }
  }
}
