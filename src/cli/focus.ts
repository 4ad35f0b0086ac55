/**
 * Focused checks for `npm run validate -- <Datei oder Ordner> …` and
 * `--provider <name>`: which offers folder to load and which providers and
 * files in it. Every mistake is a German `UsageError`.
 */
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { providerFileName, type Selection } from "../content/load.js";
import { suggest } from "../content/suggest.js";
import { UsageError } from "./run.js";

/** The offers folder to load and, for a focused check, what to check in it. */
export interface Focus {
  readonly offersDir: string;
  readonly only?: Selection;
}

/** A link, FIFO or device counts as a file here: the loader refuses it with a message naming what it is. */
const kind = (target: string): "file" | "folder" | "missing" => {
  try {
    return lstatSync(target).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
};

/**
 * What to check: every file or folder named (a provider folder is one with a
 * `_provider.md`, any other folder is a whole offers folder), or one provider's
 * folder, or the whole `offersDir`.
 * @example focus(["offers/traeger/kurs.md"], undefined, "offers") // { offersDir: "…/offers", only: Map { "traeger" → Set { "kurs.md" } } }
 */
export function focus(targets: readonly string[], provider: string | undefined, offersDir: string): Focus {
  if (provider !== undefined) {
    if (targets.length > 0)
      throw new UsageError("Geben Sie entweder --provider oder Dateien und Ordner an, nicht beides.");
    if (kind(path.join(offersDir, provider)) !== "folder") {
      let names: string[] = [];
      try {
        names = readdirSync(offersDir).filter((name) => !name.startsWith("."));
      } catch {
        names = [];
      }
      const guess = suggest(provider, names);
      throw new UsageError(
        `Den Träger-Ordner „${provider}“ gibt es nicht in ${offersDir}.${guess === undefined ? "" : ` Meinten Sie „${guess}“?`}`,
      );
    }
    return { offersDir, only: new Map([[provider, undefined]]) };
  }
  if (targets.length === 0) return { offersDir };

  const only = new Map<string, Set<string> | undefined>();
  const roots = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(target);
    const found = kind(absolute);
    if (found === "missing") throw new UsageError(`„${target}“ gibt es nicht.`);
    if (found === "folder" && kind(path.join(absolute, providerFileName)) === "missing") {
      // A folder without a profile is a whole offers folder.
      roots.add(absolute);
      continue;
    }
    const providerDir = found === "folder" ? absolute : path.dirname(absolute);
    const name = path.basename(providerDir);
    roots.add(path.dirname(providerDir));
    if (found === "folder") only.set(name, undefined);
    else if (!only.has(name) || only.get(name) !== undefined) {
      const files = only.get(name) ?? new Set<string>();
      if (path.basename(absolute) !== providerFileName) files.add(path.basename(absolute));
      only.set(name, files);
    }
  }
  if (roots.size > 1) {
    throw new UsageError(
      "Alle Dateien und Ordner müssen im selben Angebote-Ordner liegen (offers/<träger>/<angebot>.md). Prüfen Sie sie nacheinander.",
    );
  }
  const [root = offersDir] = roots;
  const wholeFolder = targets.some((target) => path.resolve(target) === root);
  return wholeFolder ? { offersDir: root } : { offersDir: root, only };
}
