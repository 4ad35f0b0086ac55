/**
 * The submission form `/einreichen/`: builds an offer file from the form (or
 * from an opened file plus the changes), checks it with the loader's own code
 * (the same messages as `npm run validate`), previews it with the site's own
 * card and offer page templates, and saves it as `<kurzname>.md`. Nothing
 * leaves the browser. Bundled as one classic script by src/site/submission.ts.
 */
import nunjucks from "nunjucks";
import templates from "virtual:preview-templates";
import type { Diagnostic } from "../content/diagnostics.js";
import { checkOffer, normaliseOffer, offerWarnings, unpublishedReason } from "../content/load.js";
import type { Provider } from "../content/model.js";
import { slugProblem } from "../content/new-offer.js";
import { isRecord, offerFileText } from "../content/offer-file.js";
import { parseSource, type SourceFile } from "../content/source.js";
import { slugify } from "../content/suggest.js";
import {
  entryTokens,
  offerFields,
  offerForm,
  type FieldSpec,
  type FormItem,
  type GroupSpec,
} from "../intake/fields.js";
import { cellText, valueAt, valueFromText, withValue, type PathStep } from "../intake/values.js";
import { todayIso } from "../schema/dates.js";
import { keysOf } from "../schema/introspect.js";
import { offerSchema } from "../schema/offer.js";
import { prepareSearch } from "../search/facets.js";
import { searchRecord } from "../search/record.js";
import { filters } from "../site/filters.js";
import type { SubmissionConfig } from "../site/submission.js";
import { fillTemplate } from "./template-fill.js";
import { elementFinder } from "./dom.js";

const typingDelay = 150;

const knownKeys = keysOf(offerSchema);
const titleSpec = offerFields.find((spec) => spec.field === "title") as FieldSpec;
const encoder = new TextEncoder();

const need = elementFinder("Formular");

/** The site's templates with the site's filters, for the preview. */
function previewEnvironment(): nunjucks.Environment {
  const loader = new nunjucks.PrecompiledLoader(templates as unknown as unknown[]);
  const environment = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(filters)) {
    environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
  environment.addFilter("searchRecord", searchRecord);
  return environment;
}

/** A provider for the preview when none is chosen. */
const unknownProvider: Provider = {
  slug: "traeger",
  url: "/traeger/",
  file: "offers/traeger/_provider.md",
  descriptionHtml: "",
  data: {
    name: "Ihr Träger",
    short_name: "Ihr Träger",
    city: "wuppertal",
    address: "Anschrift des Trägers",
    website: "https://example.org",
    phone: "0000 000000",
    email: "info@example.org",
    azav: false,
  },
};

/** What the form knows besides its controls: the opened file, if any. */
interface State {
  /** Front matter of the opened file; `{}` for a new offer. */
  raw: Record<string, unknown>;
  /** Body of the opened file. */
  body: string;
  /** True once a file is opened: then only changed fields are written, the rest stays as it was. */
  opened: boolean;
  /** True after a save attempt or opening a file: every error is shown, not only those of touched fields. */
  showAll: boolean;
  /** Lists whose entries were added or removed since the file was opened. */
  reshaped: Set<string>;
}

/** The controls of one field (several for radio and checkbox groups). */
function controls(root: ParentNode, name: string): (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[] {
  return [...root.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)];
}

/** What is entered in a field, as text (checkbox groups: their checked values). */
function readField(root: ParentNode, name: string, spec: FieldSpec): string | string[] {
  const found = controls(root, name);
  if (spec.kind === "choices") return found.filter((box) => (box as HTMLInputElement).checked).map((box) => box.value);
  if (spec.kind === "choice" || spec.kind === "yesno") {
    return found.find((radio) => (radio as HTMLInputElement).checked)?.value ?? "";
  }
  return found[0]?.value ?? "";
}

/** The front-matter value of a field as entered; undefined when it is empty. */
function fieldValue(root: ParentNode, name: string, spec: FieldSpec): unknown {
  const entered = readField(root, name, spec);
  if (Array.isArray(entered)) return entered.length === 0 ? undefined : entered;
  return valueFromText(spec, entered);
}

