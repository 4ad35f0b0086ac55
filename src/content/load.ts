/**
 * Loads `offers/`: every provider folder with its `_provider.md` and offer
 * files. Validates everything, reports every problem at once, and returns the
 * published offers. The same code serves `npm run validate`, the build and the tests.
 */
import path from "node:path";
import type { z } from "zod";
import { offerSchema, providerSchema, type OfferData, type ProviderData } from "../schema/offer.js";
import { addDays, addMonths } from "../schema/dates.js";
import { fieldPath, type Diagnostic, type Skipped, type Unpublished } from "./diagnostics.js";
import { listFolder, notAFile, readRegularFile, type FolderEntry } from "./files.js";
import { checkMarkdown, renderMarkdown } from "./markdown.js";
import { germanMessage, quote } from "./messages.js";
import { placeholderDiagnostics } from "./placeholder.js";
import type { CourseDate, Offer, Provider } from "./model.js";
import { maxFileBytes, oversize, parseSource, type SourceFile } from "./source.js";

export const providerFileName = "_provider.md";
/** Allowed folder and file names: lower-case words joined by hyphens, e.g. `pflegebasiskurs`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A focused check: provider folder name → the offer file names to check in it, or undefined for all. */
export type Selection = ReadonlyMap<string, ReadonlySet<string> | undefined>;

export interface LoadOptions {
  /** The day the directory is published for, as ISO date. */
  readonly today: string;
  /** File names in diagnostics are relative to this folder. */
  readonly root?: string;
  /** Only these providers and files (`npm run validate -- <Datei>`); everything when left out. */
  readonly only?: Selection;
  /** Keeps the checked form of offer files between builds (the build's rebuild cache). */
  readonly cache?: OfferFileCache;
}

/**
 * Everything the loader derives from one offer file's name and bytes alone (parse, schema
 * and body checks, the rendered body), so a cache can hand it back for unchanged files.
 */
export interface CheckedOfferFile {
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the front matter is valid. */
  readonly data?: OfferData;
  readonly bodyHtml?: string;
}

/** A store of checked offer files by name and bytes; it must tell apart every change that alters the result. */
export interface OfferFileCache {
  get(file: string, bytes: Uint8Array): CheckedOfferFile | undefined;
  set(file: string, bytes: Uint8Array, checked: CheckedOfferFile): void;
}

export interface LoadResult {
  readonly providers: readonly Provider[];
  /** Published offers, in a stable order (provider, then file name). */
  readonly offers: readonly Offer[];
  readonly unpublished: readonly Unpublished[];
  readonly diagnostics: readonly Diagnostic[];
  /** Number of offer files read (published, unpublished and invalid). */
  readonly fileCount: number;
  /** Entries left out on purpose (names starting with a dot), listed in the report. */
  readonly skipped: readonly Skipped[];
}

/** True when the result has errors (warnings do not count). */
export const hasErrors = (result: Pick<LoadResult, "diagnostics">): boolean =>
  result.diagnostics.some((diagnostic) => diagnostic.severity === "error");

const dotFile = "Name beginnt mit einem Punkt (versteckte Datei), wird nicht veröffentlicht";

/**
 * Names that differ only in case from another entry's: on many computers they
 * are the same file. The lower-case name (or else the first) is kept; this
 * maps every other one to it.
 */
function caseTwins(entries: readonly FolderEntry[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const { name } of entries) {
    if (name === undefined) continue;
    const group = groups.get(name.toLowerCase()) ?? [];
    group.push(name);
    groups.set(name.toLowerCase(), group);
  }
  const twins = new Map<string, string>();
  for (const [lower, names] of groups) {
    if (names.length < 2) continue;
    const kept = names.find((name) => name === lower) ?? names[0] ?? lower;
    for (const name of names) if (name !== kept) twins.set(name, kept);
  }
  return twins;
}

/** Problems with an entry's name: not UTF-8, control characters, or a case twin of another. */
function nameProblem(entry: FolderEntry, twins: ReadonlyMap<string, string>): string | undefined {
  if (entry.name === undefined) {
    return "Der Name ist nicht in UTF-8 geschrieben. Benennen Sie die Datei oder den Ordner um, nur mit a–z, 0–9 und Bindestrichen.";
  }
  if (entry.shown !== entry.name) {
    return "Der Name enthält Steuerzeichen oder unsichtbare Zeichen. Benennen Sie die Datei oder den Ordner um, nur mit a–z, 0–9 und Bindestrichen.";
  }
  const twin = twins.get(entry.name);
  if (twin !== undefined) {
    return `${quote(entry.name)} unterscheidet sich von ${quote(twin)} nur in Groß- und Kleinschreibung. Auf vielen Rechnern ist das dieselbe Datei: Benennen Sie eine um.`;
  }
  return undefined;
}

