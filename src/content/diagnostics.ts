/** Problems found in provider files, as shown to providers (German messages). */

export type Severity = "error" | "warning";

/** One problem in one file: where it is, which field, what is wrong and how to fix it. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Path relative to the project, with forward slashes, e.g. `offers/traeger/kurs.md`. */
  readonly file: string;
  readonly line?: number;
  /** Field path as a provider writes it, e.g. `topics[1]` or `contact.email`. */
  readonly field?: string;
  readonly message: string;
}

/** Offers that are valid but not published, and why. */
export interface Unpublished {
  readonly file: string;
  readonly title: string;
  readonly reason: string;
}

/** An entry of the offers folder left out on purpose, and why. */
export interface Skipped {
  readonly file: string;
  readonly reason: string;
}

/**
 * Formats a field path the way providers write it.
 * @example fieldPath(["dates", 0, "start"]) // "dates[0].start"
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === "number") return `${joined}[${key}]`;
    return joined === "" ? String(key) : `${joined}.${String(key)}`;
  }, "");
}