/** Puts back what was entered in a field (as `readField` read it). */
function restoreField(root: ParentNode, name: string, entered: string | readonly string[]): void {
  for (const control of controls(root, name)) {
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      control.checked = Array.isArray(entered) ? entered.includes(control.value) : control.value === entered;
    } else control.value = Array.isArray(entered) ? entered.join(", ") : (entered as string);
  }
}

/** Shows a value from a file in a field, as far as the field can show it (else the field stays empty). */
function writeField(root: ParentNode, name: string, spec: FieldSpec, value: unknown): void {
  const found = controls(root, name);
  if (spec.kind === "choices" || spec.kind === "choice" || spec.kind === "yesno") {
    const chosen =
      spec.kind === "yesno"
        ? [value === true ? "ja" : value === false ? "nein" : value === undefined ? "" : "\u0000"]
        : Array.isArray(value)
          ? value.map(String)
          : [value === undefined ? "" : String(value)];
    for (const control of found) (control as HTMLInputElement).checked = chosen.includes(control.value);
    return;
  }
  const text =
    spec.kind === "codes" && Array.isArray(value)
      ? value.join(", ")
      : spec.kind === "number" && typeof value === "number"
        ? cellText(value)
        : typeof value === "string" || typeof value === "number"
          ? String(value)
          : "";
  for (const control of found) control.value = text;
}