/** Reads and validates all providers and offers below `offersDir`. */
export async function loadOffers(offersDir: string, options: LoadOptions): Promise<LoadResult> {
  const root = options.root ?? process.cwd();
  const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
  const diagnostics: Diagnostic[] = [];
  const providers: Provider[] = [];
  const offers: Offer[] = [];
  const unpublished: Unpublished[] = [];
  const skipped: Skipped[] = [];
  let fileCount = 0;

  const listed = listFolder(offersDir);
  if ("error" in listed) {
    diagnostics.push({ severity: "error", file: relative(offersDir), message: "Der Ordner mit den Angeboten fehlt." });
    return { providers, offers, unpublished, diagnostics, fileCount, skipped };
  }

  const twins = caseTwins(listed.entries);
  for (const entry of listed.entries) {
    const shown = `${relative(offersDir)}/${entry.shown}`;
    if (entry.name?.startsWith(".") === true) {
      if (options.only === undefined) skipped.push({ file: shown, reason: dotFile });
      continue;
    }
    if (options.only !== undefined && (entry.name === undefined || !options.only.has(entry.name))) continue;
    const problem = nameProblem(entry, twins);
    if (problem !== undefined || entry.name === undefined) {
      diagnostics.push({ severity: "error", file: shown, message: problem ?? "" });
      continue;
    }
    if (entry.kind === "link") {
      diagnostics.push({
        severity: "error",
        file: shown,
        message: "Der Ordner ist eine Verknüpfung; bitte den Ordner des Trägers selbst ablegen.",
      });
      continue;
    }
    if (entry.kind !== "folder") {
      diagnostics.push({
        severity: "error",
        file: shown,
        message: "Angebote gehören in den Ordner ihres Trägers: offers/<träger>/<angebot>.md.",
      });
      continue;
    }
    const folder = await loadProviderFolder(
      path.join(offersDir, entry.name),
      entry.name,
      relative,
      options.today,
      options.only?.get(entry.name),
      options.cache,
    );
    diagnostics.push(...folder.diagnostics);
    unpublished.push(...folder.unpublished);
    skipped.push(...folder.skipped);
    fileCount += folder.fileCount;
    if (folder.provider) providers.push(folder.provider);
    offers.push(...folder.offers);
  }
  return { providers, offers, unpublished, diagnostics, fileCount, skipped };
}

interface FolderResult {
  provider?: Provider;
  offers: Offer[];
  unpublished: Unpublished[];
  diagnostics: Diagnostic[];
  skipped: Skipped[];
  fileCount: number;
}

async function loadProviderFolder(
  folder: string,
  providerSlug: string,
  relative: (file: string) => string,
  today: string,
  only: ReadonlySet<string> | undefined,
  cache: OfferFileCache | undefined,
): Promise<FolderResult> {
  const result: FolderResult = { offers: [], unpublished: [], diagnostics: [], skipped: [], fileCount: 0 };
  const error = (file: string, message: string) => result.diagnostics.push({ severity: "error", file, message });

  if (!slugPattern.test(providerSlug)) {
    error(
      relative(folder),
      `Der Ordnername ${quote(providerSlug)} ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „bildungswerk-wuppertal“.`,
    );
  }
  const listed = listFolder(folder);
  if ("error" in listed) {
    error(relative(folder), listed.error);
    return result;
  }
  const offerNames: string[] = [];
  const twins = caseTwins(listed.entries);
  for (const entry of listed.entries) {
    const shown = `${relative(folder)}/${entry.shown}`;
    if (entry.name === providerFileName) continue;
    if (only !== undefined && (entry.name === undefined || !only.has(entry.name))) continue;
    if (entry.name?.startsWith(".") === true) {
      result.skipped.push({ file: shown, reason: dotFile });
      continue;
    }
    const problem = nameProblem(entry, twins);
    if (problem !== undefined || entry.name === undefined) {
      if (entry.name?.endsWith(".md") !== false) result.fileCount++;
      error(shown, problem ?? "");
    } else if (!entry.name.endsWith(".md")) {
      error(shown, "Im Ordner eines Trägers sind nur .md-Dateien erlaubt.");
    } else if (entry.kind !== "file") {
      result.fileCount++;
      error(shown, `Die Datei ${notAFile(entry.kind) ?? ""}`);
    } else offerNames.push(entry.name);
  }

  const providerPath = path.join(folder, providerFileName);
  const profile = readProviderProfile(providerPath, relative);
  if (profile === "missing") {
    error(
      relative(providerPath),
      `Die Datei ${providerFileName} fehlt. Jeder Träger-Ordner braucht sie (Name, Anschrift, Kontakt).`,
    );
  } else {
    result.diagnostics.push(...profile.diagnostics);
    if (profile.data && profile.source) {
      result.provider = {
        slug: providerSlug,
        url: `/traeger/${providerSlug}/`,
        file: profile.source.file,
        data: profile.data,
        descriptionHtml: renderMarkdown(profile.source.body),
      };
    }
  }

  for (const name of offerNames) {
    result.fileCount++;
    const offerPath = path.join(folder, name);
    const slug = name.slice(0, -".md".length);
    if (!slugPattern.test(slug)) {
      error(
        relative(offerPath),
        `Der Dateiname ${quote(name)} ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „pflegebasiskurs.md“.`,
      );
    }
    const file = relative(offerPath);
    const checked = checkOfferFile(offerPath, file, cache);
    if (checked === "missing") {
      error(file, "Die Datei ist beim Lesen verschwunden.");
      continue;
    }
    const problems = checked.diagnostics;
    result.diagnostics.push(...problems);
    if (checked.data) result.diagnostics.push(...offerWarnings(file, checked.data, today));
    if (!checked.data || checked.bodyHtml === undefined || !result.provider || problems.length > 0) continue;
    const reason = unpublishedReason(checked.data, today);
    if (reason !== undefined) {
      result.unpublished.push({ file, title: checked.data.title, reason });
      continue;
    }
    result.offers.push(publishedOffer(file, checked.bodyHtml, checked.data, result.provider, slug, today));
  }
  return result;
}

