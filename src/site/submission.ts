/**
 * The submission form `/einreichen/`: its fields (from the schema, through
 * `intake/fields.ts`), the client configuration, and the browser bundle. The
 * bundle holds the same schema, loader and message modules as `npm run
 * validate`, and the site's own card and offer page templates precompiled, so
 * the form checks and previews an offer exactly as the build would.
 */
import type { UserConfig } from "@11ty/eleventy";
import { build, type BuildOptions, type Plugin } from "esbuild";
import matter from "gray-matter";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import nunjucks from "nunjucks";
import { projectRoot, type SiteData } from "../config/site.js";
import type { Provider } from "../content/model.js";
import { entryTokens, offerForm, type FieldSpec, type GroupSpec } from "../intake/fields.js";
import { scriptJson } from "../view/script-json.js";

/** Where the build writes the form's script, below the site root. */
export const submissionAssets = { client: "assets/js/einreichen.js" } as const;

/** A choice of a radio or checkbox group, with its id. */
export interface ChoiceView {
  readonly value: string;
  readonly label: string;
  readonly description: string;
  readonly id: string;
}

/** A field as the form prints it. */
export interface FieldView extends FieldSpec {
  /** The control's name: the field path with entry indices, e.g. `dates.⟦index⟧.start`. */
  readonly name: string;
  readonly id: string;
  /** How the value is entered. */
  readonly control: "input" | "textarea" | "radios" | "checkboxes";
  /** The input's `type` and `inputmode`, for `control: "input"`. */
  readonly inputType: string;
  readonly inputMode?: string;
  /** The input's width class, from the longest value it takes. */
  readonly width: "s" | "m" | "l";
  /** The choices of a radio or checkbox group; optional ones end with "Keine Angabe". */
  readonly choices: readonly ChoiceView[];
  readonly hintId?: string;
  readonly errorId: string;
  /** The field's name in the error summary, e.g. "Beginn, Termin ⟦number⟧". */
  readonly summaryLabel: string;
}

const inputTypes: Partial<Record<FieldSpec["kind"], { type: string; mode?: string; width: FieldView["width"] }>> = {
  number: { type: "text", mode: "decimal", width: "s" },
  date: { type: "date", width: "s" },
  url: { type: "url", width: "l" },
  email: { type: "email", width: "m" },
  tel: { type: "tel", width: "m" },
  codes: { type: "text", width: "s" },
};

/** A section or list as the form prints it. */
export interface GroupView extends Omit<GroupSpec, "fields"> {
  readonly name: string;
  readonly id: string;
  readonly fields: readonly FieldView[];
  readonly hintId?: string;
  readonly errorId: string;
}

/** What the client needs to know besides the form's markup. */
export interface SubmissionConfig {
  readonly providers: readonly Provider[];
  /** Where to send finished files. */
  readonly sendTo: SiteData["submission"];
  /** For the preview's JSON-LD and links. */
  readonly baseUrl: string;
}

/** Everything the form page prints. */
export interface SubmissionView {
  readonly items: readonly (FieldView | GroupView)[];
  readonly providers: readonly { readonly slug: string; readonly name: string }[];
  readonly configJson: string;
  readonly clientScript: string;
}

const idOf = (name: string) => `feld-${name.replaceAll(".", "-")}`;

function fieldView(spec: FieldSpec, name: string, entry?: string): FieldView {
  const id = idOf(name);
  const options =
    spec.kind === "yesno"
      ? [
          { value: "ja", label: "Ja", description: "" },
          { value: "nein", label: "Nein", description: "" },
        ]
      : spec.options;
  const control =
    spec.kind === "choices"
      ? "checkboxes"
      : options.length > 0
        ? "radios"
        : spec.kind === "longtext"
          ? "textarea"
          : "input";
  const input = inputTypes[spec.kind] ?? { type: "text", width: (spec.maxLength ?? 0) > 160 ? "l" : "m" };
  const choices = [
    ...options,
    ...(control === "radios" && spec.optional ? [{ value: "", label: "Keine Angabe", description: "" }] : []),
  ].map((option, index) => ({ ...option, id: `${id}-${index + 1}` }));
  return {
    ...spec,
    name,
    id,
    control,
    inputType: input.type,
    ...(input.mode ? { inputMode: input.mode } : {}),
    width: input.width,
    choices,
    ...(spec.hint === "" ? {} : { hintId: `${id}-hinweis` }),
    errorId: `${id}-fehler`,
    summaryLabel: entry === undefined ? spec.label : `${spec.label}, ${entry}`,
  };
}