function start(): void {
  const root = document.querySelector<HTMLElement>("[data-submission]");
  const configScript = document.querySelector("[data-submission-config]");
  if (root === null || configScript === null) return;
  const config = JSON.parse(configScript.textContent ?? "{}") as SubmissionConfig;
  const form = need<HTMLFormElement>(root, "[data-submission-form]");
  const page = {
    summary: need<HTMLElement>(root, "[data-error-summary]"),
    summaryList: need<HTMLElement>(root, "[data-error-list]"),
    hints: need<HTMLElement>(root, "[data-hints]"),
    hintList: need<HTMLElement>(root, "[data-hint-list]"),
    done: need<HTMLElement>(root, "[data-done]"),
    doneFile: need<HTMLElement>(root, "[data-done-file]"),
    doneMail: need<HTMLAnchorElement>(root, "[data-done-mail]"),
    openInput: need<HTMLInputElement>(root, "[data-open]"),
    drop: need<HTMLElement>(root, "[data-drop]"),
    openStatus: need<HTMLElement>(root, "[data-open-status]"),
    provider: need<HTMLSelectElement>(form, "select[name=provider]"),
    slug: need<HTMLInputElement>(form, "input[name=slug]"),
    body: need<HTMLTextAreaElement>(form, "textarea[name=body]"),
    preview: need<HTMLElement>(root, "[data-preview]"),
    previewNote: need<HTMLElement>(root, "[data-preview-note]"),
    previewCard: need<HTMLElement>(root, "[data-preview-card]"),
    previewPage: need<HTMLElement>(root, "[data-preview-page]"),
  };
  const environment = previewEnvironment();
  const state: State = { raw: {}, body: "", opened: false, showAll: false, reshaped: new Set() };
  const groups = offerForm.filter((item): item is GroupSpec => item.kind === "group" && item.repeat);
  const list = (group: GroupSpec) => need<HTMLElement>(form, `[data-list="${group.key}"]`);
  const entries = (group: GroupSpec) => [...list(group).querySelectorAll<HTMLElement>(":scope > [data-entry]")];
  const wrapper = (name: string) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
  const isDirty = (name: string) => !state.opened || wrapper(name)?.dataset.dirty === "true";

  /** Adds an entry to a list; `origin` is its index in the opened file's list. */
  const addEntry = (group: GroupSpec, origin?: number): HTMLElement => {
    const index = entries(group).length;
    const template = need<HTMLTemplateElement>(form, `template[data-entry-template="${group.key}"]`);
    const fragment = fillTemplate(template, {
      [entryTokens.index.slice(1, -1)]: String(index),
      [entryTokens.number.slice(1, -1)]: String(index + 1),
    });
    const entry = need<HTMLElement>(fragment, "[data-entry]");
    if (origin !== undefined) entry.dataset.origin = String(origin);
    list(group).append(fragment);
    return entry;
  };

  /** Removes an entry; the entries after it are numbered anew, keeping what was entered. */
  const removeEntry = (group: GroupSpec, entry: HTMLElement) => {
    const kept = entries(group).filter((candidate) => candidate !== entry);
    const saved = kept.map((candidate) => ({
      origin: candidate.dataset.origin,
      values: group.fields.map((spec) => readField(candidate, `${candidate.dataset.field}.${spec.key}`, spec)),
      dirty: group.fields.map((spec) => wrapper(`${candidate.dataset.field}.${spec.key}`)?.dataset.dirty),
    }));
    list(group).replaceChildren();
    for (const { origin, values, dirty } of saved) {
      const fresh = addEntry(group, origin === undefined ? undefined : Number(origin));
      group.fields.forEach((spec, position) => {
        const name = `${fresh.dataset.field}.${spec.key}`;
        restoreField(fresh, name, values[position] ?? "");
        const field = wrapper(name);
        if (field && dirty[position] !== undefined) field.dataset.dirty = dirty[position];
      });
    }
    state.reshaped.add(group.key);
  };

  /** The front matter as it would be saved: the opened file's, with every changed field from the form. */
  const buildData = (): Record<string, unknown> => {
    let data: Record<string, unknown> = { ...state.raw };
    const put = (path: readonly PathStep[], name: string, spec: FieldSpec) => {
      if (isDirty(name)) data = withValue(data, path, fieldValue(form, name, spec));
    };
    for (const item of offerForm) {
      if (item.kind !== "group") put([item.key], item.key, item);
      else if (!item.repeat) for (const spec of item.fields) put([item.key, spec.key], `${item.key}.${spec.key}`, spec);
      else data = withList(data, item);
    }
    return data;
  };

  const withList = (data: Record<string, unknown>, group: GroupSpec): Record<string, unknown> => {
    const current = entries(group);
    const changed =
      !state.opened ||
      state.reshaped.has(group.key) ||
      current.some((entry) => entry.querySelector("[data-dirty=true]") !== null);
    if (!changed) return data;
    const original = Array.isArray(state.raw[group.key]) ? (state.raw[group.key] as unknown[]) : [];
    const rebuilt = current.map((entry) => {
      const origin = entry.dataset.origin === undefined ? undefined : original[Number(entry.dataset.origin)];
      let value: Record<string, unknown> = isRecord(origin) ? { ...origin } : {};
      for (const spec of group.fields) {
        const name = `${entry.dataset.field}.${spec.key}`;
        if (origin === undefined || isDirty(name)) value = withValue(value, [spec.key], fieldValue(entry, name, spec));
      }
      return value;
    });
    return withValue(data, [group.key], rebuilt.length === 0 ? undefined : rebuilt);
  };

  const body = (): string => {
    if (state.opened && wrapper("Beschreibung")?.dataset.dirty !== "true") return state.body;
    const text = page.body.value;
    return text === "" || text.endsWith("\n") ? text : `${text}\n`;
  };

  const titleSlug = () => slugify(String(fieldValue(form, "title", titleSpec) ?? state.raw.title ?? ""));
  const slug = () => page.slug.value.trim() || titleSlug();
  const provider = (): Provider =>
    config.providers.find((entry) => entry.slug === page.provider.value) ?? unknownProvider;

  /** The file as it would be saved, checked exactly as `npm run validate` checks it. */
  const check = () => {
    const name = slug();
    const file = `offers/${provider().slug}/${name || "angebot"}.md`;
    const text = offerFileText(buildData(), body());
    const parsed = parseSource(file, encoder.encode(text));
    const slugError = name === "" ? "fehlt. Geben Sie einen Kurznamen an, z. B. staplerschein." : slugProblem(name);
    const own: Diagnostic[] =
      slugError === undefined ? [] : [{ severity: "error", file, field: "slug", message: slugError }];
    if (!parsed.ok) return { text, name, errors: [...own, ...parsed.diagnostics], notes: [] as string[] };
    const checked = checkOffer(parsed.source);
    const today = todayIso();
    const reason = checked.data === undefined ? undefined : unpublishedReason(checked.data, today);
    const notes = [
      ...(reason === undefined ? [] : [`Das Angebot würde so nicht veröffentlicht: ${reason}.`]),
      ...(checked.data === undefined ? [] : offerWarnings(file, checked.data, today).map((warning) => warning.message)),
    ];
    const errors = [...own, ...checked.diagnostics.filter((diagnostic) => diagnostic.severity === "error")];
    return { text, name, errors, notes, source: parsed.source, data: checked.data };
  };

  /** The form element a message belongs to: the field itself, or the closest section around it. */
  const wrapperOf = (field: string | undefined): HTMLElement | undefined => {
    if (field === undefined || field === "") return undefined;
    const steps = field.replace(/\[(\d+)\]/g, ".$1").split(".");
    for (let length = steps.length; length > 0; length--) {
      const found = wrapper(steps.slice(0, length).join("."));
      if (found) return found;
    }
    return undefined;
  };

  const showErrors = (errors: readonly Diagnostic[]) => {
    const byWrapper = new Map<HTMLElement, string[]>();
    const summary: { wrapper?: HTMLElement; error: Diagnostic }[] = [];
    for (const error of errors) {
      const found = wrapperOf(error.field);
      summary.push({ ...(found ? { wrapper: found } : {}), error });
      if (found && (state.showAll || found.dataset.touched === "true" || found.querySelector("[data-touched=true]"))) {
        byWrapper.set(found, [...(byWrapper.get(found) ?? []), error.message]);
      }
    }
    for (const element of form.querySelectorAll<HTMLElement>("[data-field]")) {
      const messages = byWrapper.get(element);
      const message = element.querySelector<HTMLElement>(":scope > [data-error], :scope > fieldset > [data-error]");
      element.classList.toggle("app-form-group--error", messages !== undefined);
      if (message === null) continue;
      message.hidden = messages === undefined;
      message.textContent = "";
      if (messages !== undefined) {
        const prefix = document.createElement("span");
        prefix.className = "app-visually-hidden";
        prefix.textContent = "Fehler: ";
        message.append(prefix, messages.join(" "));
      }
      for (const control of element.querySelectorAll<HTMLElement>(
        ":scope > input, :scope > textarea, :scope > select, :scope > fieldset > .app-choices input",
      )) {
        const described = (control.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .filter((id) => id !== "" && id !== message.id);
        if (messages !== undefined) described.push(message.id);
        if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
        else control.removeAttribute("aria-describedby");
        if (messages === undefined) control.removeAttribute("aria-invalid");
        else control.setAttribute("aria-invalid", "true");
      }
    }
    page.summaryList.replaceChildren(
      ...summary.map(({ wrapper: target, error }) => {
        const item = document.createElement("li");
        item.dataset.field = error.field ?? "";
        const label = target?.dataset.label ?? (error.line === undefined ? "" : `Zeile ${error.line}`);
        const control = target?.querySelector<HTMLElement>("input, select, textarea, [data-add]");
        const text = document.createElement(control ? "a" : "span");
        if (control && text instanceof HTMLAnchorElement) {
          text.href = `#${control.id}`;
          text.addEventListener("click", (event) => {
            event.preventDefault();
            control.focus();
            (target ?? control).scrollIntoView({ block: "start" });
          });
        }
        const labelSpan = document.createElement("span");
        labelSpan.dataset.summaryLabel = "";
        labelSpan.textContent = label === "" ? "" : `${label}: `;
        const messageSpan = document.createElement("span");
        messageSpan.dataset.summaryMessage = "";
        messageSpan.textContent = error.message;
        text.append(labelSpan, messageSpan);
        item.append(text);
        return item;
      }),
    );
    // Fields the schema does not know cannot be edited here; one click removes them from the file.
    for (const key of Object.keys(state.raw).filter((candidate) => !knownKeys.includes(candidate))) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "app-button app-button--secondary";
      button.textContent = `Unbekanntes Feld „${key}“ aus der Datei entfernen`;
      button.addEventListener("click", () => {
        delete state.raw[key];
        update();
        page.summary.focus();
      });
      item.append(button);
      page.summaryList.append(item);
    }
    page.summary.hidden = !state.showAll || errors.length === 0;
  };

  const showPreview = (result: ReturnType<typeof check>) => {
    if (result.data === undefined || result.source === undefined) {
      page.previewNote.textContent = page.preview.hidden
        ? "Die Vorschau erscheint, sobald alle Pflichtangaben gültig sind."
        : "Die Vorschau zeigt den letzten gültigen Stand. Bitte prüfen Sie die markierten Angaben.";
      return;
    }
    const today = todayIso();
    const offer = normaliseOffer(result.source as SourceFile, result.data, provider(), result.name || "angebot", today);
    const [searchable] = prepareSearch([offer], today).offers;
    const context = { offer: searchable, site: { baseUrl: config.baseUrl }, catalog: { today } };
    const render = (target: HTMLElement, name: string) => {
      target.innerHTML = environment.render(name, context);
      // A preview, not the site: links lead nowhere, and the page's data stays out.
      for (const script of target.querySelectorAll("script")) script.remove();
      for (const link of target.querySelectorAll("a[href]")) link.removeAttribute("href");
      for (const element of target.querySelectorAll("[data-pagefind-body]"))
        element.removeAttribute("data-pagefind-body");
    };
    render(page.previewCard, "offer-card/standalone.njk");
    render(page.previewPage, "offer.njk");
    page.preview.hidden = false;
    page.previewNote.textContent = "Links sind in der Vorschau abgeschaltet.";
  };

  const showNotes = (notes: readonly string[]) => {
    page.hints.hidden = notes.length === 0;
    page.hintList.replaceChildren(
      ...notes.map((note) => {
        const item = document.createElement("li");
        item.textContent = note;
        return item;
      }),
    );
  };

  let latest = check();
  const update = () => {
    latest = check();
    showErrors(latest.errors);
    showNotes(latest.notes);
    showPreview(latest);
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  const updateSoon = () => {
    clearTimeout(typing);
    typing = setTimeout(update, typingDelay);
  };

  /** Puts an opened file into the form; every field it cannot show stays in the file as it was. */
  const load = (fileName: string, source: SourceFile) => {
    state.raw = source.data;
    state.body = source.body;
    state.opened = true;
    state.showAll = true;
    state.reshaped.clear();
    const chosenProvider = page.provider.value;
    form.reset();
    page.provider.value = chosenProvider;
    for (const element of form.querySelectorAll<HTMLElement>("[data-dirty], [data-touched]")) {
      delete element.dataset.dirty;
      delete element.dataset.touched;
    }
    for (const group of groups) list(group).replaceChildren();
    for (const item of offerForm) fill(item, source.data);
    page.body.value = source.body;
    page.slug.value = fileName.replace(/\.md$/i, "");
    page.slug.dataset.edited = "true";
  };

  const fill = (item: FormItem, data: Record<string, unknown>) => {
    if (item.kind !== "group") return writeField(form, item.key, item, data[item.key]);
    if (!item.repeat) {
      for (const spec of item.fields)
        writeField(form, `${item.key}.${spec.key}`, spec, valueAt(data, [item.key, spec.key]));
      return;
    }
    const values = Array.isArray(data[item.key]) ? (data[item.key] as unknown[]) : [];
    values.forEach((value, index) => {
      const entry = addEntry(item, index);
      for (const spec of item.fields)
        writeField(entry, `${entry.dataset.field}.${spec.key}`, spec, isRecord(value) ? value[spec.key] : undefined);
    });
  };

  const open = async (file: File) => {
    const parsed = parseSource(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) {
      page.openStatus.textContent = `„${file.name}“ lässt sich nicht öffnen: ${parsed.diagnostics
        .map(
          (diagnostic) => `${diagnostic.line === undefined ? "" : `Zeile ${diagnostic.line}: `}${diagnostic.message}`,
        )
        .join(" ")}`;
      return;
    }
    load(file.name, parsed.source);
    update();
    page.openStatus.textContent =
      latest.errors.length === 0
        ? `„${file.name}“ ist geöffnet. Die Angaben sind in Ordnung.`
        : `„${file.name}“ ist geöffnet. ${latest.errors.length === 1 ? "Eine Angabe muss" : `${latest.errors.length} Angaben müssen`} noch korrigiert werden (siehe oben).`;
    if (latest.errors.length > 0) page.summary.focus();
  };

  const save = () => {
    update();
    state.showAll = true;
    showErrors(latest.errors);
    if (latest.errors.length > 0) {
      page.done.hidden = true;
      page.summary.focus();
      return;
    }
    const name = `${latest.name}.md`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([latest.text], { type: "text/markdown;charset=utf-8" }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    page.doneFile.textContent = name;
    page.doneMail.href = `mailto:${config.sendTo.email}?subject=${encodeURIComponent(`Angebotsdatei ${name}`)}`;
    page.done.hidden = false;
  };

  // Events
  form.addEventListener("input", (event) => {
    const target = event.target as HTMLElement;
    const field = target.closest<HTMLElement>("[data-field]");
    if (field) field.dataset.dirty = "true";
    // The short name follows the title until it is typed in itself.
    if (target === page.slug) page.slug.dataset.edited = String(page.slug.value !== "");
    else if (page.slug.dataset.edited !== "true") page.slug.value = titleSlug();
    page.done.hidden = true;
    updateSoon();
  });
  form.addEventListener("change", (event) => {
    const field = (event.target as HTMLElement).closest<HTMLElement>("[data-field]");
    if (field) {
      field.dataset.dirty = "true";
      field.dataset.touched = "true";
    }
    update();
  });
  form.addEventListener("focusout", (event) => {
    const field = (event.target as HTMLElement).closest<HTMLElement>("[data-field]");
    if (field?.dataset.dirty === "true" && field.dataset.touched !== "true") {
      field.dataset.touched = "true";
      update();
    }
  });
  form.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-add], [data-remove]");
    if (button === null) return;
    const group = groups.find((candidate) =>
      button.dataset.add !== undefined
        ? candidate.key === button.dataset.add
        : button.closest(`[data-list="${candidate.key}"]`) !== null,
    );
    if (group === undefined) return;
    if (button.dataset.add !== undefined) {
      const entry = addEntry(group);
      state.reshaped.add(group.key);
      entry.querySelector<HTMLElement>("input, select, textarea")?.focus();
    } else {
      const entry = button.closest<HTMLElement>("[data-entry]");
      if (entry) removeEntry(group, entry);
      need<HTMLElement>(form, `[data-add="${group.key}"]`).focus();
    }
    update();
  });
  page.provider.addEventListener("change", () => {
    const chosen = config.providers.find((entry) => entry.slug === page.provider.value);
    if (chosen === undefined || state.opened) return;
    // A new offer: the provider's contact and address as a start, where nothing is entered yet.
    const suggestions: [string, string][] = [
      ["contact.phone", chosen.data.phone],
      ["contact.email", chosen.data.email],
      ["locations.0.address", chosen.data.address],
    ];
    for (const [name, value] of suggestions)
      for (const control of controls(form, name)) if (control.value === "") control.value = value;
    const city = controls(form, "locations.0.city");
    if (!city.some((radio) => (radio as HTMLInputElement).checked)) {
      for (const radio of city) (radio as HTMLInputElement).checked = radio.value === chosen.data.city;
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  page.openInput.addEventListener("change", () => {
    const file = page.openInput.files?.[0];
    if (file) void open(file);
  });
  page.drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    page.drop.classList.add("app-drop--active");
  });
  page.drop.addEventListener("dragleave", () => page.drop.classList.remove("app-drop--active"));
  page.drop.addEventListener("drop", (event) => {
    event.preventDefault();
    page.drop.classList.remove("app-drop--active");
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });

  // A new offer starts with one location, one date and today as "Stand".
  for (const group of groups) addEntry(group);
  for (const control of controls(form, "updated")) control.value = todayIso();
  root.hidden = false;
  update();
}

start();