type ReadResult = ReturnType<typeof parseSource> | "missing";

/**
 * One provider file's bytes: only a regular file, never through a link, its
 * size checked before reading; "missing" when it does not exist.
 * Synchronous on purpose: offer files are a few KB, and the promise API's
 * thread-pool round trips cost about ten times the CPU of the read itself.
 */
function readBytes(file: string, name: string): Uint8Array | { diagnostics: Diagnostic[] } | "missing" {
  const read = readRegularFile(file, maxFileBytes);
  if (read.ok) return read.bytes;
  if (read.missing) return "missing";
  if (read.size !== undefined) return { diagnostics: [oversize(name, read.size)] };
  return { diagnostics: [{ severity: "error", file: name, message: read.message }] };
}

/** Reads and parses one provider file (see readBytes); "missing" when it does not exist. */
export function readSource(file: string, relative: (file: string) => string): ReadResult {
  const name = relative(file);
  const bytes = readBytes(file, name);
  if (bytes instanceof Uint8Array) return parseSource(name, bytes);
  return bytes === "missing" ? bytes : { ok: false, diagnostics: bytes.diagnostics };
}

/** Reads, parses and checks one offer file, or takes the result from the cache when its bytes are known. */
function checkOfferFile(file: string, name: string, cache: OfferFileCache | undefined): CheckedOfferFile | "missing" {
  const bytes = readBytes(file, name);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const cached = cache?.get(name, bytes);
  if (cached) return cached;
  const parsed = parseSource(name, bytes);
  const checked: CheckedOfferFile = parsed.ok ? checkedSource(parsed.source) : { diagnostics: parsed.diagnostics };
  cache?.set(name, bytes, checked);
  return checked;
}

function checkedSource(source: SourceFile): CheckedOfferFile {
  const { data, diagnostics } = checkOffer(source);
  return data === undefined ? { diagnostics } : { diagnostics, data, bodyHtml: renderMarkdown(source.body) };
}

export interface Validated<T> {
  data?: T;
  diagnostics: Diagnostic[];
}

/**
 * Reads and checks a provider profile (`_provider.md`): its source and data,
 * or the problems found; "missing" when the file does not exist.
 */
export function readProviderProfile(
  file: string,
  relative: (file: string) => string,
): "missing" | (Validated<ProviderData> & { source?: SourceFile }) {
  const read = readSource(file, relative);
  if (read === "missing") return "missing";
  if (!read.ok) return { diagnostics: read.diagnostics };
  return { source: read.source, ...validate(read.source, providerSchema) };
}

/**
 * Checks one parsed offer file as the loader does (schema, Markdown body, text
 * left from the template), in memory: the submission form and the spreadsheet
 * import use it, so they report exactly what `npm run validate` reports.
 * `data` is set when the schema accepts the front matter.
 */
export function checkOffer(source: SourceFile): Validated<OfferData> {
  const checked = validate(source, offerSchema);
  return { ...checked, diagnostics: [...checked.diagnostics, ...placeholderDiagnostics(source)] };
}

