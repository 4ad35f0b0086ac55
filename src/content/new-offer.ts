/**
 * `npm run new-offer`: a pre-filled offer file built from the schema. Field
 * order, comments and allowed values come from the JSON Schema; the example
 * values are valid, so the skeleton is a correct offer. Texts the provider must
 * write carry the marker from `placeholder.ts`, which the validator reports
 * until it is gone, so a skeleton can never be published by accident.
 */
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { fieldRows, guidePath, type FieldRow } from "../schema/field-reference.js";
import { jsonSchemaOf, offerSchemaFile } from "../schema/json-schema.js";
import { offerSchema, type ProviderData } from "../schema/offer.js";
import { addDays, addMonths } from "../schema/dates.js";
import { providerFileName, readProviderProfile, slugPattern } from "./load.js";
import { yamlField } from "./offer-file.js";
import { placeholder } from "./placeholder.js";
import { slugify, suggest } from "./suggest.js";

type OfferInput = z.input<typeof offerSchema>;

/** Example values for every field; the type makes sure no schema field is forgotten. */
function exampleValues(provider: ProviderData, title: string | undefined, today: string): Required<OfferInput> {
  const start = `${addMonths(today, 2).slice(0, 8)}01`;
  return {
    title: title ?? `${placeholder}: Titel des Angebots`,
    summary: `${placeholder}: In ein bis zwei Sätzen, was das Angebot bringt und für wen es ist.`,
    topics: ["orientierung-bewerbung"],
    audiences: ["arbeitsuchende"],
    format: "praesenz",
    schedule: ["teilzeit", "vormittags"],
    locations: [{ city: provider.city, address: provider.address, accessible: true }],
    dates: [{ start, end: addDays(addMonths(start, 3), -1), registration_until: addDays(start, -14) }],
    rolling_start: true,
    duration: `${placeholder}: z. B. 3 Monate, 20 Std./Woche`,
    hours: 240,
    costs: { amount: 2400, free_with: ["bildungsgutschein"], note: "Fahrtkosten können übernommen werden." },
    funding: ["bildungsgutschein"],
    degree: "Zertifikat des Trägers",
    azav: provider.azav,
    german_level: "B1",
    languages: ["de"],
    childcare: "Hilfe bei der Suche nach Kinderbetreuung",
    requirements: "Keine",
    participants: { min: 6, max: 12 },
    contact: { name: "Vorname Nachname", phone: provider.phone, email: provider.email },
    registration_url: provider.website,
    keywords: ["Quereinstieg"],
    updated: today,
    valid_until: addMonths(start, 12),
  };
}

const body = `## Inhalte

${placeholder}: Was lernen die Teilnehmenden? Schreiben Sie kurze Sätze oder eine Liste mit - am Zeilenanfang.

## Ablauf

${placeholder}: Wie läuft das Angebot ab, und was bekommen die Teilnehmenden am Ende?
`;

/** Wraps a comment to about 100 characters; every line starts with `# ` and the indent. */
function comment(text: string, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  // Backticks mark code in the guide; in a YAML comment they are noise.
  for (const word of text.replaceAll("`", "").split(" ")) {
    if (line !== "" && indent.length + line.length + word.length > 96) {
      lines.push(`# ${indent}${line}`);
      line = "";
    }
    line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, `# ${indent}${line}`];
}

/** A nested field by its own name, e.g. `city` for `locations[].city`. */
const describeRow = (row: FieldRow) =>
  `${row.field.slice(row.field.lastIndexOf(".") + 1)}: ${row.description} (${row.requirement})` +
  (row.allowed ? ` Erlaubt: ${row.allowed.join(", ")}` : "");

/** Options for {@link offerTemplate}. */
export interface TemplateOptions {
  readonly provider: ProviderData;
  readonly title?: string;
  /** Today as ISO date: `updated`, and the example dates lie in the future from here. */
  readonly today: string;
}

/**
 * The text of a new offer file: every schema field with its German explanation,
 * required ones filled with valid examples, optional ones commented out.
 * @example offerTemplate({ provider, today: "2026-11-27" }).startsWith("---\n") // true
 */
