/**
 * Site configuration: the one place for names, paths, the deployment sub-path
 * and the texts of the legal pages. A network elsewhere edits this file.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const paths = {
  offers: path.join(projectRoot, "offers"),
  templates: path.join(projectRoot, "templates"),
  output: path.join(projectRoot, "dist"),
} as const;

/**
 * The URL sub-path the site is deployed under, e.g. "/weiterbildung/".
 * Set `BASE_PATH` when building, or change the default here.
 */
export const pathPrefix = normalisePrefix(process.env.BASE_PATH ?? "/");

/** Ensures a leading and a trailing slash. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