function validate<S extends z.ZodType>(source: SourceFile, schema: S): Validated<z.output<S>> {
  const diagnostics: Diagnostic[] = checkMarkdown(source.file, source.body, source.bodyStartLine);
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return { data: parsed.data, diagnostics };
  // A value of the wrong type gets one message: zod still checks the length of a text where a list belongs.
  const wrongType = new Set(
    parsed.error.issues.filter((issue) => issue.code === "invalid_type").map((issue) => fieldPath(issue.path)),
  );
  for (const issue of parsed.error.issues) {
    if (issue.code !== "invalid_type" && wrongType.has(fieldPath(issue.path))) continue;
    const line = source.lineOf(issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path);
    const field = fieldPath(issue.path);
    diagnostics.push({
      severity: "error",
      file: source.file,
      ...(line === undefined ? {} : { line }),
      ...(field === "" ? {} : { field }),
      message: germanMessage(issue, source.data, schema),
    });
  }
  return { diagnostics };
}

/** Why a valid offer is not published, or undefined when it is. */
export function unpublishedReason(offer: OfferData, today: string): string | undefined {
  if (offer.valid_until < today) return `abgelaufen: gültig bis ${offer.valid_until}`;
  const upcoming = (offer.dates ?? []).some((date) => date.start >= today);
  if (!upcoming && offer.rolling_start !== true) return "alle Termine liegen in der Vergangenheit";
  return undefined;
}

/** Warnings for valid offers: stale, expiring soon, unclear costs, summary repeating the title. */
export function offerWarnings(file: string, offer: OfferData, today: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (field: string, message: string) => warnings.push({ severity: "warning", file, field, message });
  if (addMonths(offer.updated, 6) < today) {
    warn(
      "updated",
      `Die Angaben sind älter als 6 Monate (Stand ${offer.updated}). Prüfen Sie das Angebot und setzen Sie ein neues Datum.`,
    );
  }
  if (offer.valid_until >= today && offer.valid_until <= addDays(today, 30)) {
    warn(
      "valid_until",
      `Das Angebot läuft bald ab (gültig bis ${offer.valid_until}). Verlängern Sie es, wenn es weiter gilt.`,
    );
  }
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  warnings.push(...costWarnings(file, offer));
  if (plain(offer.summary).startsWith(plain(offer.title))) {
    warn(
      "summary",
      "Die Kurzbeschreibung wiederholt den Titel. Schreiben Sie, was das Angebot bringt und für wen es ist.",
    );
  }
  return warnings;
}

/**
 * Costs that do not say clearly what a participant pays. Before issue #10,
 * `amount: 0` meant "free or fully funded"; such files still build, and the
 * page shows no price and never „kostenfrei“ for them.
 */
function costWarnings(file: string, offer: OfferData): Diagnostic[] {
  const freeForAll = offer.funding.includes("kostenfrei");
  const warning = (message: string): Diagnostic => ({ severity: "warning", file, field: "costs.amount", message });
  if (offer.costs.amount === 0 && !freeForAll) {
    return [
      warning(
        "ist 0, aber funding nennt nicht kostenfrei. Die Seite zeigt darum keinen Preis. Geben Sie den Preis ohne Förderung an " +
          "und unter free_with die Förderungen, mit denen Teilnehmende nichts zahlen, z. B. costs: { amount: 14800, free_with: [bildungsgutschein, jobcenter] }. " +
          "Ist das Angebot für alle Teilnehmenden kostenlos, ergänzen Sie kostenfrei unter funding.",
      ),
    ];
  }
  if (offer.costs.amount > 0 && freeForAll) {
    return [
      warning(
        `ist ${offer.costs.amount}, aber funding nennt kostenfrei (für alle Teilnehmenden ohne Kosten). Die Seite zeigt den Preis. ` +
          "Ist das Angebot nur mit einer Förderung kostenlos, nennen Sie diese unter costs.free_with und streichen Sie kostenfrei aus funding.",
      ),
    ];
  }
  return [];
}

/** The published form of a valid offer: URL, upcoming dates, cities and the other derived values. */
export function normaliseOffer(
  source: SourceFile,
  data: OfferData,
  provider: Provider,
  slug: string,
  today: string,
): Offer {
  return publishedOffer(source.file, renderMarkdown(source.body), data, provider, slug, today);
}

function publishedOffer(
  file: string,
  bodyHtml: string,
  data: OfferData,
  provider: Provider,
  slug: string,
  today: string,
): Offer {
  const upcomingDates: CourseDate[] = (data.dates ?? [])
    .filter((date) => date.start >= today)
    .sort((a, b) => a.start.localeCompare(b.start));
  const nextDate = upcomingDates[0];
  return {
    id: `${provider.slug}/${slug}`,
    slug,
    url: `/angebote/${provider.slug}/${slug}/`,
    file,
    provider,
    data,
    bodyHtml,
    upcomingDates,
    nextDate,
    sortDate: data.rolling_start === true ? today : (nextDate?.start ?? today),
    cities: [...new Set(data.locations.map((location) => location.city))],
    accessible: data.locations.some((location) => location.accessible === true),
  };
}