export function offerTemplate(options: TemplateOptions): string {
  const examples: Record<string, unknown> = exampleValues(options.provider, options.title, options.today);
  const rows = fieldRows(jsonSchemaOf(offerSchemaFile));
  const byField = new Map(rows.map((row) => [row.field, row]));
  const lines = [
    "---",
    `# Neues Angebot. Ersetzen Sie jede Stelle mit „${placeholder}“ und prüfen Sie alle Beispielwerte.`,
    "# Optionale Felder sind mit # abgeschaltet: # am Zeilenanfang löschen, um sie zu nutzen.",
    `# Alle Felder und Werte erklärt: ${guidePath}`,
  ];
  for (const row of rows.filter((candidate) => !/[.[]/.test(candidate.field))) {
    const nested = rows.filter(
      (candidate) => candidate.field.startsWith(`${row.field}.`) || candidate.field.startsWith(`${row.field}[].`),
    );
    lines.push(
      "",
      ...comment(`${row.description} (${row.requirement})`),
      ...(row.allowed ? comment(`Erlaubt: ${row.allowed.join(", ")}`) : []),
      ...nested.flatMap((child) => comment(describeRow(child), "  ")),
    );
    // Optional sub-fields are commented out, unless the whole field is commented out already.
    const optional = (field: string) => byField.get(field)?.requirement === "optional";
    const value = yamlField(row.field, examples[row.field], {
      disabled: (field) => optional(field) && !optional(field.replace(/(\[\])?\.[^.]+$/, "")),
    });
    lines.push(...(row.requirement === "optional" ? value.map((line) => `# ${line}`) : value));
  }
  return `${lines.join("\n")}\n---\n${body}`;
}

/** Where and what to create. */
export interface NewOfferOptions {
  readonly offersDir: string;
  readonly provider: string;
  readonly slug: string;
  readonly title?: string;
  readonly today: string;
}

/** The created file, or a German message why nothing was created. */
export type NewOfferResult =
  { readonly ok: true; readonly file: string } | { readonly ok: false; readonly message: string };

/**
 * Why a short name cannot be an offer's file name, or undefined when it can.
 * @example slugProblem("Büro Kurs") // "Der Kurzname „Büro Kurs“ ist nicht erlaubt. … z. B. „buero-kurs“."
 */
export function slugProblem(slug: string): string | undefined {
  if (slugPattern.test(slug)) return undefined;
  return `Der Kurzname „${slug}“ ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „${slugify(slug) || "pflegebasiskurs"}“.`;
}

/** Creates `offers/<provider>/<slug>.md` from the template; never overwrites a file. */
export async function createOffer(options: NewOfferOptions): Promise<NewOfferResult> {
  const fail = (message: string): NewOfferResult => ({ ok: false, message });
  const slugError = slugProblem(options.slug);
  if (slugError !== undefined) return fail(slugError);
  const profile = await readProvider(options.offersDir, options.provider);
  if (typeof profile === "string") return fail(profile);
  const file = path.join(options.offersDir, options.provider, `${options.slug}.md`);
  const text = offerTemplate({
    provider: profile,
    today: options.today,
    ...(options.title ? { title: options.title } : {}),
  });
  try {
    // "wx" fails when the file exists, even if it appeared a moment ago.
    await writeFile(file, text, { flag: "wx" });
  } catch {
    return fail(
      `Die Datei ${options.provider}/${options.slug}.md gibt es schon. Bearbeiten Sie sie oder wählen Sie einen anderen Kurznamen.`,
    );
  }
  return { ok: true, file };
}

/**
 * The validated profile of the provider folder `slug`, or a German message
 * (with a "meinten Sie …?" suggestion when the folder does not exist).
 */
export async function readProvider(offersDir: string, slug: string): Promise<ProviderData | string> {
  const profile = readProviderProfile(path.join(offersDir, slug, providerFileName), (file) =>
    path.relative(offersDir, file),
  );
  if (profile === "missing") {
    const known = await knownProviders(offersDir);
    const guess = suggest(slug, known);
    const hint = guess === undefined ? `Vorhandene Träger: ${known.join(", ")}.` : `Meinten Sie „${guess}“?`;
    return `Den Träger „${slug}“ gibt es nicht (kein Ordner mit ${providerFileName}). ${hint}`;
  }
  return (
    profile.data ?? `Das Profil ${slug}/${providerFileName} hat Fehler. Prüfen Sie es zuerst mit: npm run validate`
  );
}

async function knownProviders(offersDir: string): Promise<string[]> {
  const entries = await readdir(offersDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}