/** The form page's view of the catalog. */
export function submissionForm(
  catalog: { readonly providers: readonly { readonly provider: Provider }[] },
  site: SiteData,
): SubmissionView {
  const providers = catalog.providers.map((entry) => entry.provider);
  // The profile's description is not shown in the preview; leaving it out keeps the page small.
  const config: SubmissionConfig = {
    providers: providers.map((provider) => ({ ...provider, descriptionHtml: "" })),
    sendTo: site.submission,
    baseUrl: site.baseUrl,
  };
  return {
    items: offerForm.map((item) => {
      if (item.kind !== "group") return fieldView(item, item.key);
      const prefix = item.repeat ? `${item.key}.${entryTokens.index}` : item.key;
      return {
        ...item,
        name: item.key,
        id: idOf(item.key),
        fields: item.fields.map((spec) =>
          fieldView(
            spec,
            `${prefix}.${spec.key}`,
            item.repeat ? `${item.entryLabel} ${entryTokens.number}` : undefined,
          ),
        ),
        ...(item.hint === "" ? {} : { hintId: `${idOf(item.key)}-hinweis` }),
        errorId: `${idOf(item.key)}-fehler`,
      };
    }),
    providers: providers.map((provider) => ({ slug: provider.slug, name: provider.data.name })),
    configJson: scriptJson(config),
    clientScript: submissionAssets.client,
  };
}

/** Entry point of the form's browser code. */
const clientEntry = path.join(projectRoot, "src/client/submission.ts");

/** The templates the preview renders: the offer page layout and every component it may use. */
async function previewTemplates(): Promise<{ name: string; source: string }[]> {
  const components = path.join(projectRoot, "templates/components");
  const files = (await readdir(components, { recursive: true })).filter((file) => file.endsWith(".njk"));
  const layout = await readFile(path.join(projectRoot, "templates/layouts/offer.njk"), "utf8");
  return [
    // The layout's front matter belongs to Eleventy; the preview renders only its content.
    { name: "offer.njk", source: matter(layout).content },
    ...(await Promise.all(
      files.map(async (file) => ({
        name: file.split(path.sep).join("/"),
        source: await readFile(path.join(components, file), "utf8"),
      })),
    )),
  ];
}

/**
 * Node built-ins the browser does not need, loaded as empty stubs: the
 * loader's file access is never called in the form; and zod's translated
 * messages (all its locales but the default English one, which it imports on
 * its own) are replaced by `messages.ts`.
 */
const browserStubs: Plugin = {
  name: "browser-stubs",
  setup(context) {
    const stub = (args: { path: string }) => ({ path: args.path, namespace: "stub" });
    context.onResolve({ filter: /^(node:)?(fs|fs\/promises|path|url|crypto)$/ }, stub);
    context.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? stub(args) : undefined,
    );
    context.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

/** The precompiled templates as the module `virtual:preview-templates`. */
const templatesModule: Plugin = {
  name: "preview-templates",
  setup(context) {
    context.onResolve({ filter: /^virtual:preview-templates$/ }, () => ({ path: "preview", namespace: "templates" }));
    context.onLoad({ filter: /.*/, namespace: "templates" }, async () => {
      // The wrapper gets the list of compiled templates (@types/nunjucks declares a single one).
      const code = (name: string, source: string) =>
        nunjucks.precompileString(source, {
          name,
          wrapper: (templates) => (templates as unknown as readonly { template: string }[])[0]?.template ?? "",
        });
      const compiled = (await previewTemplates()).map(
        ({ name, source }) => `${JSON.stringify(name)}: (function () {\n${code(name, source)}\n})()`,
      );
      return { contents: `export default {${compiled.join(",\n")}};`, loader: "js", resolveDir: projectRoot };
    });
  },
};

/**
 * The esbuild options of the form's client: one classic script, like the
 * search's, so it runs from `file://` too.
 */
export function submissionBundle(outfile: string): BuildOptions {
  return {
    entryPoints: [clientEntry],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    alias: { nunjucks: "nunjucks/browser/nunjucks-slim.js" },
    plugins: [browserStubs, templatesModule],
  };
}

/** Registers the form with Eleventy. */
export function submissionPlugin(eleventyConfig: UserConfig): void {
  // Filters
  eleventyConfig.addFilter("submissionForm", submissionForm);

  // Events
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await build(submissionBundle(path.join(directories.output, submissionAssets.client)));
  });
}
