/**
 * The command line of `npm run brochure`: the search's parameter names
 * (`--ort solingen --zielgruppe alleinerziehende`, several values
 * comma-separated, `--q` for words) and the brochure's (`--papier a5`,
 * `--gliederung ort`, `--beschnitt`, `--angebote id,id`). Unknown names and
 * values are German errors with a suggestion; the search's `--format` is the
 * Unterrichtsform, and `--format a5` says to use `--papier`.
 */
import { suggest } from "../content/suggest.js";
import type { Facet, Selection } from "../search/model.js";
import { brochureParams, type BrochureRequest } from "./options.js";

/** `parseArgs` options of every facet and brochure parameter, besides the script's own, with a German help line each. */
export function brochureArgOptions(facets: readonly Facet[]) {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; help: string; value?: string }> = {
    q: { type: "string", value: "<wörter>", help: "Suchwörter wie in der Suche" },
    [brochureParams.grouping.name]: {
      type: "string",
      value: brochureParams.grouping.values.join("|"),
      help: "Gliederung der Broschüre",
    },
    [brochureParams.paper.name]: { type: "string", value: brochureParams.paper.values.join("|"), help: "Papierformat" },
    [brochureParams.bleed.name]: { type: "boolean", help: "mit Beschnittzugabe für die Druckerei" },
    [brochureParams.ids.name]: { type: "string", multiple: true, value: "<id,id>", help: "nur diese Angebote" },
  };
  for (const facet of facets) {
    options[facet.param] = { type: "string", multiple: true, value: "<wert,wert>", help: `Filter „${facet.label}“` };
  }
  return options;
}

/** True when the arguments ask for a brochure of their own (any filter, words or list of offers). */
export function asksForSelection(values: Record<string, unknown>, facets: readonly Facet[]): boolean {
  return [...facets.map((facet) => facet.param), "q", brochureParams.ids.name].some(
    (name) => values[name] !== undefined,
  );
}

const split = (values: unknown): string[] =>
  (Array.isArray(values) ? values : values === undefined ? [] : [values])
    .flatMap((value) => String(value).split(","))
    .map((value) => value.trim())
    .filter(Boolean);

/** One of a fixed set of values, or a German error naming the option, the value and what is allowed. */
function choose<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  errors: string[],
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((candidate) => candidate === String(value).toLowerCase());
  if (found === undefined) errors.push(`--${name} ${String(value)}: erlaubt sind ${allowed.join(", ")}.`);
  return found ?? fallback;
}

/**
 * The brochure the arguments ask for, or every mistake in them at once.
 * @example brochureRequestFromArgs({ ort: ["solingen"], papier: "a5" }, facets) // { request: { … paper: "a5" … }, errors: [] }
 */
export function brochureRequestFromArgs(
  values: Record<string, unknown>,
  facets: readonly Facet[],
): { readonly request: BrochureRequest; readonly errors: readonly string[] } {
  const errors: string[] = [];
  const selection: Record<string, string[]> = {};
  for (const facet of facets) {
    const slugs = facet.values.map((value) => value.slug);
    const chosen: string[] = [];
    for (const value of split(values[facet.param])) {
      const known = slugs.find((slug) => slug.toLowerCase() === value.toLowerCase());
      if (known !== undefined) chosen.push(known);
      else if (facet.param === "format" && brochureParams.paper.values.some((paper) => paper === value.toLowerCase()))
        errors.push(
          `--format ${value}: --format ist die Unterrichtsform (${slugs.join(", ")}), wie in der Suche. Das Papierformat wählen Sie mit --papier ${value.toLowerCase()}.`,
        );
      else {
        const guess = suggest(value, slugs);
        errors.push(
          `--${facet.param} ${value}: unbekannter Wert für „${facet.label}“.${guess === undefined ? "" : ` Meinten Sie „${guess}“?`} Erlaubt sind: ${slugs.join(", ")}.`,
        );
      }
    }
    if (chosen.length > 0) selection[facet.key] = [...new Set(chosen)];
  }
  const ids = values[brochureParams.ids.name] === undefined ? undefined : split(values[brochureParams.ids.name]);
  const request: BrochureRequest = {
    state: { query: String(values.q ?? "").trim(), selection: selection as Selection, sort: "relevanz" },
    options: {
      grouping: choose(
        brochureParams.grouping.name,
        values[brochureParams.grouping.name],
        brochureParams.grouping.values,
        "thema",
        errors,
      ),
      paper: choose(
        brochureParams.paper.name,
        values[brochureParams.paper.name],
        brochureParams.paper.values,
        "a4",
        errors,
      ),
      bleed: values[brochureParams.bleed.name] === true,
      ids,
    },
  };
  return { request, errors };
}
