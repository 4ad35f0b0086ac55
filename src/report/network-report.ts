/**
 * The network office's report (`npm run report`): per provider, what needs
 * doing: invalid files with their errors, expired offers, offers that expire
 * soon, stale offers, offers without a future date, and what changed since the
 * last published build. The loader does all checking; this module only sorts
 * its results by provider and compares them with the build's manifest.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../content/diagnostics.js";
import { checkOffer, readSource, type LoadResult } from "../content/load.js";
import { manifest as manifestOf, type Manifest } from "../site/open-data.js";

/** An offer named in the report. */
export interface ReportOffer {
  readonly file: string;
  readonly title: string;
  /** The date the entry is about (valid until, last update, last start), ISO. */
  readonly date?: string;
}

/** An invalid file with every error found in it. */
export interface InvalidFile {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
}

/** What changed for a provider since the last published build. */
export interface Changes {
  readonly added: readonly ReportOffer[];
  readonly changed: readonly ReportOffer[];
  readonly removed: readonly ReportOffer[];
}

/** One provider's section of the report. */
export interface ProviderReport {
  /** Folder name below `offers/`. */
  readonly slug: string;
  readonly name: string;
  /** From `_provider.md`; missing when the profile is invalid. */
  readonly email?: string;
  readonly published: number;
  readonly invalid: readonly InvalidFile[];
  readonly expired: readonly ReportOffer[];
  readonly expiringSoon: readonly ReportOffer[];
  readonly stale: readonly ReportOffer[];
  readonly withoutFutureDate: readonly ReportOffer[];
  readonly changes: Changes;
  /** True when the provider has something to fix (changes alone are not). */
  readonly needsAction: boolean;
}

/** The whole report. */
export interface NetworkReport {
  readonly today: string;
  /** Edition (build day) of the manifest compared with; missing when there is no published build. */
  readonly lastBuild?: string;
  readonly providers: readonly ProviderReport[];
  /** Errors outside any provider folder (e.g. a file directly in `offers/`). */
  readonly other: readonly Diagnostic[];
}

/** The inputs: the loader's result over the offers folder and the last build's manifest. */
export interface ReportInput {
  readonly load: LoadResult;
  readonly offersDir: string;
  /** File names in the load result are relative to this folder. */
  readonly root: string;
  readonly today: string;
  readonly lastBuild: Manifest | undefined;
}

/** Reads `dist/daten/manifest.json`; undefined when there is no published build there. */
export async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<Manifest>;
    return typeof parsed.edition === "string" && typeof parsed.offers === "object" && parsed.offers !== null
      ? (parsed as Manifest)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The data of a valid offer that the loader did not publish (it keeps only the reason), read as the loader reads it. */
function unpublishedData(root: string, file: string) {
  const parsed = readSource(path.join(root, file), () => file);
  return parsed !== "missing" && parsed.ok ? checkOffer(parsed.source).data : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** Builds the report. Linear in the number of files: every list is filled in one pass. */
export async function networkReport(input: ReportInput): Promise<NetworkReport> {
  const { load, root, today } = input;
  const offersPrefix = path.relative(root, input.offersDir).split(path.sep).join("/");
  const folderOf = (file: string): string | undefined => {
    const rest = file.startsWith(`${offersPrefix}/`) ? file.slice(offersPrefix.length + 1) : undefined;
    return rest?.includes("/") ? rest.slice(0, rest.indexOf("/")) : undefined;
  };
  const sections = new Map<
    string,
    Mutable<Omit<ProviderReport, "changes" | "needsAction">> & { changes: Mutable<Changes> }
  >();
  const section = (slug: string) => {
    let found = sections.get(slug);
    if (found === undefined) {
      found = {
        slug,
        name: slug,
        published: 0,
        invalid: [],
        expired: [],
        expiringSoon: [],
        stale: [],
        withoutFutureDate: [],
        changes: { added: [], changed: [], removed: [] },
      };
      sections.set(slug, found);
    }
    return found;
  };
  for (const provider of load.providers) {
    Object.assign(section(provider.slug), { name: provider.data.name, email: provider.data.email });
  }

  const other: Diagnostic[] = [];
  const invalid = new Map<string, Diagnostic[]>();
  for (const diagnostic of load.diagnostics) {
    if (diagnostic.severity !== "error") continue;
    if (folderOf(diagnostic.file) === undefined) other.push(diagnostic);
    else invalid.set(diagnostic.file, [...(invalid.get(diagnostic.file) ?? []), diagnostic]);
  }
  for (const [file, errors] of invalid) section(folderOf(file) ?? "").invalid.push({ file, errors });

  const published = new Map(load.offers.map((offer) => [offer.file, offer]));
  for (const offer of load.offers) section(offer.provider.slug).published++;
  // The loader's warnings name stale and soon expiring offers; unpublished ones are listed below instead.
  for (const warning of load.diagnostics) {
    const offer = published.get(warning.file);
    if (warning.severity !== "warning" || offer === undefined) continue;
    const entry = { file: offer.file, title: offer.data.title };
    if (warning.field === "updated") section(offer.provider.slug).stale.push({ ...entry, date: offer.data.updated });
    if (warning.field === "valid_until") {
      section(offer.provider.slug).expiringSoon.push({ ...entry, date: offer.data.valid_until });
    }
  }

  for (const entry of load.unpublished) {
    const folder = folderOf(entry.file);
    if (folder === undefined) continue;
    const data = unpublishedData(root, entry.file);
    if (data !== undefined && data.valid_until < today) {
      section(folder).expired.push({ file: entry.file, title: entry.title, date: data.valid_until });
    } else {
      const last = (data?.dates ?? [])
        .map((date) => date.start)
        .sort()
        .at(-1);
      section(folder).withoutFutureDate.push({ file: entry.file, title: entry.title, ...(last ? { date: last } : {}) });
    }
  }

  if (input.lastBuild !== undefined) {
    const current = manifestOf(load.offers, today);
    const before = input.lastBuild.offers;
    for (const [id, entry] of Object.entries(current.offers)) {
      const previous = before[id];
      const changes = section(id.slice(0, id.indexOf("/"))).changes;
      if (previous === undefined) changes.added.push({ file: entry.file, title: entry.title });
      else if (previous.hash !== entry.hash) changes.changed.push({ file: entry.file, title: entry.title });
    }
    for (const [id, entry] of Object.entries(before)) {
      if (current.offers[id] === undefined) {
        section(id.slice(0, id.indexOf("/"))).changes.removed.push({ file: entry.file, title: entry.title });
      }
    }
  }

  const collator = new Intl.Collator("de");
  const providers = [...sections.values()]
    .map((entry) => ({
      ...entry,
      needsAction:
        entry.invalid.length +
          entry.expired.length +
          entry.expiringSoon.length +
          entry.stale.length +
          entry.withoutFutureDate.length >
        0,
    }))
    .sort((a, b) => Number(b.needsAction) - Number(a.needsAction) || collator.compare(a.name, b.name));
  return { today, ...(input.lastBuild ? { lastBuild: input.lastBuild.edition } : {}), providers, other };
}
